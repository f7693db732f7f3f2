import { DateTime } from 'luxon';
import type { SessionFilter } from '../../../graphql-client/graphql';

/** The catalogue's view as the URL keeps it (#9 §1): a shared or reloaded link shows the same page. */
export interface CatalogueView {
  q: string;
  org: string;
  loc: string;
  /** Local dates (YYYY-MM-DD) of the period, in the reader's zone. */
  from: string;
  to: string;
  seats: boolean;
  after: string;
}

type Params = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
const localDate = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid ? value : '');
const id = (value: string) => (/^\d{1,15}$/.test(value) ? value : '');

export function readView(params: Params): CatalogueView {
  return {
    q: one(params.q).slice(0, 255),
    org: id(one(params.org)),
    loc: id(one(params.loc)),
    from: localDate(one(params.from)),
    to: localDate(one(params.to)),
    seats: one(params.seats) === '1',
    after: one(params.after).slice(0, 2400),
  };
}

/**
 * The API's session filter for a view: open sessions (R4: not ended) starting within the period. The period's
 * days are the reader's (their zone), from the first day's midnight to the end of the last day.
 */
export function sessionFilter(view: CatalogueView, timeZone: string): SessionFilter {
  const startOf = (date: string) => DateTime.fromISO(date, { zone: timeZone }).startOf('day');
  return {
    ended: false,
    ...(view.from && { startsAfter: startOf(view.from).toUTC().toISO() }),
    ...(view.to && { startsBefore: startOf(view.to).plus({ days: 1 }).toUTC().toISO() }),
    ...(view.loc && { locationId: view.loc }),
    ...(view.seats && { withSeatsLeft: true }),
  };
}

/** The URL of a view (empty fields left out), e.g. for the next page. */
export function viewHref(view: CatalogueView, changes: Partial<CatalogueView> = {}): string {
  const next = { ...view, ...changes };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) {
    if (value === true) query.set(key, '1');
    else if (typeof value === 'string' && value) query.set(key, value);
  }
  const text = query.toString();
  return text ? `/catalogue?${text}` : '/catalogue';
}

export const hasFilters = (view: CatalogueView) => Boolean(view.q || view.org || view.loc || view.from || view.to || view.seats);
