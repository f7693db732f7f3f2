'use client';

import { type inferParserType, type Options, type ParserMap, useQueryStates } from 'nuqs';
import { useTransition } from 'react';
import { formatSort, parseSort, PAGE_SIZES, Sorting, tableParsers } from './table-state';

/**
 * A table screen's view state, in the URL (#7): the shared sort / size / pages parameters plus the screen's
 * filters. Every change re-renders the server page (`shallow: false`) inside a transition, so `loading` is
 * true until the new rows have arrived; changing the order, the size or a filter goes back to page one.
 */
export function useServerTable<Filters extends ParserMap>(filters: Filters, defaultSort: Sorting) {
  const [loading, startTransition] = useTransition();
  const parsers = { ...tableParsers, ...filters };
  const [state, setState] = useQueryStates(parsers, { shallow: false, startTransition, history: 'push' });
  const values = state as inferParserType<typeof tableParsers> & inferParserType<Filters>;
  const update = (patch: Record<string, unknown>, options?: Options) =>
    (setState as (patch: Record<string, unknown>, options?: Options) => Promise<URLSearchParams>)(patch, options);
  const sorting = parseSort(values.sort, defaultSort);
  const setSorting = (next: Sorting) => update({ sort: formatSort(next), pages: null });
  const setPageSize = (size: (typeof PAGE_SIZES)[number]) => update({ size, pages: null });
  const next = (endCursor: string | null) => endCursor && update({ pages: [...values.pages, endCursor] });
  const previous = () => update({ pages: values.pages.length > 1 ? values.pages.slice(0, -1) : null });
  return {
    values,
    /** The DataTable props of this state for a page of the API (`pageInfo` of its connection). */
    viewProps: (pageInfo: { hasNextPage: boolean; endCursor?: string | null }) => ({
      sorting,
      onSortingChange: setSorting,
      pageIndex: values.pages.length,
      pageSize: values.size,
      hasNextPage: pageInfo.hasNextPage,
      onPrevious: previous,
      onNext: () => next(pageInfo.endCursor ?? null),
      onPageSizeChange: setPageSize,
      loading,
    }),
    /** Sets filters (and goes back to page one); `options` may debounce a search box's updates. */
    setFilters: (patch: { [K in keyof Filters]?: inferParserType<Filters>[K] | null }, options?: Options) => update({ ...patch, pages: null }, options),
  };
}
