import { Container, Stack, Text, Title } from '@mantine/core';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ApiTokensPanel, TokenRow } from '../../../components/account/api-tokens-panel';
import { PasswordForm } from '../../../components/account/password-form';
import { ProfileForm } from '../../../components/account/profile-form';
import { formatInstant, zoneName } from '../../../components/ui/dates';
import { runOperation } from '../../../server/execute';
import { AccountPage as AccountPageQuery } from './operations';
import { ClientMessages } from '../../../components/ui/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title') };
}

/**
 * My account (#8 screen 9), for everyone signed in: anonymous visitors are sent to the sign-in and back (the
 * `me` query answers UNAUTHENTICATED). Dates are formatted here in the user's own zone, which is named.
 */
export default async function AccountPage() {
  const [data, t, locale] = await Promise.all([runOperation(AccountPageQuery), getTranslations('account'), getLocale()]);
  const { me } = data;
  const zone = me.timeZone;
  const tokens: TokenRow[] = data.apiTokens.nodes.map((token) => ({
    id: token.id,
    name: token.name,
    lastCharacters: token.lastCharacters,
    createdAt: formatInstant(locale, token.createdAt, zone),
    lastUsedAt: token.lastUsedAt ? formatInstant(locale, token.lastUsedAt, zone) : null,
    revokedAt: token.revokedAt ? formatInstant(locale, token.revokedAt, zone) : null,
  }));
  return (
    <ClientMessages namespaces={['account', 'common', 'errors', 'form']}>
      <Container component="main" size="md" py="xl" className="page">
        <Stack gap="xl">
          <Stack gap={4}>
            <Title order={1}>{t('title')}</Title>
            <Text c="dimmed">{t('intro')}</Text>
          </Stack>
          <ApiTokensPanel tokens={tokens} zone={zoneName(locale, zone)} />
          <ProfileForm
            user={{ id: me.id, email: me.email ?? '', firstName: me.firstName, lastName: me.lastName, locale: me.locale, timeZone: me.timeZone }}
            timeZones={data.timeZones}
            zoneName={zoneName(locale, zone)}
          />
          <PasswordForm email={me.email ?? ''} />
        </Stack>
      </Container>
    </ClientMessages>
  );
}
