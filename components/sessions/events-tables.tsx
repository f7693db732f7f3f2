'use client';

import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslations } from 'next-intl';

/** One event as the server page prepared it: times formatted in the event's own zone, the zone named. */
export interface EventRow {
  id: string;
  name: string;
  start: string;
  startZone: string;
  end: string;
  endZone: string;
  location: string | null;
  registrants: number;
}

export interface EventList {
  rows: EventRow[];
  totalCount: number;
}

/**
 * The Events tab (#7 screen 5, seed 003): open and ended events in two tables, as the API splits them (R4).
 * Event pages and actions come with the events issue: until then a row links nowhere (no dead link).
 */
export function EventsTables({ open, ended }: { open: EventList; ended: EventList }) {
  const t = useTranslations('sessionPage.events');
  return (
    <Stack gap="lg">
      <EventsTable title={t('open', { count: open.totalCount })} empty={t('openEmpty')} list={open} />
      <EventsTable title={t('ended', { count: ended.totalCount })} empty={t('endedEmpty')} list={ended} />
      <Text size="sm" c="dimmed">
        {t('comingSoon')}
      </Text>
    </Stack>
  );
}

function EventsTable({ title, empty, list }: { title: string; empty: string; list: EventList }) {
  const t = useTranslations('sessionPage.events');
  return (
    <Paper p={0} component="section" aria-label={title}>
      <Title order={3} p="md">
        {title}
      </Title>
      {list.rows.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          {empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640} type="native">
          <Table verticalSpacing="sm" horizontalSpacing="md" layout="fixed" aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w="30%">
                  {t('name')}
                </Table.Th>
                <Table.Th scope="col" w="20%">
                  {t('start')}
                </Table.Th>
                <Table.Th scope="col" w="20%">
                  {t('end')}
                </Table.Th>
                <Table.Th scope="col" w="18%">
                  {t('location')}
                </Table.Th>
                <Table.Th scope="col" ta="right" w="12%">
                  {t('registrants')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.rows.map((e) => (
                <Table.Tr key={e.id} id={`event-${e.id}`}>
                  <Table.Td fw={600}>{e.name}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{e.start}</Text>
                    <Text size="xs" c="dimmed">
                      {e.startZone}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{e.end}</Text>
                    <Text size="xs" c="dimmed">
                      {e.endZone}
                    </Text>
                  </Table.Td>
                  <Table.Td>{e.location ?? t('noLocation')}</Table.Td>
                  <Table.Td ta="right">{e.registrants}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.totalCount > list.rows.length && (
        <Text size="sm" c="dimmed" p="md">
          {t('more', { shown: list.rows.length, total: list.totalCount })}
        </Text>
      )}
    </Paper>
  );
}
