import { Badge, Card, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDateRange, formatTimeRange, sessionZone } from '../../../components/catalogue/format';
import { IcsLink } from '../../../components/catalogue/ics-link';
import { EventRegistrationOnPage } from '../../../components/catalogue/page-registration';
import { stateLabel } from '../../../components/catalogue/registration-terms';
import { CalendarFeedPanel } from '../../../components/me/calendar-feed-panel';
import { MyAgenda } from '../../../components/me/my-agenda';
import { MyMessages } from '../../../components/messages/my-messages';
import { MyCertificatesList } from '../../../components/me/certificate-operations';
import { MyCertificates } from '../../../components/me/my-certificates';
import { MyNotifications } from '../../../components/notifications/my-notifications';
import { formatInstant, zoneName } from '../../../components/ui/dates';
import { AnchorLink, ButtonLink } from '../../../components/ui/links';
import type { MySessionFragment, MyTrainingsPageQuery } from '../../../graphql-client/graphql';
import { runOperation } from '../../../server/execute';
import { MyTrainingsPage } from './operations';
import { ClientMessages } from '../../../components/ui/client-messages';

const SESSIONS = 20;
const EVENTS = 30;
const COMMENTS = 3;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('me');
  return { title: t('title'), description: t('metaDescription'), robots: { index: false } };
}

type Translate = Awaited<ReturnType<typeof getTranslations<'me'>>>;
type CatalogueTranslate = Awaited<ReturnType<typeof getTranslations<'catalogue'>>>;

function SessionList({
  sessions,
  total,
  empty,
  t,
  states,
  locale,
  timeZone,
}: {
  sessions: MySessionFragment[];
  total: number;
  empty: string;
  t: Translate;
  states: CatalogueTranslate;
  locale: string;
  timeZone: string;
}) {
  if (!sessions.length) return <Text c="dimmed">{empty}</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {sessions.map((session) => {
        const mine = session.viewerRegistration;
        return (
          <Card key={session.id} withBorder padding="sm" radius="sm" component="li">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <AnchorLink href={`/catalogue/sessions/${session.id}`} fw={600}>
                  {session.title}
                </AnchorLink>
                <Text size="sm">
                  {formatDateRange(locale, session.startDate, session.endDate, sessionZone(session.locations, timeZone))}
                  {session.locations.length > 0 && ` — ${session.locations.map((l) => l.name).join(', ')}`}
                </Text>
              </Stack>
              {mine && (
                <Badge
                  variant={mine.state === 'CANCELLED' ? 'outline' : 'filled'}
                  autoContrast
                  tt="none"
                  color={mine.state === 'CONFIRMED' ? 'teal.9' : mine.state === 'CANCELLED' ? 'gray.7' : 'yellow.3'}
                >
                  {stateLabel(states, mine)}
                </Badge>
              )}
            </Group>
          </Card>
        );
      })}
      {total > sessions.length && (
        <Text size="sm" c="dimmed">
          {t('more', { count: total - sessions.length })}
        </Text>
      )}
    </Stack>
  );
}

type AgendaEvent = MyTrainingsPageQuery['agenda']['nodes'][number];

