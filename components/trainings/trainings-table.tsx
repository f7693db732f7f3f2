'use client';

import { Anchor, Button, Group, Select, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconCalendarPlus, IconPencil, IconSearch, IconTrash } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { debounce } from 'nuqs';
import { useState } from 'react';
import { DEFAULT_TRAINING_SORT, trainingFilters } from '../../app/(staff)/manage/trainings/search-params';
import { manageRoutes } from '../manage/routes';
import { DataTable } from '../ui/data-table';
import { ButtonLink } from '../ui/links';
import { RowActions } from '../ui/row-actions';
import { useServerTable } from '../ui/use-server-table';
import { DeleteTrainingDialog } from './delete-training';

/** One row, as the server page prepared it (dates already formatted in the viewer's zone). */
export interface TrainingRow {
  id: string;
  code: string;
  title: string;
  organisations: string[];
  sessionCount: number;
  nextSession: { title: string; start: string } | null;
  canEdit: boolean;
  canDelete: boolean;
}

export function TrainingsTable({
  rows,
  totalCount,
  pageInfo,
  organisations,
  canCreate,
}: {
  rows: TrainingRow[];
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  organisations: { id: string; name: string }[];
  canCreate: boolean;
}) {
  const t = useTranslations('trainings');
  const common = useTranslations('common');
  const router = useRouter();
  const table = useServerTable(trainingFilters, DEFAULT_TRAINING_SORT);
  const [search, setSearch] = useState(table.values.q);
  const [deleting, setDeleting] = useState<TrainingRow | null>(null);
  const filtered = Boolean(table.values.q || table.values.org);

  const columns: ColumnDef<TrainingRow, unknown>[] = [
    {
      id: 'code',
      header: t('columns.code'),
      enableSorting: true,
      cell: ({ row }) => (
        <Text ff="monospace" size="sm" style={{ whiteSpace: 'nowrap' }}>
          {row.original.code}
        </Text>
      ),
    },
    {
      id: 'title',
      header: t('columns.title'),
      enableSorting: true,
      cell: ({ row }) => (
        <Anchor component={Link} href={manageRoutes.training(row.original.id)} fw={600}>
          {row.original.title}
        </Anchor>
      ),
    },
    {
      id: 'organisations',
      header: t('columns.organisations'),
      meta: { visibleFrom: 'md' },
      cell: ({ row }) => (
        <Stack gap={2}>
          {row.original.organisations.map((name) => (
            <Text key={name} size="sm">
              {name}
            </Text>
          ))}
        </Stack>
      ),
    },
    {
      id: 'sessions',
      header: t('columns.sessions'),
      meta: { align: 'right' },
      cell: ({ row }) => <Text size="sm">{row.original.sessionCount}</Text>,
    },
    {
      id: 'nextSession',
      header: t('columns.nextSession'),
      cell: ({ row }) =>
        row.original.nextSession ? (
          <Stack gap={0}>
            <Text size="sm">{row.original.nextSession.start}</Text>
            <Text size="xs" c="dimmed" lineClamp={1}>
              {row.original.nextSession.title}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('noNextSession')}
          </Text>
        ),
    },
    {
      id: 'actions',
      header: () => <VisuallyHidden>{common('actions')}</VisuallyHidden>,
      meta: { label: common('actions'), align: 'right' },
      cell: ({ row }) => {
        const training = row.original;
        return (
          <RowActions
            name={training.title}
            actions={[
              ...(training.canEdit
                ? [
                    { key: 'edit', label: t('actions.edit'), icon: <IconPencil size={16} aria-hidden />, href: manageRoutes.editTraining(training.id) },
                    { key: 'session', label: t('actions.newSession'), icon: <IconCalendarPlus size={16} aria-hidden />, href: manageRoutes.newSession(training.id) },
                  ]
                : []),
              ...(training.canDelete
                ? [{ key: 'delete', label: t('actions.delete'), icon: <IconTrash size={16} aria-hidden />, color: 'red.9', onClick: () => setDeleting(training) }]
                : []),
            ]}
          />
        );
      },
    },
  ];

  const empty = (
    <Stack align="center" gap="sm" py="xl">
      <Text fw={600}>{t('empty.title')}</Text>
      <Text size="sm" c="dimmed" ta="center" maw={480}>
        {filtered ? t('empty.filtered') : t('empty.none')}
      </Text>
      {filtered ? (
        <Button variant="default" onClick={() => { setSearch(''); table.setFilters({ q: null, org: null }); }}>
          {t('empty.clear')}
        </Button>
      ) : (
        canCreate && <ButtonLink href={manageRoutes.newTraining}>{t('new')}</ButtonLink>
      )}
    </Stack>
  );

  const toolbar = (
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
        w={{ base: '100%', sm: 280 }}
      />
      <Select
        label={t('organisationFilter')}
        placeholder={t('allOrganisations')}
        data={organisations.map((o) => ({ value: o.id, label: o.name }))}
        value={table.values.org || null}
        onChange={(value) => table.setFilters({ org: value || null })}
        clearable
        searchable
        w={{ base: '100%', sm: 280 }}
        comboboxProps={{ withinPortal: true }}
      />
    </Group>
  );

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
      {deleting && (
        <DeleteTrainingDialog
          training={deleting}
          opened
          onClose={() => setDeleting(null)}
          onDeleted={() => router.refresh()}
        />
      )}
    </>
  );
}
