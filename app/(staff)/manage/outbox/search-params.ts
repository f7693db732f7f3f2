import { createLoader, parseAsString } from 'nuqs/server';
import { tableParsers } from '../../../../components/ui/table-state';

/** The outbox table's filters (#10 §8): one state, words in the recipient's address or name. */
export const outboxFilters = {
  q: parseAsString.withDefault(''),
  state: parseAsString.withDefault(''),
};

export const loadOutboxView = createLoader({ ...tableParsers, ...outboxFilters });

/** The API lists the outbox newest first only: the one order, shown on the queued-at column. */
export const OUTBOX_SORT = { id: 'createdAt', desc: true };
