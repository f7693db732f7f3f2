import { createLoader, parseAsString, parseAsStringLiteral } from 'nuqs/server';
import { tableParsers } from '../../../../components/ui/table-state';

export const SESSION_STATUSES = ['UPCOMING', 'ONGOING', 'ENDED'] as const;

/**
 * The sessions table's filters (#7 screen 4): words in the session's or training's title, one training, a
 * derived status (R4), and a range of start days (`from`, `to`: YYYY-MM-DD in the viewer's zone, inclusive).
 */
export const sessionFilters = {
  q: parseAsString.withDefault(''),
  training: parseAsString.withDefault(''),
  status: parseAsStringLiteral(SESSION_STATUSES),
  from: parseAsString.withDefault(''),
  to: parseAsString.withDefault(''),
};

/** Reads the table's whole view (order, size, pages, filters) from the URL, on the server. */
export const loadSessionsView = createLoader({ ...tableParsers, ...sessionFilters });

/** The table's sortable columns and the API order each stands for (each on an index, #7). */
export const SESSION_ORDERS = {
  training: { asc: 'TRAINING_ASC', desc: 'TRAINING_DESC' },
  title: { asc: 'TITLE_ASC', desc: 'TITLE_DESC' },
  start: { asc: 'START_DATE_ASC', desc: 'START_DATE_DESC' },
  end: { asc: 'END_DATE_ASC', desc: 'END_DATE_DESC' },
  status: { asc: 'STATUS_ASC', desc: 'STATUS_DESC' },
  learners: { asc: 'LEARNERS_ASC', desc: 'LEARNERS_DESC' },
  capacity: { asc: 'CAPACITY_ASC', desc: 'CAPACITY_DESC' },
  pending: { asc: 'PENDING_ASC', desc: 'PENDING_DESC' },
} as const;

/** Upcoming first (soonest), then ongoing, then ended: what a manager works on comes first. */
export const DEFAULT_SESSION_SORT = { id: 'status', desc: false };