function EventList({ events, total, t, locale, timeZone }: { events: AgendaEvent[]; total: number; t: Translate; locale: string; timeZone: string }) {
  if (!events.length) return <Text c="dimmed">{t('noEvents')}</Text>;
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {events.map((event) => (
        <Card key={event.id} withBorder padding="sm" radius="sm" component="li">
          <Stack gap={4}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text fw={600}>{event.name}</Text>
              <IcsLink href={`/calendar/events/${event.id}.ics`} name={event.name} />
            </Group>
            <Text size="sm">{formatTimeRange(locale, event.startAt, event.endAt, timeZone)}</Text>
            {event.timeZone !== timeZone && (
              <Text size="xs" c="dimmed">
                {t('eventLocalTime', {
                  time: formatTimeRange(locale, event.startAt, event.endAt, event.timeZone),
                  zone: `${zoneName(locale, event.timeZone, event.startAt)}, ${event.timeZone}`,
                })}
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {[event.location?.name, event.locationExtra].filter(Boolean).join(' — ')}
            </Text>
            <AnchorLink href={`/catalogue/sessions/${event.session.id}#event-${event.id}`} size="sm">
              {t('inSession', { title: event.session.title })}
            </AnchorLink>
            {event.inscriptionMode === 'PUBLIC' && <EventRegistrationOnPage eventId={event.id} />}
            {event.comments.nodes.length > 0 && (
              <Paper bg="gray.0" p="xs" radius="sm" mt={4}>
                <Text size="sm" fw={600} component="h4" m={0}>
                  {t('comments')}
                </Text>
                <Stack gap={6} mt={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                  {event.comments.nodes.map((comment) => (
                    <li key={comment.id}>
                      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                        {comment.content}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('commentBy', {
                          author: comment.author ? `${comment.author.firstName} ${comment.author.lastName}` : t('formerUser'),
                          date: formatInstant(locale, comment.createdAt, timeZone, 'date'),
                        })}
                      </Text>
                    </li>
                  ))}
                </Stack>
                {event.comments.totalCount > event.comments.nodes.length && (
                  <Text size="xs" c="dimmed" mt={4}>
                    {t('moreComments', { count: event.comments.totalCount - event.comments.nodes.length })}
                  </Text>
                )}
              </Paper>
            )}
          </Stack>
        </Card>
      ))}
      {total > events.length && (
        <Text size="sm" c="dimmed">
          {t('moreEvents', { count: total - events.length })}
        </Text>
      )}
    </Stack>
  );
}

/** My trainings (#9 §5): signed in only; an anonymous visitor is sent to sign in and back here. */
export default async function MyTrainingsPageView() {
  const [data, t, states, locale, certificates] = await Promise.all([
    runOperation(MyTrainingsPage, { sessions: SESSIONS, events: EVENTS, comments: COMMENTS }),
    getTranslations('me'),
    getTranslations('catalogue'),
    getLocale(),
    runOperation(MyCertificatesList),
  ]);
  const { me, upcoming, ongoing, past, agenda, calendarFeed } = data;
  const timeZone = me.timeZone;
  const none = !upcoming.totalCount && !ongoing.totalCount && !past.totalCount;
  const lists = { t, states, locale, timeZone };
  return (
    <ClientMessages namespaces={['common', 'confirm', 'errors', 'me', 'messages', 'notifications', 'registration']}>
      <Container component="main" size="lg" py="xl" className="page" id="main">
        <Stack gap="xl">
          <div>
            <Title order={1}>{t('title')}</Title>
            <Text c="dimmed" mt="xs">
              {t('greeting', { name: me.firstName })}
            </Text>
          </div>
          <section aria-labelledby="my-messages-title" id="my-messages">
            <Title order={2} id="my-messages-title" mb="sm">
              {t('messages')}
            </Title>
            <MyMessages />
          </section>
          <section aria-labelledby="my-notifications">
            <Title order={2} id="my-notifications" mb="sm">
              {t('notifications')}
            </Title>
            <MyNotifications />
          </section>
          <section aria-labelledby="my-sessions">
            <Title order={2} id="my-sessions" mb="sm">
              {t('sessions')}
            </Title>
            {none ? (
              <Stack gap="sm" align="flex-start">
                <Text>{t('noSessions')}</Text>
                <ButtonLink href="/catalogue">{t('browseCatalogue')}</ButtonLink>
              </Stack>
            ) : (
              <Stack gap="lg">
                {(
                  [
                    ['ongoing', ongoing, t('noOngoing')],
                    ['upcoming', upcoming, t('noUpcoming')],
                    ['past', past, t('noPast')],
                  ] as const
                ).map(([key, list, empty]) => (
                  <section key={key} aria-labelledby={`my-sessions-${key}`}>
                    <Title order={3} size="h4" id={`my-sessions-${key}`} mb="xs">
                      {t(key)}
                    </Title>
                    <SessionList sessions={list.nodes} total={list.totalCount} empty={empty} {...lists} />
                  </section>
                ))}
              </Stack>
            )}
          </section>
          <section aria-labelledby="my-agenda">
            <Title order={2} id="my-agenda" mb="sm">
              {t('agenda')}
            </Title>
            <MyAgenda
              timeZone={timeZone}
              zoneLabel={`${zoneName(locale, timeZone)} (${timeZone})`}
              list={<EventList events={agenda.nodes} total={agenda.totalCount} t={t} locale={locale} timeZone={timeZone} />}
            />
          </section>
          <MyCertificates certificates={certificates.myCertificates} locale={locale} timeZone={timeZone} />
          <section aria-labelledby="my-feed">
            <Title order={2} id="my-feed" mb="sm">
              {t('feedHeading')}
            </Title>
            <CalendarFeedPanel createdAt={calendarFeed?.createdAt ?? null} timeZone={timeZone} />
          </section>
        </Stack>
      </Container>
    </ClientMessages>
  );
}
