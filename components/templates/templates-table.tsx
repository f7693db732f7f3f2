'use client';

import { Anchor, Group, Select, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import type { ColumnDef } from '@tanstack/react-table';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { DEFAULT_TEMPLATE_SORT, templateFilters } from '../../app/(staff)/manage/templates/search-params';
import { manageRoutes } from '../manage/routes';
import { DataTable } from '../ui/data-table';
import { ButtonLink } from '../ui/links';
import { RowActions } from '../ui/row-actions';
import { TableEmpty, TableSearchInput, useTableSearch } from '../ui/table-search';
import { useServerTable } from '../ui/use-server-table';
import { DeleteTemplateDialog } from './delete-template';
import { TEMPLATE_KINDS, type TemplateRow } from './template-values';

/** The templates table (issue 8 screen 7): searched, filtered by kind, sorted and paged by the API. */
export function TemplatesTable({
  rows,
  totalCount,
  pageInfo,
  canCreate,
}: {
  rows: TemplateRow[];
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  canCreate: boolean;
}) {
  const t = useTranslations('templates');
  const common = useTranslations('common');
  const owner = useTranslations('owner');
  const router = useRouter();
  const table = useServerTable(templateFilters, DEFAULT_TEMPLATE_SORT);
  const search = useTableSearch(table.values.q, (q, options) => table.setFilters({ q }, options));
  const [deleting, setDeleting] = useState<TemplateRow | null>(null);
  const filtered = Boolean(table.values.q || table.values.kind);

  const columns: ColumnDef<TemplateRow, unknown>[] = [
    {
      id: 'name',
      header: t('columns.name'),
      enableSorting: true,
      cell: ({ row }) =>
        row.original.canEdit ? (
          <Anchor component={Link} href={manageRoutes.template(row.original.id)} fw={600} size="sm">
            {row.original.name}
          </Anchor>
        ) : (
          <Text fw={600} size="sm">
            {row.original.name}
          </Text>
        ),
    },
    {
      id: 'kind',
      header: t('columns.kind'),
      cell: ({ row }) => <Text size="sm">{t(`kind.${row.original.kind}`)}</Text>,
    },
    {
      id: 'locale',
      header: t('columns.locale'),
      cell: ({ row }) => <Text size="sm">{t(`form.locales.${row.original.locale === 'en' ? 'en' : 'fr'}`)}</Text>,
    },
    {
      id: 'subject',
      header: t('columns.subject'),
      meta: { visibleFrom: 'md' },
      cell: ({ row }) => (
        <Text size="sm" lineClamp={2}>
          {row.original.subject || common('none')}
        </Text>
      ),
    },
    {
      id: 'organisation',
      header: t('columns.organisation'),
      meta: { visibleFrom: 'md' },
      cell: ({ row }) => <Text size="sm">{row.original.organisation ?? owner('sharedShort')}</Text>,
    },
    {
      id: 'updatedAt',
      header: t('columns.updated'),
      enableSorting: true,
      cell: ({ row }) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {row.original.updated}
        </Text>
      ),
    },
    {
      id: 'actions',
      header: () => <VisuallyHidden>{common('actions')}</VisuallyHidden>,
      meta: { label: common('actions'), align: 'right' },
      cell: ({ row }) => {
        const template = row.original;
        return (
          <RowActions
            name={template.name}
            actions={[
              ...(template.canEdit
                ? [{ key: 'edit', label: t('actions.edit'), icon: <IconPencil size={16} aria-hidden />, href: manageRoutes.template(template.id) }]
                : []),
              ...(template.canDelete
                ? [{ key: 'delete', label: t('actions.delete'), icon: <IconTrash size={16} aria-hidden />, color: 'red.9', onClick: () => setDeleting(template) }]
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
      text={filtered ? t('empty.filtered') : t('empty.none')}
      filtered={filtered}
      clearLabel={t('empty.clear')}
      onClear={() => {
        search.clear();
        table.setFilters({ kind: null });
      }}
      create={canCreate && <ButtonLink href={manageRoutes.newTemplate}>{t('new')}</ButtonLink>}
    />
  );

  const toolbar = (
    <Group gap="md" align="flex-end" wrap="wrap">
      <TableSearchInput label={t('searchLabel')} placeholder={t('searchPlaceholder')} search={search} />
      <Select
        label={t('kindFilter')}
        placeholder={t('allKinds')}
        data={TEMPLATE_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
        value={table.values.kind || null}
        onChange={(value) => table.setFilters({ kind: value || null })}
        clearable
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
      {deleting && <DeleteTemplateDialog template={deleting} opened onClose={() => setDeleting(null)} onDeleted={() => router.refresh()} />}
    </>
  );
}
