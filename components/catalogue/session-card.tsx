import { Card, Group, Stack, Text } from '@mantine/core';
import { useLocale, useTranslations } from 'next-intl';
import type { CatalogueSessionCardFragment } from '../../graphql-client/graphql';
import { AnchorLink } from '../ui/links';
import { formatDateRange, sessionZone } from './format';
import { SeatsAndRegistration } from './seats-badge';

/** One session in the catalogue: its dates, location, seats left and whether registration is open. */
export function SessionCard({ session, readerZone }: { session: CatalogueSessionCardFragment; readerZone: string }) {
  const t = useTranslations('catalogue');
  const locale = useLocale();
  const zone = sessionZone(session.locations, readerZone);
  return (
    <Card withBorder padding="sm" radius="sm" component="li">
      <Stack gap={4}>
        <AnchorLink href={`/catalogue/sessions/${session.id}`} fw={600}>
          {session.title}
        </AnchorLink>
        <Group gap="md" wrap="wrap">
          <Text size="sm">{formatDateRange(locale, session.startDate, session.endDate, zone)}</Text>
          <Text size="sm" c="dimmed">
            {session.locations.length ? session.locations.map((l) => l.name).join(', ') : t('locationTbd')}
          </Text>
        </Group>
        <SeatsAndRegistration registration={session.registration} />
      </Stack>
    </Card>
  );
}
