'use client';

import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { graphql } from '../../graphql-client';
import { ConfirmDeleteDialog } from '../ui/confirm-delete-dialog';
import { formatInstant } from '../ui/dates';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';

const CreateCalendarFeed = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      url
      createdAt
    }
  }
`);

const RevokeCalendarFeed = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);

/**
 * My private calendar feed (#9 §6): make an address (shown once, with a copy button), replace it, or revoke it.
 * Only a hash is kept by the API, so a lost address cannot be shown again: a new one is made instead.
 */
export function CalendarFeedPanel({ createdAt, timeZone }: { createdAt: string | null; timeZone: string }) {
  const t = useTranslations('me.feed');
  const locale = useLocale();
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [confirming, setConfirming] = useState(false);

  async function create() {
    setPending(true);
    setError(null);
    try {
      const { createCalendarFeed } = await graphqlFetch(CreateCalendarFeed, {});
      // Without a configured site address the API gives a path of this site.
      setUrl(createCalendarFeed.url.startsWith('/') ? `${window.location.origin}${createCalendarFeed.url}` : createCalendarFeed.url);
      router.refresh();
    } catch (e) {
      setError(errorMessage(e instanceof ApiRequestError ? e.errors[0] : {}));
    } finally {
      setPending(false);
    }
  }

  async function revoke() {
    await graphqlFetch(RevokeCalendarFeed, {});
    setUrl(null);
    setConfirming(false);
    notifications.show({ color: 'green', message: t('revoked') });
    router.refresh();
  }

  return (
    <Stack gap="sm">
      <Text size="sm">{t('help')}</Text>
      {url ? (
        <>
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput label={t('address')} description={t('addressHelp')} value={url} readOnly style={{ flex: 1 }} onFocus={(e) => e.currentTarget.select()} />
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : undefined} onClick={copy}>
                  {copied ? t('copied') : t('copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {createdAt ? t('exists', { date: formatInstant(locale, createdAt, timeZone, 'date') }) : t('none')}
        </Text>
      )}
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
      <Group gap="sm">
        <Button onClick={create} loading={pending} variant={createdAt || url ? 'default' : 'filled'}>
          {createdAt || url ? t('rotate') : t('create')}
        </Button>
        {(createdAt || url) && (
          <Button color="red" variant="subtle" onClick={() => setConfirming(true)}>
            {t('revoke')}
          </Button>
        )}
      </Group>
      <ConfirmDeleteDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('revokeTitle')}
        loadImpact={() => Promise.resolve(t('revokeImpact'))}
        confirmLabel={t('revoke')}
        onConfirm={revoke}
      />
    </Stack>
  );
}
