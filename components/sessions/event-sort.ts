import { parseAsString } from 'nuqs/server';
import { parseSort, type Sorting } from '../ui/table-state';

/**
 * The session page's events tables' orders in the URL (#7 screen 5): `openSort`, `endedSort`, each a column id
 * with `-` first for descending (empty: the API's default). Plain values, read by the server page and the tables.
 */
export const EVENT_SORT_PARAMS = {
  openSort: parseAsString.withDefault(''),
  endedSort: parseAsString.withDefault(''),
};

/** #8 screen 1: words searched in the events' names (both tables), filtered by the API. */
export const EVENT_SEARCH_PARAMS = {
  eventSearch: parseAsString.withDefault(''),
};

/** The sortable columns and the API order each stands for (each on an index of the session's events). */
export const EVENT_ORDERS = {
  name: { asc: 'NAME_ASC', desc: 'NAME_DESC' },
  start: { asc: 'START_ASC', desc: 'START_DESC' },
  end: { asc: 'END_ASC', desc: 'END_DESC' },
} as const;

export type EventSortColumn = keyof typeof EVENT_ORDERS;
export type EventOrderValue = (typeof EVENT_ORDERS)[EventSortColumn]['asc' | 'desc'];

/** What each table shows unset, as the API orders it: open events soonest first, ended ones latest end first. */
export const DEFAULT_EVENT_SORTS = {
  open: { id: 'start', desc: false },
  ended: { id: 'end', desc: true },
} as const satisfies Record<string, Sorting>;

/** The table's sorting from its URL value; an unknown column falls back to the default. */
export function eventSorting(value: string, fallback: Sorting): Sorting {
  const sorting = parseSort(value, fallback);
  return Object.hasOwn(EVENT_ORDERS, sorting.id) ? sorting : fallback;
}

/** The API order a (known) table sorting stands for. */
export function eventOrder(sorting: Sorting): EventOrderValue {
  const order = EVENT_ORDERS[sorting.id as EventSortColumn];
  return sorting.desc ? order.desc : order.asc;
}
