'use client';

import { Button, Group, Paper, Stack, Table, Text, TextInput, Title, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconPlus, IconSearch } from '@tabler/icons-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { debounce, useQueryStates } from 'nuqs';
import { useState, useTransition } from 'react';
import { EventFormDialog } from '../events/event-form-dialog';
import { EventRowActions } from '../events/event-row-actions';
import { manageRoutes } from '../manage/routes';
import { AnchorLink } from '../ui/links';
import { formatSort, type Sorting } from '../ui/table-state';
import { EVENT_SEARCH_PARAMS, EVENT_SORT_PARAMS, type EventSortColumn } from './event-sort';
import { useRefreshWhenEnded } from '../events/refresh-when-ended';

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
  /** The end as an instant: the tab asks the API again when the soonest one passes (R4). */
  endAt: string;
  timeZone: string;
  viewerCan: { edit: boolean; delete: boolean; repeat: boolean };
}

export interface EventList {
  rows: EventRow[];
  totalCount: number;
}

type Which = 'open' | 'ended';

/**
 * The Events tab of a session (#7 screen 5, #8 screen 1, seeds 001 and 003): a search on the events' names,
 * « Créer une séance », and the open and ended events in two tables, as the API splits them (R4). Each
 * table's order and the search are in the URL (`openSort`, `endedSort`, `eventSearch`): the server page asks
 * the API again. When the soonest end among the open events passes, the page asks again, so that event moves
 * to the ended table with no reload (the API, not the browser, says it has ended).
 */
export function EventsTables({
  sessionId,
  canCreate,
  open,
  ended,
  sorting,
}: {
  sessionId: string;
  /** The viewer manages the session: « Créer une séance ». */
  canCreate: boolean;
  open: EventList;
  ended: EventList;
  sorting: Record<Which, Sorting>;
}) {
  const t = useTranslations('sessionPage.events');
  const tool = useTranslations('eventActions.tool');
  const router = useRouter();
  const [loading, startTransition] = useTransition();
  const [, setSorts] = useQueryStates(EVENT_SORT_PARAMS, { shallow: false, startTransition, history: 'push' });
  const [{ eventSearch }, setSearch] = useQueryStates(EVENT_SEARCH_PARAMS, { shallow: false, startTransition });
  const [search, setTyped] = useState(eventSearch);
  const [creating, setCreating] = useState(false);
  const refresh = () => startTransition(() => router.refresh());
  useRefreshWhenEnded(open.rows.map((row) => row.endAt), refresh);
  // As the management tables do (data-table.tsx): another column starts ascending, the same one flips.
  const sortBy = (table: Which) => (id: EventSortColumn) => {
    const current = sorting[table];
    const next = formatSort({ id, desc: current.id === id ? !current.desc : false });
    void setSorts(table === 'open' ? { openSort: next } : { endedSort: next });
  };
  const tableProps = { sessionId, loading, onChanged: refresh };
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <TextInput
          label={tool('search')}
          description={tool('searchHelp')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={search}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setTyped(value);
            void setSearch({ eventSearch: value || null }, { limitUrlUpdates: debounce(300) });
          }}
          w={{ base: '100%', sm: 320 }}
        />
        {canCreate && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            {tool('create')}
          </Button>
        )}
      </Group>
      <EventsTable
        title={t('open', { count: open.totalCount })}
        empty={eventSearch ? tool('noMatch', { search: eventSearch }) : t('openEmpty')}
        list={open}
        sorting={sorting.open}
        onSort={sortBy('open')}
        {...tableProps}
      />
      <EventsTable
        title={t('ended', { count: ended.totalCount })}
        empty={eventSearch ? tool('noMatch', { search: eventSearch }) : t('endedEmpty')}
        list={ended}
        sorting={sorting.ended}
        onSort={sortBy('ended')}
        {...tableProps}
      />
      {canCreate && <EventFormDialog opened={creating} onClose={() => setCreating(false)} sessionId={sessionId} onSaved={refresh} />}
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
  sessionId: string;
  onChanged: () => void;
}

function EventsTable({ title, empty, list, sorting, onSort, loading, sessionId, onChanged }: EventsTableProps) {
  const t = useTranslations('sessionPage.events');
  const tool = useTranslations('eventActions.tool');
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
                {header('name', '28%')}
                {header('start', '20%')}
                {header('end', '20%')}
                <Table.Th scope="col" w="16%">
                  {t('location')}
                </Table.Th>
                <Table.Th scope="col" ta="right" w="9%">
                  {t('registrants')}
                </Table.Th>
                <Table.Th scope="col" w="7%">
                  <VisuallyHidden>{tool('actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.rows.map((e) => (
                <Table.Tr key={e.id} id={`event-${e.id}`}>
                  <Table.Td fw={600}>
                    <AnchorLink href={manageRoutes.event(e.id)} fw={600}>
                      {e.name}
                    </AnchorLink>
                  </Table.Td>
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
                  <Table.Td ta="right">
                    <EventRowActions
                      event={{ id: e.id, name: e.name, sessionId, timeZone: e.timeZone, viewerCan: e.viewerCan }}
                      onChanged={onChanged}
                    />
                  </Table.Td>
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
