'use client';

import { Group, Paper, Stack, Table, Text, Title, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useTranslations } from 'next-intl';
import { useQueryStates } from 'nuqs';
import { useTransition } from 'react';
import { formatSort, type Sorting } from '../ui/table-state';
import { EVENT_SORT_PARAMS, type EventSortColumn } from './event-sort';

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

type Which = 'open' | 'ended';

/**
 * The Events tab (#7 screen 5, seed 003): open and ended events in two tables, as the API splits them (R4).
 * Each table's order is in the URL (`openSort`, `endedSort`): a header click rewrites it and the server page
 * asks the API again (no sorting here). Event pages and actions come with the events issue: until then a row
 * links nowhere (no dead link).
 */
export function EventsTables({ open, ended, sorting }: { open: EventList; ended: EventList; sorting: Record<Which, Sorting> }) {
  const t = useTranslations('sessionPage.events');
  const [loading, startTransition] = useTransition();
  const [, setSorts] = useQueryStates(EVENT_SORT_PARAMS, { shallow: false, startTransition, history: 'push' });
  // As the management tables do (data-table.tsx): another column starts ascending, the same one flips.
  const sortBy = (table: Which) => (id: EventSortColumn) => {
    const current = sorting[table];
    const next = formatSort({ id, desc: current.id === id ? !current.desc : false });
    void setSorts(table === 'open' ? { openSort: next } : { endedSort: next });
  };
  return (
    <Stack gap="lg">
      <EventsTable
        title={t('open', { count: open.totalCount })}
        empty={t('openEmpty')}
        list={open}
        sorting={sorting.open}
        onSort={sortBy('open')}
        loading={loading}
      />
      <EventsTable
        title={t('ended', { count: ended.totalCount })}
        empty={t('endedEmpty')}
        list={ended}
        sorting={sorting.ended}
        onSort={sortBy('ended')}
        loading={loading}
      />
      <Text size="sm" c="dimmed">
        {t('comingSoon')}
      </Text>
    </Stack>
  );
}

interface EventsTableProps {
  title: string;
  empty: string;
  list: EventList;
  sorting: Sorting;
  onSort: (id: EventSortColumn) => void;
  loading: boolean;
}

function EventsTable({ title, empty, list, sorting, onSort, loading }: EventsTableProps) {
  const t = useTranslations('sessionPage.events');
  const header = (id: EventSortColumn, width: string) => (
    <SortHeader id={id} label={t(id)} width={width} sorting={sorting} onSort={onSort} />
  );
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
          <Table verticalSpacing="sm" horizontalSpacing="md" layout="fixed" aria-label={title} aria-busy={loading}>
            <Table.Thead>
              <Table.Tr>
                {header('name', '30%')}
                {header('start', '20%')}
                {header('end', '20%')}
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

interface SortHeaderProps {
  id: EventSortColumn;
  label: string;
  width: string;
  sorting: Sorting;
  onSort: (id: EventSortColumn) => void;
}

/** A sortable header with the management tables' markup (data-table.tsx): a button, `aria-sort` when sorted. */
function SortHeader({ id, label, width, sorting, onSort }: SortHeaderProps) {
  const t = useTranslations('table');
  const sorted = sorting.id === id ? (sorting.desc ? 'descending' : 'ascending') : undefined;
  const SortIcon = sorted === 'ascending' ? IconArrowUp : sorted === 'descending' ? IconArrowDown : IconArrowsSort;
  return (
    <Table.Th scope="col" w={width} aria-sort={sorted}>
      <UnstyledButton onClick={() => onSort(id)} className="sort-button" data-sorted={sorted}>
        <Group gap={4} wrap="nowrap" component="span">
          <span>{label}</span>
          <SortIcon size={14} aria-hidden />
          <VisuallyHidden>
            {sorted ? `, ${t(sorted === 'ascending' ? 'sortedAscending' : 'sortedDescending')}` : `, ${t('sortBy', { column: label })}`}
          </VisuallyHidden>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
