'use client';

import { Box, Group, NativeSelect, Paper, Skeleton, Table, Text, UnstyledButton, VisuallyHidden, Button } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { ColumnDef, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { Fragment, type ReactNode } from 'react';
import { PAGE_SIZES, Sorting } from './table-state';

/** What a column may say about itself (TanStack's `meta`). */
declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    /** Text for the header's sort button and screen readers, when the header is not a plain string. */
    label?: string;
    align?: 'left' | 'right' | 'center';
    /** Hidden below this width (e.g. on a 768 px tablet). */
    visibleFrom?: 'sm' | 'md' | 'lg';
  }
}

export interface DataTableProps<Row> {
  /** Names the table for assistive technologies (its caption). */
  label: string;
  columns: ColumnDef<Row, unknown>[];
  rows: Row[];
  getRowId: (row: Row) => string;
  totalCount: number;
  /** The sorted column (ids of sortable columns are the API's sort keys), or null when unsorted. */
  sorting: Sorting | null;
  onSortingChange: (sorting: Sorting) => void;
  pageIndex: number;
  pageSize: number;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSizeChange: (size: (typeof PAGE_SIZES)[number]) => void;
  /** A server round trip is under way (nuqs' transition): rows become skeletons. */
  loading: boolean;
  /** Shown instead of rows when there are none: say what to do next. */
  empty: ReactNode;
  /** Filters and search above the table. */
  toolbar?: ReactNode;
  /**
   * Content shown under a row, across the whole width, while the screen has that row open (#7 screen 4: a
   * session's events); null for a closed row. The screen keeps which rows are open.
   */
  renderExpanded?: (row: Row) => ReactNode | null;
}

const ariaSort = (sorting: Sorting | null, id: string) =>
  sorting?.id === id ? (sorting.desc ? 'descending' : 'ascending') : undefined;

/**
 * The one table of the management area (#7), on TanStack Table v8 driven by the server: sorting and paging
 * happen in the API (manualSorting, manualPagination, rowCount); the screen keeps the state in the URL
 * (components/ui/table-state.ts). Sortable headers are buttons, `aria-sort` is on the sorted header only,
 * the result count is announced, and an empty result says what to do.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const t = useTranslations('table');
  const { columns, rows, sorting, totalCount, pageIndex, pageSize, loading } = props;
  const table = useReactTable({
    data: rows,
    columns,
    getRowId: props.getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    rowCount: totalCount,
    defaultColumn: { enableSorting: false },
    state: { sorting: sorting ? [sorting] : [], pagination: { pageIndex, pageSize } },
  });
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  const visibleColumns = table.getVisibleLeafColumns();

  const toggle = (id: string) =>
    props.onSortingChange({ id, desc: sorting?.id === id ? !sorting.desc : false });

  return (
    <Paper p={0} className="data-table">
      {props.toolbar && (
        <Box p="md" className="data-table-toolbar">
          {props.toolbar}
        </Box>
      )}
      <Group justify="space-between" px="md" py="xs" className="data-table-status">
        <Text size="sm" fw={600} aria-live="polite" aria-atomic="true">
          {loading ? t('loading') : t('resultCount', { count: totalCount })}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={640} type="native">
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-busy={loading}>
          <caption>
            <VisuallyHidden>{props.label}</VisuallyHidden>
          </caption>
          <Table.Thead>
            {table.getHeaderGroups().map((group) => (
              <Table.Tr key={group.id}>
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta;
                  const label = meta?.label ?? String(header.column.columnDef.header ?? header.id);
                  const sorted = ariaSort(sorting, header.column.id);
                  const SortIcon = sorted === 'ascending' ? IconArrowUp : sorted === 'descending' ? IconArrowDown : IconArrowsSort;
                  return (
                    <Table.Th key={header.id} aria-sort={sorted} ta={meta?.align} visibleFrom={meta?.visibleFrom} scope="col">
                      {header.column.columnDef.enableSorting ? (
                        <UnstyledButton onClick={() => toggle(header.column.id)} className="sort-button" data-sorted={sorted ?? undefined}>
                          <Group gap={4} wrap="nowrap" component="span">
                            <span>{flexRender(header.column.columnDef.header, header.getContext())}</span>
                            <SortIcon size={14} aria-hidden />
                            <VisuallyHidden>
                              {sorted ? `, ${t(sorted === 'ascending' ? 'sortedAscending' : 'sortedDescending')}` : `, ${t('sortBy', { column: label })}`}
                            </VisuallyHidden>
                          </Group>
                        </UnstyledButton>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Thead>
          <Table.Tbody>
            {loading
              ? Array.from({ length: Math.min(pageSize, Math.max(rows.length, 3)) }, (_, index) => (
                  <Table.Tr key={`skeleton-${index}`} aria-hidden>
                    {visibleColumns.map((column) => (
                      <Table.Td key={column.id} visibleFrom={column.columnDef.meta?.visibleFrom}>
                        <Skeleton height={14} radius="sm" />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))
              : table.getRowModel().rows.map((row) => {
                  const expanded = props.renderExpanded?.(row.original) ?? null;
                  return (
                    <Fragment key={row.id}>
                      <Table.Tr>
                        {row.getVisibleCells().map((cell) => (
                          <Table.Td key={cell.id} ta={cell.column.columnDef.meta?.align} visibleFrom={cell.column.columnDef.meta?.visibleFrom}>
                            {flexRender(cell.column.columnDef.cell, cell.getContext())}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                      {expanded !== null && (
                        <Table.Tr className="data-table-expanded">
                          <Table.Td colSpan={visibleColumns.length}>{expanded}</Table.Td>
                        </Table.Tr>
                      )}
                    </Fragment>
                  );
                })}
            {!loading && rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={visibleColumns.length}>{props.empty}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" p="md" gap="md" className="data-table-footer">
        <NativeSelect
          label={t('pageSize')}
          size="xs"
          w={140}
          data={PAGE_SIZES.map(String)}
          value={String(pageSize)}
          onChange={(event) => props.onPageSizeChange(Number(event.currentTarget.value) as (typeof PAGE_SIZES)[number])}
        />
        <Group gap="sm" component="nav" aria-label={t('pagination')}>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconChevronLeft size={14} aria-hidden />}
            disabled={pageIndex === 0 || loading}
            onClick={props.onPrevious}
          >
            {t('previous')}
          </Button>
          <Text size="sm">{t('page', { page: pageIndex + 1, pages })}</Text>
          <Button
            variant="default"
            size="xs"
            rightSection={<IconChevronRight size={14} aria-hidden />}
            disabled={!props.hasNextPage || loading}
            onClick={props.onNext}
          >
            {t('next')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
