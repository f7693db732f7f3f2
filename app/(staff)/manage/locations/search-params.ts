import { createLoader, parseAsString } from 'nuqs/server';
import { tableParsers } from '../../../../components/ui/table-state';

/** The locations table's filter: words in the name or the address. */
export const locationFilters = {
  q: parseAsString.withDefault(''),
};

/** Reads the table's whole view (order, size, pages, search) from the URL, on the server. */
export const loadLocationsView = createLoader({ ...tableParsers, ...locationFilters });

/** The table's sortable columns and the API order each stands for. */
export const LOCATION_ORDERS = {
  name: { asc: 'NAME_ASC', desc: 'NAME_DESC' },
  timeZone: { asc: 'TIME_ZONE_ASC', desc: 'TIME_ZONE_DESC' },
} as const;

export const DEFAULT_LOCATION_SORT = { id: 'name', desc: false };
