import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { EventDocumentsMenu } from '../../../../../components/documents/event-documents-menu';
import { EventLearnerDocuments } from '../../../../../components/documents/learner-documents-operations';
import { EventPageActions } from '../../../../../components/events/event-page-actions';
import { SendMessageButton } from '../../../../../components/messages/send-message-button';
import { EventRegistrants, type RegistrantRow } from '../../../../../components/events/event-registrants';
import { EventCommentsPanel } from '../../../../../components/sessions/event-comments';
import { PageHeader } from '../../../../../components/manage/page-header';
import { manageRoutes } from '../../../../../components/manage/routes';
import { STATUS_COLOR } from '../../../../../components/sessions/session-values';
import { formatInstant, formatWithZone } from '../../../../../components/ui/dates';
import { AnchorLink } from '../../../../../components/ui/links';
import { afterCursor } from '../../../../../components/ui/table-state';
import { runOperation } from '../../../../../server/execute';
import { EventPage as EventPageQuery } from './operations';
import { EventAttendancePage } from './attendance-operations';
import { EventAttendance } from '../../../../../components/attendance/event-attendance';
import { attendanceRows } from '../../../../../components/attendance/attendance-rows';
import { loadEventPageView } from './search-params';
import { ClientMessages } from '../../../../../components/ui/client-messages';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { event } = await runOperation(EventPageQuery, { id: (await params).id, first: 0 });
  return { title: event.name };
}

/**
 * An event's page (#8 screen 4, seeds 001 and 003 « une page de gestion détaillée »): when and where in the
 * event's own zone (named), its trainers, seats and inscription mode, its status (R4, from the API), its
 * registrants with their place on the waiting list, adding and removing them, and its comments.
 */
