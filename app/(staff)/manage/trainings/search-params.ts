import { createLoader, parseAsString } from 'nuqs/server';
import { tableParsers } from '../../../../components/ui/table-state';

/** The trainings table's filters (#7): words in the title or code, one organisation. */
export const trainingFilters = {
  q: parseAsString.withDefault(''),
  org: parseAsString.withDefault(''),
};

/** Reads the table's whole view (order, size, pages, filters) from the URL, on the server. */
export const loadTrainingsView = createLoader({ ...tableParsers, ...trainingFilters });

/** The table's sortable columns and the API order each stands for. */
export const TRAINING_ORDERS = {
  title: { asc: 'TITLE_ASC', desc: 'TITLE_DESC' },
  code: { asc: 'CODE_ASC', desc: 'CODE_DESC' },
} as const;

export const DEFAULT_TRAINING_SORT = { id: 'title', desc: false };
