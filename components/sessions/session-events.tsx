'use client';

import { ActionIcon, Alert, Group, Loader, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { graphql } from '../../graphql-client';
import type { SessionEventsQuery } from '../../graphql-client/graphql';
import { manageRoutes } from '../manage/routes';
import { formatEnd, formatInstant, zoneName } from '../ui/dates';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { AnchorLink } from '../ui/links';
import { EventCommentsDialog } from './event-comments';

/** The events shown in an open row; more are on the session page. */
export const EVENTS_SHOWN = 50;

const SessionEvents = graphql(`
  query SessionEvents($id: ID!, $first: Int!) {
    session(id: $id) {
      id
      events(first: $first) {
        totalCount
        nodes {
          id
          name
          startAt
          endAt
          timeZone
          maxUsers
          location {
            id
            name
          }
          registrants: inscriptions(role: LEARNER, state: CONFIRMED, first: 0) {
            totalCount
          }
          viewerCan {
            comment
          }
        }
      }
    }
  }
`);

type EventNode = SessionEventsQuery['session']['events']['nodes'][number];

/**
 * An open row of the sessions table (seed 002: the arrow before a session's title): its events with their
 * dates in their own zone, location and registrants, each with its comments (« i »). Fetched once, when the
 * row opens, with one operation; the rest of the table is not reloaded.
 */
export function SessionEventsPanel({ session }: { session: { id: string; title: string } }) {
  const t = useTranslations('sessionsTable.events');
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const [events, setEvents] = useState<{ nodes: EventNode[]; totalCount: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [commenting, setCommenting] = useState<EventNode | null>(null);

  useEffect(() => {
    let current = true;
    graphqlFetch(SessionEvents, { id: session.id, first: EVENTS_SHOWN }).then(
      (data) => current && setEvents(data.session.events),
      (e: unknown) => current && setError(e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({})),
    );
    return () => {
      current = false;
    };
    // Asked once per opening of the row.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session.id]);

  if (error)
    return (
      <Text role="alert" c="red.9" size="sm">
        {error}
      </Text>
    );
  if (!events)
    return (
      <Group gap="sm" py="xs">
        <Loader size="xs" aria-hidden />
        <Text size="sm">{t('loading')}</Text>
      </Group>
    );
  if (!events.nodes.length)
    return (
      <Text size="sm" c="dimmed" py="xs">
        {t('none')}
      </Text>
    );

  const when = (event: EventNode, iso: string) => formatInstant(locale, iso, event.timeZone, 'dateTime');
  const endOf = (event: EventNode) => formatEnd(locale, event.startAt, event.endAt, event.timeZone);
  return (
    <Stack gap="xs" className="session-events">
      <Table withRowBorders={false} verticalSpacing={6} horizontalSpacing="sm" captionSide="top" className="session-events-table">
        <caption>
          <Text size="sm" fw={600} ta="left">
            {t('caption', { title: session.title, count: events.totalCount })}
          </Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('name')}</Table.Th>
            <Table.Th scope="col">{t('start')}</Table.Th>
            <Table.Th scope="col">{t('end')}</Table.Th>
            <Table.Th scope="col">{t('location')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('registrants')}
            </Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('comments')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.nodes.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {event.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{when(event, event.startAt)}</Text>
                <Text size="xs" c="dimmed">
                  {zoneName(locale, event.timeZone, event.startAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{endOf(event)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={event.location ? undefined : 'dimmed'}>
                  {event.location?.name ?? t('noLocation')}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {event.maxUsers == null
                    ? event.registrants.totalCount
                    : t('seats', { taken: event.registrants.totalCount, capacity: event.maxUsers })}
                </Text>
              </Table.Td>
              <Table.Td>
                <Tooltip label={t('commentsOf', { name: event.name })} withArrow>
                  <ActionIcon variant="subtle" aria-label={t('commentsOf', { name: event.name })} onClick={() => setCommenting(event)}>
                    <IconInfoCircle size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {events.totalCount > events.nodes.length && (
        <Alert variant="light" color="gray" p="xs">
          <Text size="sm">
            {t('more', { shown: events.nodes.length, total: events.totalCount })}{' '}
            <AnchorLink href={manageRoutes.sessionEvents(session.id)} size="sm">
              {t('allEvents')}
            </AnchorLink>
          </Text>
        </Alert>
      )}
      {commenting && (
        <EventCommentsDialog event={commenting} opened onClose={() => setCommenting(null)} />
      )}
    </Stack>
  );
}