export default async function EventDetailPage({ params, searchParams }: Props) {
  const { id } = await params;
  const view = loadEventPageView(await searchParams);
  const [{ event }, { event: attendance }, t, common, status, modes, locale, documents] = await Promise.all([
    runOperation(EventPageQuery, { id, first: view.size, after: afterCursor(view.pages) }),
    runOperation(EventAttendancePage, { id }),
    getTranslations('eventPage'),
    getTranslations('common'),
    getTranslations('status'),
    getTranslations('inscriptionMode'),
    getLocale(),
    runOperation(EventLearnerDocuments, { id }),
  ]);
  const attendanceT = await getTranslations('attendance');
  const zone = event.timeZone;
  const confirmed = event.confirmed.totalCount;
  const seatsLeft = event.maxUsers == null ? common('unlimited') : String(Math.max(0, event.maxUsers - confirmed));
  const rows: RegistrantRow[] = event.learners.nodes.map((i) => ({
    inscriptionId: i.id,
    userId: i.user.id,
    name: `${i.user.firstName} ${i.user.lastName}`,
    email: i.user.email ?? null,
    state: i.state,
    position: i.position ?? null,
    date: formatInstant(locale, i.createdAt, zone),
  }));
  const trainers = event.trainers.nodes.map((u) => `${u.firstName} ${u.lastName}`);
  const details: [string, React.ReactNode][] = [
    [t('start'), formatWithZone(locale, event.startAt, zone)],
    [t('end'), formatWithZone(locale, event.endAt, zone)],
    [t('location'), event.location ? `${event.location.name}${event.location.address ? `, ${event.location.address}` : ''}` : t('noLocation')],
    [t('trainers'), trainers.length ? trainers.join(', ') : t('noTrainers')],
    [
      t('session'),
      <AnchorLink key="session" href={manageRoutes.session(event.session.id)} size="sm">
        {event.session.title}
      </AnchorLink>,
    ],
    [
      t('training'),
      <AnchorLink key="training" href={manageRoutes.training(event.session.training.id)} size="sm">
        {event.session.training.title} ({event.session.training.code})
      </AnchorLink>,
    ],
  ];
  const settings: [string, string][] = [
    [t('capacity'), event.maxUsers == null ? common('unlimited') : String(event.maxUsers)],
    [t('seatsLeft'), seatsLeft],
    [t('mode'), modes(event.inscriptionMode)],
  ];

  return (
    <ClientMessages namespaces={['attendance', 'common', 'confirm', 'documents', 'errors', 'eventActions', 'eventPage', 'form', 'inscriptionMode', 'learnerDocuments', 'messages', 'sessionPage', 'sessionsTable', 'table']}>
      <>
        <PageHeader
          title={event.name}
          crumbs={[
            { label: t('crumbEvents'), href: manageRoutes.events },
            { label: event.session.title, href: manageRoutes.sessionTab(event.session.id, 'events') },
          ]}
          description={
            <Group gap="xs" component="span">
              <Badge variant="dot" color={STATUS_COLOR[event.status]} component="span">
                {status(event.status)}
              </Badge>
              <span>{formatWithZone(locale, event.startAt, zone)}</span>
            </Group>
          }
          actions={
            <>
              <EventDocumentsMenu event={{ id: event.id, name: event.name }} sheets={event.viewerCan.documents} learners={documents.event} />
              {event.viewerCan.message && <SendMessageButton target={{ eventId: event.id, name: event.name }} />}
              <EventPageActions
                event={{
                  id: event.id,
                  name: event.name,
                  sessionId: event.session.id,
                  timeZone: zone,
                  viewerCan: { edit: event.viewerCan.edit, delete: event.viewerCan.delete, repeat: event.viewerCan.repeat },
                }}
              />
            </>
          }
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" mb="lg">
          <Paper p="lg">
            <Stack gap="sm">
              <Title order={2}>{t('about')}</Title>
              <dl className="settings-list">
                {details.map(([label, value]) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
              <Title order={3} mt="xs">
                {t('locationExtra')}
              </Title>
              <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} c={event.locationExtra ? undefined : 'dimmed'}>
                {event.locationExtra || t('noLocationExtra')}
              </Text>
              <Title order={3} mt="xs">
                {t('description')}
              </Title>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }} c={event.description ? undefined : 'dimmed'}>
                {event.description || t('noDescription')}
              </Text>
            </Stack>
          </Paper>
          <Paper p="lg">
            <Stack gap="sm">
              <Title order={2}>{t('settings')}</Title>
              <dl className="settings-list">
                {settings.map(([label, value]) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
              <Text size="sm" c="dimmed">
                {modes(`${event.inscriptionMode}_help`)}
              </Text>
            </Stack>
          </Paper>
        </SimpleGrid>
        <Stack gap="lg">
          <EventRegistrants
            event={{ id: event.id, name: event.name, mode: event.inscriptionMode, capacity: event.maxUsers ?? null, confirmed }}
            canRegister={event.viewerCan.registerLearners}
            rows={rows}
            totalCount={event.learners.totalCount}
            pageInfo={event.learners.pageInfo}
          />
          {attendance.attendanceCan.record && (
            <EventAttendance
              event={{ id: event.id, name: event.name, timeZone: zone }}
              started={attendance.status !== 'UPCOMING'}
              validated={
                attendance.attendanceValidation
                  ? attendanceT('validated', {
                      date: formatWithZone(locale, attendance.attendanceValidation.validatedAt, zone),
                      name: attendance.attendanceValidation.validatedBy
                        ? `${attendance.attendanceValidation.validatedBy.firstName} ${attendance.attendanceValidation.validatedBy.lastName}`
                        : '—',
                    })
                  : null
              }
              can={attendance.attendanceCan}
              rows={attendanceRows(attendance, locale)}
            />
          )}
          <Paper p="lg" component="section" aria-labelledby="event-comments-title">
            <Title order={2} id="event-comments-title" mb="sm">
              {t('comments')}
            </Title>
            <EventCommentsPanel event={{ id: event.id, name: event.name, timeZone: zone }} />
          </Paper>
        </Stack>
      </>
    </ClientMessages>
  );
}
