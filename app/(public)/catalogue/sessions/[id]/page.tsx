import { Anchor, Container, Grid, GridCol, List, ListItem, Paper, Stack, Table, TableScrollContainer, TableCaption, TableTbody, TableTd, TableTh, TableThead, TableTr, Text, Title } from '@mantine/core';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { formatDateRange, formatTimeRange, sessionZone } from '../../../../../components/catalogue/format';
import { IcsLink } from '../../../../../components/catalogue/ics-link';
import { JsonLd } from '../../../../../components/catalogue/json-ld';
import { LongText } from '../../../../../components/catalogue/long-text';
import { EventRegistrationOnPage, SessionRegistrationOnPage } from '../../../../../components/catalogue/page-registration';
import { RegistrationTerms } from '../../../../../components/catalogue/registration-terms';
import { course, courseInstance } from '../../../../../components/catalogue/schema-org';
import { SeatsAndRegistration } from '../../../../../components/catalogue/seats-badge';
import { zoneName } from '../../../../../components/ui/dates';
import { AnchorLink } from '../../../../../components/ui/links';
import { requestOrigin } from '../../../../../lib/request-origin';
import { runOperation } from '../../../../../server/execute';
import { CatalogueSessionPage } from './operations';
import { ClientMessages } from '../../../../../components/ui/client-messages';

type Params = Promise<{ id: string }>;

const EVENTS_SHOWN = 100;

// generateMetadata and the page read the same session: one operation per request.
const load = cache((id: string) => runOperation(CatalogueSessionPage, { id, events: EVENTS_SHOWN }));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ session, viewer }, locale] = await Promise.all([load((await params).id), getLocale()]);
  const zone = sessionZone(session.locations, viewer.timeZone);
  const where = session.locations.map((l) => l.name).join(', ');
  return {
    title: `${session.title} (${formatDateRange(locale, session.startDate, session.endDate, zone)})`,
    description: [session.training.title, where, session.description.replace(/\s+/g, ' ').slice(0, 160)].filter(Boolean).join(' — '),
    alternates: { canonical: `/catalogue/sessions/${session.id}` },
  };
}

