import { parseAsArrayOf, parseAsNumberLiteral, parseAsString } from 'nuqs/server';

/** Page sizes offered by every table (the API allows up to 100). */
export const PAGE_SIZES = [10, 20, 50, 100] as const;

/**
 * The URL query parameters every server-driven table has (#7: a link or a reload gives the same view):
 * - `sort`: a column id, `-` first for descending (empty: the screen's default order);
 * - `size`: rows per page;
 * - `pages`: the cursors of the pages before this one (keyset pagination: "previous" pops one, "next" pushes
 *   the API's endCursor), so the current page's `after` is the last one.
 * Screens add their filters next to these (e.g. `q`, `org`) and read them all on the server with
 * nuqs' createLoader.
 */
export const tableParsers = {
  sort: parseAsString.withDefault(''),
  size: parseAsNumberLiteral(PAGE_SIZES).withDefault(20),
  pages: parseAsArrayOf(parseAsString, '~').withDefault([]),
};

export interface Sorting {
  id: string;
  desc: boolean;
}

/** `-title` → { id: 'title', desc: true }; empty → the default. */
export function parseSort(value: string, fallback: Sorting): Sorting {
  if (!value) return fallback;
  return value.startsWith('-') ? { id: value.slice(1), desc: true } : { id: value, desc: false };
}

export const formatSort = (sorting: Sorting) => `${sorting.desc ? '-' : ''}${sorting.id}`;

/** The `after` argument of the current page. */
export const afterCursor = (pages: string[]) => (pages.length ? pages[pages.length - 1] : null);
