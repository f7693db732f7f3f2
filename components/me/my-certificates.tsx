import { Anchor, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { getTranslations } from 'next-intl/server';
import type { MyCertificatesListQuery } from '../../graphql-client/graphql';
import { learnerDocumentPaths } from '../documents/learner-document-paths';
import { formatRange, formatWithZone } from '../ui/dates';

type Certificates = MyCertificatesListQuery['myCertificates'];

/** One line of the list: what it certifies, when, and its PDF (named for a screen reader, WCAG 2.5.3). */
function CertificateLine({
  kind,
  name,
  when,
  detail,
  href,
  download,
}: {
  kind: string;
  name: string;
  when: string;
  detail?: string;
  href: string;
  download: string;
}) {
  return (
    <Card withBorder padding="sm" radius="sm" component="li">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {kind}
          </Text>
          <Text fw={600}>{name}</Text>
          <Text size="sm">{when}</Text>
          {detail && <Text size="sm">{detail}</Text>}
        </Stack>
        <Anchor href={href} size="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
          <IconFileTypePdf size={16} aria-hidden />
          {download}
          <VisuallyHidden>
            {' '}
            {kind} — {name}
          </VisuallyHidden>
        </Anchor>
      </Group>
    </Card>
  );
}

/**
 * #10 §6: « Mes attestations » on /me: my certificates of completion (sessions, with my hours) and my attendance
 * certificates (events, in the event's zone, named), each a PDF the API gives me and nobody else.
 */
export async function MyCertificates({ certificates, locale, timeZone }: { certificates: Certificates; locale: string; timeZone: string }) {
  const t = await getTranslations('learnerDocuments');
  const { events, sessions } = certificates;
  return (
    <section aria-labelledby="my-certificates">
      <Title order={2} id="my-certificates" mb="sm">
        {t('myTitle')}
      </Title>
      {!events.length && !sessions.length ? (
        <Text c="dimmed">{t('myEmpty')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {sessions.map(({ session, attendedHours, scheduledHours }) => (
            <CertificateLine
              key={`session-${session.id}`}
              kind={t('mySession')}
              name={session.title}
              when={formatRange(locale, session.startDate, session.endDate, timeZone, 'date')}
              detail={t('myHours', {
                attended: attendedHours.toLocaleString(locale),
                scheduled: scheduledHours.toLocaleString(locale),
              })}
              href={learnerDocumentPaths({ kind: 'session', id: session.id }).certificates}
              download={t('download')}
            />
          ))}
          {events.map((event) => (
            <CertificateLine
              key={`event-${event.id}`}
              kind={t('myEvent')}
              name={`${event.name} — ${event.session.title}`}
              when={formatWithZone(locale, event.startAt, event.timeZone)}
              href={learnerDocumentPaths({ kind: 'event', id: event.id }).certificates}
              download={t('download')}
            />
          ))}
        </Stack>
      )}
    </section>
  );
}