/** A session's public page (#9 §1): schedule in local time with the zone named, trainers, seats, registering. */
export default async function CatalogueSessionPageView({ params }: { params: Params }) {
  const [{ session, viewer }, t, locale, origin] = await Promise.all([
    load((await params).id),
    getTranslations('catalogue'),
    getLocale(),
    headers().then(requestOrigin),
  ]);
  const zone = sessionZone(session.locations, viewer.timeZone);
  const events = session.events.nodes;
  // R3: a session's confirmed learners register themselves to its PUBLIC events (each island reads its own state).
  const confirmed = session.viewerRegistration?.state === 'CONFIRMED';
  const jsonLd = { ...course(session.training, [], origin), hasCourseInstance: [courseInstance(session, origin)] };
  return (
    <ClientMessages namespaces={['common', 'errors', 'registration']}>
      <Container component="main" size="lg" py="xl" className="page" id="main">
        <JsonLd data={jsonLd} />
        <Stack gap="lg">
          <AnchorLink href={`/catalogue/trainings/${session.training.id}`} size="sm">
            {t('session.training', { title: session.training.title })}
          </AnchorLink>
          <div>
            <Title order={1}>{session.title}</Title>
            <Text size="lg" mt="xs">
              {formatDateRange(locale, session.startDate, session.endDate, zone)}
            </Text>
          </div>
          <Grid gap="xl">
            <GridCol span={{ base: 12, md: 8 }}>
              <Stack gap="lg">
                {session.description && <LongText>{session.description}</LongText>}
                <section aria-labelledby="schedule">
                  <Title order={2} size="h3" id="schedule" mb="xs">
                    {t('session.schedule')}
                  </Title>
                  {events.length ? (
                    <TableScrollContainer minWidth={560}>
                      <Table verticalSpacing="sm" captionSide="top">
                        <TableCaption>{t('session.scheduleCaption')}</TableCaption>
                        <TableThead>
                          <TableTr>
                            <TableTh scope="col">{t('session.event')}</TableTh>
                            <TableTh scope="col">{t('session.when')}</TableTh>
                            <TableTh scope="col">{t('session.where')}</TableTh>
                            <TableTh scope="col">{t('session.calendar')}</TableTh>
                          </TableTr>
                        </TableThead>
                        <TableTbody>
                          {events.map((event) => (
                            // A row holding a registration island is tall: its cells read from the top.
                            <TableTr key={event.id} id={`event-${event.id}`} style={{ verticalAlign: 'top' }}>
                              <TableTd>
                                <Text fw={500}>{event.name}</Text>
                                {event.description && (
                                  <Text size="sm" c="dimmed">
                                    {event.description}
                                  </Text>
                                )}
                                {confirmed && event.inscriptionMode === 'PUBLIC' && (
                                  <div style={{ marginTop: 'var(--mantine-spacing-xs)' }}>
                                    <EventRegistrationOnPage eventId={event.id} />
                                  </div>
                                )}
                              </TableTd>
                              <TableTd>
                                <Text size="sm">{formatTimeRange(locale, event.startAt, event.endAt, event.timeZone)}</Text>
                                <Text size="xs" c="dimmed">
                                  {zoneName(locale, event.timeZone, event.startAt)} ({event.timeZone})
                                </Text>
                              </TableTd>
                              <TableTd>
                                <Text size="sm">{event.location?.name ?? t('locationTbd')}</Text>
                                {event.location?.address && (
                                  <Text size="xs" c="dimmed">
                                    {event.location.address}
                                  </Text>
                                )}
                                {event.locationExtra && (
                                  <Text size="xs" c="dimmed">
                                    {event.locationExtra}
                                  </Text>
                                )}
                              </TableTd>
                              <TableTd>
                                <IcsLink href={`/calendar/events/${event.id}.ics`} name={event.name} />
                              </TableTd>
                            </TableTr>
                          ))}
                        </TableTbody>
                      </Table>
                    </TableScrollContainer>
                  ) : (
                    <Text>{t('session.noEvents')}</Text>
                  )}
                  {session.events.totalCount > events.length && (
                    <Text size="sm" c="dimmed" mt="xs">
                      {t('session.moreEvents', { count: session.events.totalCount - events.length })}
                    </Text>
                  )}
                  {events.length > 0 && (
                    <Anchor href={`/calendar/sessions/${session.id}.ics`} mt="sm" display="inline-block">
                      {t('session.downloadSession')}
                    </Anchor>
                  )}
                </section>
                <section aria-labelledby="trainers">
                  <Title order={2} size="h3" id="trainers" mb="xs">
                    {t('session.trainers')}
                  </Title>
                  {session.trainers.nodes.length ? (
                    <List>
                      {session.trainers.nodes.map((trainer) => (
                        <ListItem key={trainer.id}>
                          {trainer.firstName} {trainer.lastName}
                        </ListItem>
                      ))}
                    </List>
                  ) : (
                    <Text>{t('session.noTrainers')}</Text>
                  )}
                </section>
              </Stack>
            </GridCol>
            <GridCol span={{ base: 12, md: 4 }}>
              <Stack gap="md">
                <Paper withBorder p="md" radius="sm" component="section" aria-labelledby="seats">
                  <Title order={2} size="h4" id="seats" mb="xs">
                    {t('session.seats')}
                  </Title>
                  <SeatsAndRegistration registration={session.registration} />
                  {session.maxUsers != null && (
                    <Text size="sm" c="dimmed" mt="xs">
                      {t('session.capacity', { count: session.maxUsers })}
                    </Text>
                  )}
                  <Text size="sm" mt="xs">
                    {session.locations.length ? session.locations.map((l) => l.name).join(', ') : t('locationTbd')}
                  </Text>
                </Paper>
                <RegistrationTerms session={session}>
                  <SessionRegistrationOnPage sessionId={session.id} />
                </RegistrationTerms>
              </Stack>
            </GridCol>
          </Grid>
        </Stack>
      </Container>
    </ClientMessages>
  );
}
