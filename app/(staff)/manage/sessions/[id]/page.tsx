import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '../../../../../components/manage/page-header';
import { manageRoutes } from '../../../../../components/manage/routes';
import { DEFAULT_EVENT_SORTS, eventOrder, eventSorting } from '../../../../../components/sessions/event-sort';
import { EventList, EventsTables } from '../../../../../components/sessions/events-tables';
import { LearnersTab } from '../../../../../components/sessions/learners-tab';
import type { PeopleList } from '../../../../../components/sessions/session-people';
import { SessionTabs } from '../../../../../components/sessions/session-tabs';
import { TrainersTab } from '../../../../../components/sessions/trainers-tab';
import { formatInstant, formatWithZone, zoneName } from '../../../../../components/ui/dates';
import { DeleteSessionButton } from '../../../../../components/sessions/delete-session-button';
import { SessionDocumentsMenu } from '../../../../../components/documents/session-documents-menu';
import { SendMessageButton } from '../../../../../components/messages/send-message-button';
import { SentMessages } from '../../../../../components/messages/sent-messages';
import { SessionLearnerDocuments } from '../../../../../components/documents/learner-documents-operations';
import { AnchorLink, ButtonLink } from '../../../../../components/ui/links';
import type { SessionEventsFragment, SessionInscriptionsFragment } from '../../../../../graphql-client/graphql';
import { runOperation } from '../../../../../server/execute';
import { SessionPage as SessionPageQuery } from './operations';
import { SessionAttendancePage } from './attendance-operations';
import { SessionOutcomes } from '../../../../../components/attendance/session-outcomes';
import { loadSessionPageView } from './search-params';
import { ClientMessages } from '../../../../../components/ui/client-messages';

/** Rows per list; more are counted (« 100 sur 130 »). */
const SHOWN = 100;
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { session } = await runOperation(SessionPageQuery, { id: (await params).id, first: SHOWN });
  return { title: session.title };
}

const STATUS_COLOR = { UPCOMING: 'cursus', ONGOING: 'green', ENDED: 'gray' } as const;

/**
 * A session's page (#7 screen 5, seed 002 « une page reprenant toutes les informations en rapport avec la
 * session »): its dates, training, organisations and settings, then its learners, trainers and events in
 * tabs. What the viewer may change comes from the API (the session's viewerCan).
 */
