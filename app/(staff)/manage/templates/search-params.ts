import { createLoader, parseAsString } from 'nuqs/server';
import { tableParsers } from '../../../../components/ui/table-state';

/** The templates table's filters: words in the name or subject, one kind. */
export const templateFilters = {
  q: parseAsString.withDefault(''),
  kind: parseAsString.withDefault(''),
};

/** Reads the table's whole view (order, size, pages, filters) from the URL, on the server. */
export const loadTemplatesView = createLoader({ ...tableParsers, ...templateFilters });

/** The table's sortable columns and the API order each stands for. */
export const TEMPLATE_ORDERS = {
  name: { asc: 'NAME_ASC', desc: 'NAME_DESC' },
  updatedAt: { asc: 'UPDATED_ASC', desc: 'UPDATED_DESC' },
} as const;

export const DEFAULT_TEMPLATE_SORT = { id: 'name', desc: false };
