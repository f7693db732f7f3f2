import { createLoader, parseAsString, parseAsStringLiteral } from 'nuqs/server';
import { tableParsers } from '../../../../components/ui/table-state';

export const EVENT_STATES = ['open', 'ended'] as const;

/**
 * The events table's filters (#8 screen 5): open or ended (R4, decided by the API), a range of start days
 * (`from`, `to`: YYYY-MM-DD in the viewer's zone, inclusive), a location, a trainer, words in the name.
 */
export const eventFilters = {
  q: parseAsString.withDefault(''),
  state: parseAsStringLiteral(EVENT_STATES),
  from: parseAsString.withDefault(''),
  to: parseAsString.withDefault(''),
  location: parseAsString.withDefault(''),
  trainer: parseAsString.withDefault(''),
};

/** Reads the table's whole view (order, size, pages, filters) from the URL, on the server. */
export const loadEventsView = createLoader({ ...tableParsers, ...eventFilters });

/** Soonest start first. */
export const DEFAULT_EVENTS_SORT = { id: 'start', desc: false };