export default async function SessionDetailPage({ params, searchParams }: Props) {
  const { id } = await params;
  const view = loadSessionPageView(await searchParams);
  const sorting = { open: eventSorting(view.openSort, DEFAULT_EVENT_SORTS.open), ended: eventSorting(view.endedSort, DEFAULT_EVENT_SORTS.ended) };
  const [{ viewer, session, openEvents, endedEvents }, { session: attendance }, t, common, status, modes, locale, documents] = await Promise.all([
    runOperation(SessionPageQuery, {
      id,
      first: SHOWN,
      openOrder: eventOrder(sorting.open),
      endedOrder: eventOrder(sorting.ended),
      eventSearch: view.eventSearch || null,
    }),
    runOperation(SessionAttendancePage, { id }),
    getTranslations('sessionPage'),
    getTranslations('common'),
    getTranslations('status'),
    getTranslations('inscriptionMode'),
    getLocale(),
    runOperation(SessionLearnerDocuments, { id }),
  ]);
  const zone = viewer.timeZone;
  const canManage = session.viewerCan.edit;
  const yesNo = (value: boolean) => (value ? common('yes') : common('no'));
  const people = (list: SessionInscriptionsFragment): PeopleList => ({
    totalCount: list.totalCount,
    rows: list.nodes.map((i) => ({
      inscriptionId: i.id,
      userId: i.user.id,
      name: `${i.user.firstName} ${i.user.lastName}`,
      email: i.user.email ?? null,
      state: i.state,
      position: i.position ?? null,
      date: formatInstant(locale, i.createdAt, zone),
    })),
  });
  const confirmed = session.confirmed.totalCount;
  const seatsLeft = session.maxUsers == null ? common('unlimited') : String(Math.max(0, session.maxUsers - confirmed));
  const settings: [string, string][] = [
    [t('settings.capacity'), session.maxUsers == null ? common('unlimited') : String(session.maxUsers)],
    [t('settings.seatsLeft'), seatsLeft],
    [t('settings.publicRegistration'), yesNo(session.publicRegistration)],
    [t('settings.publicUnregistration'), yesNo(session.publicUnregistration)],
    [t('settings.registrationValidation'), yesNo(session.registrationValidation)],
    [t('settings.eventInscriptionMode'), modes(session.eventInscriptionMode)],
    [t('settings.defaultSession'), yesNo(session.defaultSession)],
  ];

  const events = (list: SessionEventsFragment): EventList => ({
    totalCount: list.totalCount,
    rows: list.nodes.map((e) => ({
      id: e.id,
      name: e.name,
      start: formatInstant(locale, e.startAt, e.timeZone),
      startZone: zoneName(locale, e.timeZone, e.startAt),
      end: formatInstant(locale, e.endAt, e.timeZone),
      endZone: zoneName(locale, e.timeZone, e.endAt),
      location: e.location?.name ?? null,
      registrants: e.inscriptions.totalCount,
      endAt: e.endAt,
      timeZone: e.timeZone,
      viewerCan: e.viewerCan,
    })),
  });

  return (
    <ClientMessages namespaces={['attendance', 'common', 'confirm', 'documents', 'errors', 'eventActions', 'eventPage', 'inscriptionMode', 'learnerDocuments', 'messages', 'registration', 'sessionPage', 'sessionsTable', 'table']}>
      <>
        <PageHeader
          title={session.title}
          crumbs={[
            { label: t('crumbTrainings'), href: manageRoutes.trainings },
            { label: session.training.title, href: manageRoutes.training(session.training.id) },
          ]}
          description={
            <Group gap="xs" component="span">
              <Badge variant="dot" color={STATUS_COLOR[session.status]} component="span">
                {status(session.status)}
              </Badge>
              <span>
                {t('dates', {
                  start: formatInstant(locale, session.startDate, zone, 'date'),
                  end: formatInstant(locale, session.endDate, zone, 'date'),
                })}
              </span>
            </Group>
          }
          actions={
            <>
              <SessionDocumentsMenu session={{ id: session.id, title: session.title }} exports={session.viewerCan.documents} learners={documents.session} />
              {session.viewerCan.message && <SendMessageButton target={{ sessionId: session.id, name: session.title }} />}
              {canManage && (
                <>
                  <ButtonLink href={manageRoutes.sessionTab(session.id, 'events')} variant="default">
                    {t('actions.newEvent')}
                  </ButtonLink>
                  <ButtonLink href={manageRoutes.editSession(session.id)}>{t('actions.edit')}</ButtonLink>
                  {session.viewerCan.delete && <DeleteSessionButton session={{ id: session.id, title: session.title }} />}
                </>
              )}
            </>
          }
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" mb="lg">
          <Paper p="lg">
            <Stack gap="sm">
              <Title order={2}>{t('about')}</Title>
              <dl className="settings-list">
                <div>
                  <dt>{t('training')}</dt>
                  <dd>
                    <AnchorLink href={manageRoutes.training(session.training.id)}>
                      {session.training.title} ({session.training.code})
                    </AnchorLink>
                  </dd>
                </div>
                <div>
                  <dt>{t('start')}</dt>
                  <dd>{formatWithZone(locale, session.startDate, zone)}</dd>
                </div>
                <div>
                  <dt>{t('end')}</dt>
                  <dd>{formatWithZone(locale, session.endDate, zone)}</dd>
                </div>
              </dl>
              <Title order={3} mt="xs">
                {t('organisations')}
              </Title>
              <Group gap={6}>
                {session.organisations.map((o) => (
                  <Badge key={o.id} variant="light" color="gray" tt="none" fw={500}>
                    {o.name}
                  </Badge>
                ))}
              </Group>
              <Text size="sm" c="dimmed">
                {t('organisationsHelp')}
              </Text>
              <Title order={3} mt="xs">
                {t('description')}
              </Title>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }} c={session.description ? undefined : 'dimmed'}>
                {session.description || t('noDescription')}
              </Text>
            </Stack>
          </Paper>
          <Paper p="lg">
            <Title order={2} mb="sm">
              {t('settings.title')}
            </Title>
            <dl className="settings-list">
              {settings.map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </Paper>
        </SimpleGrid>
        <SessionTabs
          counts={{
            learners: confirmed,
            trainers: session.trainers.totalCount,
            events: openEvents.totalCount + endedEvents.totalCount,
          }}
          panels={{
            learners: (
              <LearnersTab
                sessionId={session.id}
                canManage={canManage}
                validation={session.registrationValidation}
                capacity={session.maxUsers ?? null}
                pending={people(session.pending)}
                confirmed={people(session.confirmed)}
                waitlisted={people(session.waitlisted)}
                freeSeats={session.registration.freeSeats ?? null}
                refused={people(session.refused)}
              />
            ),
            trainers: <TrainersTab sessionId={session.id} canManage={canManage} trainers={people(session.trainers)} />,
            events: (
              <EventsTables sessionId={session.id} canCreate={canManage} open={events(openEvents)} ended={events(endedEvents)} sorting={sorting} />
            ),
            attendance: (
              <SessionOutcomes
                rows={attendance.attendanceOutcomes.map((o) => ({
                  userId: o.user.id,
                  name: `${o.user.firstName} ${o.user.lastName}`,
                  scheduledHours: o.scheduledHours,
                  attendedHours: o.attendedHours,
                  outcome: o.outcome,
                  present: o.events.filter((e) => e.status === 'PRESENT').length,
                  events: o.events.length,
                }))}
              />
            ),
          }}
        />
        {session.viewerCan.message && (
          <Stack mt="lg">
            <SentMessages sessionId={session.id} />
          </Stack>
        )}
      </>
    </ClientMessages>
  );
}
