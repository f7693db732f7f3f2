'use client';

import { Anchor, Badge, Group, Select, Stack, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { OUTBOX_SORT, outboxFilters } from '../../app/(staff)/manage/outbox/search-params';
import { manageRoutes } from '../manage/routes';
import { DataTable } from '../ui/data-table';
import { TableEmpty, TableSearchInput, useTableSearch } from '../ui/table-search';
import { useServerTable } from '../ui/use-server-table';
import { MAIL_STATES, type OutboxRow, STATE_COLOR } from './outbox-values';

/** The outbox (#10 §8): filtered by state, searched by recipient, newest first, paged by the API. */
export function OutboxTable({ rows, totalCount, pageInfo }: { rows: OutboxRow[]; totalCount: number; pageInfo: { endCursor?: string | null; hasNextPage: boolean } }) {
  const t = useTranslations('outbox');
  const table = useServerTable(outboxFilters, OUTBOX_SORT);
  const search = useTableSearch(table.values.q, (q, options) => table.setFilters({ q }, options));
  const filtered = Boolean(table.values.q || table.values.state);

  const columns: ColumnDef<OutboxRow, unknown>[] = [
    {
      id: 'recipient',
      header: t('columns.recipient'),
      cell: ({ row }) => (
        <Stack gap={0}>
          <Anchor component={Link} href={manageRoutes.outboxMail(row.original.id)} fw={600} size="sm">
            {row.original.toName || row.original.toAddress}
          </Anchor>
          {row.original.toName && (
            <Text size="xs" c="dimmed">
              {row.original.toAddress}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      id: 'subject',
      header: t('columns.subject'),
      cell: ({ row }) => (
        <Text size="sm" lineClamp={2}>
          {row.original.subject}
        </Text>
      ),
    },
    {
      id: 'state',
      header: t('columns.state'),
      cell: ({ row }) => (
        <Badge color={STATE_COLOR[row.original.state]} variant="light" miw="max-content">
          {t(`state.${row.original.state}`)}
        </Badge>
      ),
    },
    {
      id: 'attempts',
      header: t('columns.attempts'),
      meta: { visibleFrom: 'md', align: 'right' },
      cell: ({ row }) => <Text size="sm">{row.original.attempts}</Text>,
    },
    {
      id: 'createdAt',
      header: t('columns.queued'),
      cell: ({ row }) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {row.original.queued}
        </Text>
      ),
    },
    {
      id: 'sentAt',
      header: t('columns.sent'),
      meta: { visibleFrom: 'md' },
      cell: ({ row }) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {row.original.sent ?? t('notSent')}
        </Text>
      ),
    },
  ];

  const empty = (
    <TableEmpty
      title={t('empty.title')}
      text={filtered ? t('empty.filtered') : t('empty.none')}
      filtered={filtered}
      clearLabel={t('empty.clear')}
      onClear={() => {
        search.clear();
        table.setFilters({ state: null });
      }}
    />
  );

  const toolbar = (
    <Group gap="md" align="flex-end" wrap="wrap">
      <TableSearchInput label={t('searchLabel')} placeholder={t('searchPlaceholder')} search={search} />
      <Select
        label={t('stateFilter')}
        placeholder={t('allStates')}
        data={MAIL_STATES.map((value) => ({ value, label: t(`state.${value}`) }))}
        value={table.values.state || null}
        onChange={(value) => table.setFilters({ state: value || null })}
        clearable
        w={{ base: '100%', sm: 220 }}
        comboboxProps={{ withinPortal: true }}
      />
    </Group>
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
