'use client';

import { Button, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconMapPinPlus, IconPencil, IconTrash } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { DEFAULT_LOCATION_SORT, locationFilters } from '../../app/(staff)/manage/locations/search-params';
import { DataTable } from '../ui/data-table';
import { RowActions } from '../ui/row-actions';
import { TableEmpty, TableSearchInput, useTableSearch } from '../ui/table-search';
import { useServerTable } from '../ui/use-server-table';
import { DeleteLocationDialog } from './delete-location';
import { LocationFormDialog } from './location-form';
import type { LocationChoices, LocationRow } from './location-values';

/** The button that opens the new-location dialog (page header and empty table). */
export function NewLocationButton({ choices }: { choices: LocationChoices }) {
  const t = useTranslations('locations');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button leftSection={<IconMapPinPlus size={16} aria-hidden />} onClick={() => setOpen(true)}>
        {t('new')}
      </Button>
      {open && <LocationFormDialog opened onClose={() => setOpen(false)} choices={choices} />}
    </>
  );
}

/** The locations table (issue 8 screen 6): searched, sorted and paged by the API, the view in the URL. */
export function LocationsTable({
  rows,
  totalCount,
  pageInfo,
  choices,
  canCreate,
}: {
  rows: LocationRow[];
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  choices: LocationChoices;
  canCreate: boolean;
}) {
  const t = useTranslations('locations');
  const common = useTranslations('common');
  const owner = useTranslations('owner');
  const router = useRouter();
  const table = useServerTable(locationFilters, DEFAULT_LOCATION_SORT);
  const search = useTableSearch(table.values.q, (q, options) => table.setFilters({ q }, options));
  const [editing, setEditing] = useState<LocationRow | null>(null);
  const [deleting, setDeleting] = useState<LocationRow | null>(null);

  const columns: ColumnDef<LocationRow, unknown>[] = [
    {
      id: 'name',
      header: t('columns.name'),
      enableSorting: true,
      cell: ({ row }) => <Text fw={600} size="sm">{row.original.name}</Text>,
    },
    {
      id: 'address',
      header: t('columns.address'),
      meta: { visibleFrom: 'md' },
      cell: ({ row }) => (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {row.original.address || common('none')}
        </Text>
      ),
    },
    {
      id: 'timeZone',
      header: t('columns.timeZone'),
      enableSorting: true,
      cell: ({ row }) => (
        <Stack gap={0}>
          <Text size="sm">{row.original.timeZone}</Text>
          <Text size="xs" c="dimmed">
            {row.original.zoneLabel}
          </Text>
        </Stack>
      ),
    },
    {
      id: 'capacity',
      header: t('columns.capacity'),
      meta: { align: 'right' },
      cell: ({ row }) => <Text size="sm">{row.original.capacity ?? common('none')}</Text>,
    },
    {
      id: 'organisation',
      header: t('columns.organisation'),
      meta: { visibleFrom: 'md' },
      cell: ({ row }) => <Text size="sm">{row.original.organisation?.name ?? owner('sharedShort')}</Text>,
    },
    {
      id: 'events',
      header: t('columns.events'),
      meta: { align: 'right' },
      cell: ({ row }) => <Text size="sm">{row.original.eventCount ?? common('none')}</Text>,
    },
    {
      id: 'actions',
      header: () => <VisuallyHidden>{common('actions')}</VisuallyHidden>,
      meta: { label: common('actions'), align: 'right' },
      cell: ({ row }) => {
        const location = row.original;
        return (
          <RowActions
            name={location.name}
            actions={[
              ...(location.canEdit
                ? [{ key: 'edit', label: t('actions.edit'), icon: <IconPencil size={16} aria-hidden />, onClick: () => setEditing(location) }]
                : []),
              ...(location.canDelete
                ? [{ key: 'delete', label: t('actions.delete'), icon: <IconTrash size={16} aria-hidden />, color: 'red.9', onClick: () => setDeleting(location) }]
                : []),
            ]}
          />
        );
      },
    },
  ];

  const empty = (
    <TableEmpty
      title={t('empty.title')}
      text={table.values.q ? t('empty.filtered') : t('empty.none')}
      filtered={Boolean(table.values.q)}
      clearLabel={t('empty.clear')}
      onClear={search.clear}
      create={canCreate && <NewLocationButton choices={choices} />}
    />
  );

  const toolbar = <TableSearchInput label={t('searchLabel')} placeholder={t('searchPlaceholder')} search={search} />;

  return (
    <>
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
      {editing && <LocationFormDialog opened onClose={() => setEditing(null)} location={editing} choices={choices} />}
      {deleting && <DeleteLocationDialog location={deleting} opened onClose={() => setDeleting(null)} onDeleted={() => router.refresh()} />}
    </>
  );
}
