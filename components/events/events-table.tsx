'use client';

import { Anchor, Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { debounce } from 'nuqs';
import { useState } from 'react';
import { DEFAULT_EVENTS_SORT, EVENT_STATES, eventFilters } from '../../app/(staff)/manage/events/search-params';
import { manageRoutes } from '../manage/routes';
import { SearchPeople } from '../people/people-search';
import { STATUS_COLOR, type SessionStatus } from '../sessions/session-values';
import { DataTable } from '../ui/data-table';
import { graphqlFetch } from '../ui/graphql-fetch';
import { useServerTable } from '../ui/use-server-table';

/** One row, as the server page prepared it: times formatted in the event's own zone, which is named. */
export interface EventsTableRow {
  id: string;
  name: string;
  session: { id: string; title: string };
  training: string;
  start: string;
  end: string;
  zone: string;
  location: string | null;
  trainers: { id: string; name: string }[];
  /** Trainers past those listed. */
  moreTrainers: number;
  registrants: number;
  /** Null: unlimited. */
  capacity: number | null;
  status: SessionStatus;
}

interface Option {
  value: string;
  label: string;
}

/**
 * All the events the viewer manages or teaches (#8 screen 5): name (to the event page), session, training,
 * times in each event's zone, location, trainers, seats and status; sorted, filtered and paged by the API, with
 * the view in the URL.
 */
export function EventsTable({
  rows,
  totalCount,
  pageInfo,
  locations,
}: {
  rows: EventsTableRow[];
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  locations: { id: string; name: string }[];
}) {
  const t = useTranslations('eventsTable');
  const statusLabel = useTranslations('status');
  const table = useServerTable(eventFilters, DEFAULT_EVENTS_SORT);
  const { q, state, from, to, location, trainer } = table.values;
  const [search, setSearch] = useState(q);
  const [trainers, setTrainers] = useState<Option[]>([]);
  const filtered = Boolean(q || state || from || to || location || trainer);

  const lookUpTrainers = useDebouncedCallback((text: string) => {
    if (!text.trim()) return setTrainers([]);
    graphqlFetch(SearchPeople, { search: text }).then(
      (data) => setTrainers(data.users.nodes.map((u) => ({ value: u.id, label: `${u.firstName} ${u.lastName}` }))),
      () => setTrainers([]),
    );
  }, 250);
  // The chosen trainer stays an option after a reload, named from the rows that show them.
  const knownTrainer = rows.flatMap((row) => row.trainers).find((person) => person.id === trainer);
  const trainerOptions = new Map<string, Option>();
  for (const option of [...(knownTrainer ? [{ value: knownTrainer.id, label: knownTrainer.name }] : []), ...trainers])
    trainerOptions.set(option.value, option);

  const columns: ColumnDef<EventsTableRow, unknown>[] = [
    {
      id: 'name',
      header: t('columns.name'),
      enableSorting: true,
      cell: ({ row }) => (
        <Stack gap={0} miw={140} maw={240}>
          <Anchor component={Link} href={manageRoutes.event(row.original.id)} fw={600} size="sm">
            {row.original.name}
          </Anchor>
          {/* Session and training under the name where their columns are hidden (tablets). */}
          <Text size="xs" c="dimmed" hiddenFrom="lg">
            {row.original.session.title} · {row.original.training}
          </Text>
        </Stack>
      ),
    },
    {
      id: 'session',
      header: t('columns.session'),
      meta: { visibleFrom: 'lg' },
      cell: ({ row }) => (
        <Stack gap={0} maw={200}>
          <Anchor component={Link} href={manageRoutes.session(row.original.session.id)} size="sm" lineClamp={2}>
            {row.original.session.title}
          </Anchor>
          <Text size="xs" c="dimmed" lineClamp={2}>
            {row.original.training}
          </Text>
        </Stack>
      ),
    },
    {
      id: 'start',
      header: t('columns.start'),
      enableSorting: true,
      cell: ({ row }) => (
        <Stack gap={0}>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {row.original.start}
          </Text>
          <Text size="xs" c="dimmed">
            {row.original.zone}
          </Text>
        </Stack>
      ),
    },
    {
      id: 'end',
      header: t('columns.end'),
      enableSorting: true,
      cell: ({ row }) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {row.original.end}
        </Text>
      ),
    },
    {
      id: 'location',
      header: t('columns.location'),
      meta: { visibleFrom: 'md' },
      cell: ({ row }) => (
        <Text size="sm" c={row.original.location ? undefined : 'dimmed'}>
          {row.original.location ?? t('noLocation')}
        </Text>
      ),
    },
    {
      id: 'trainers',
      header: t('columns.trainers'),
      meta: { visibleFrom: 'md' },
      cell: ({ row }) => {
        const { trainers: names, moreTrainers } = row.original;
        if (!names.length)
          return (
            <Text size="sm" c="dimmed">
              {t('noTrainers')}
            </Text>
          );
        return (
          <Text size="sm" maw={180}>
            {names.map((person) => person.name).join(', ')}
            {moreTrainers > 0 && ` ${t('moreTrainers', { count: moreTrainers })}`}
          </Text>
        );
      },
    },
    {
      id: 'registrants',
      header: t('columns.registrants'),
      meta: { align: 'right' },
      cell: ({ row }) => {
        const { registrants, capacity } = row.original;
        return (
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {capacity === null ? t('seatsUnlimited', { registrants }) : t('seats', { registrants, capacity })}
          </Text>
        );
      },
    },
    {
      id: 'status',
      header: t('columns.status'),
      cell: ({ row }) => (
        <Badge variant="dot" color={STATUS_COLOR[row.original.status]} miw="max-content">
          {statusLabel(row.original.status)}
        </Badge>
      ),
    },
  ];

  const clear = () => {
    setSearch('');
    table.setFilters({ q: null, state: null, from: null, to: null, location: null, trainer: null });
  };

  const toolbar = (
    <Stack gap="sm">
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('searchLabel')}
          placeholder={t('searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={search}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setSearch(value);
            table.setFilters({ q: value || null }, { limitUrlUpdates: debounce(300) });
          }}
          w={{ base: '100%', sm: 220 }}
        />
        <Select
          label={t('stateFilter')}
          placeholder={t('allStates')}
          data={EVENT_STATES.map((value) => ({ value, label: t(`states.${value}`) }))}
          value={state}
          onChange={(value) => table.setFilters({ state: (value as (typeof EVENT_STATES)[number] | null) ?? null })}
          clearable
          w={{ base: '100%', sm: 200 }}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('locationFilter')}
          placeholder={t('allLocations')}
          data={locations.map((l) => ({ value: l.id, label: l.name }))}
          value={location || null}
          onChange={(value) => table.setFilters({ location: value || null })}
          searchable
          clearable
          nothingFoundMessage={t('noLocationFound')}
          w={{ base: '100%', sm: 220 }}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('trainerFilter')}
          placeholder={t('anyTrainer')}
          data={[...trainerOptions.values()]}
          value={trainer || null}
          onChange={(value) => table.setFilters({ trainer: value || null })}
          onSearchChange={lookUpTrainers}
          // The API has already filtered: show what it found.
          filter={({ options }) => options}
          searchable
          clearable
          w={{ base: '100%', sm: 220 }}
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          label={t('from')}
          value={from}
          onChange={(event) => table.setFilters({ from: event.currentTarget.value || null })}
          w={{ base: '100%', sm: 180 }}
        />
        <TextInput
          type="date"
          label={t('to')}
          value={to}
          onChange={(event) => table.setFilters({ to: event.currentTarget.value || null })}
          w={{ base: '100%', sm: 180 }}
        />
        {filtered && (
          <Button variant="subtle" onClick={clear}>
            {t('clear')}
          </Button>
        )}
      </Group>
    </Stack>
  );

  const empty = (
    <Stack align="center" gap="sm" py="xl">
      <Text fw={600}>{t('empty.title')}</Text>
      <Text size="sm" c="dimmed" ta="center" maw={480}>
        {filtered ? t('empty.filtered') : t('empty.none')}
      </Text>
      {filtered && (
        <Button variant="default" onClick={clear}>
          {t('clear')}
        </Button>
      )}
    </Stack>
  );

  return (
    <DataTable
      label={t('tableLabel')}
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      totalCount={totalCount}
      {...table.viewProps(pageInfo)}
      empty={empty}
      toolbar={toolbar}
    />
  );
}
