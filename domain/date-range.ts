import { DateTime } from 'luxon';
import { badInput } from './errors';
import { ErrorReason } from './error-reasons';

/**
 * #6 §10: the one range of dates Cursus accepts, years 1900 to 2199 inclusive: instants from
 * 1900-01-01T00:00:00.000Z to 2199-12-31T23:59:59.999Z, local dates from 1900-01-01 to 2199-12-31. Both databases
 * store every instant of it exactly (MySQL's DATETIME starts at year 1000, and year 0 came back as 2000), and
 * whatever a rule adds to an accepted date (a default duration, a repetition of at most 52 weeks) stays far from
 * the years where a database or luxon would fail; every result is checked against the range again.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;
export const EARLIEST_INSTANT = new Date(Date.UTC(FIRST_YEAR, 0, 1));
export const LATEST_INSTANT = new Date(Date.UTC(LAST_YEAR + 1, 0, 1) - 1);

/** How the range reads in messages and schema descriptions. */
export const DATE_RANGE_TEXT = `years ${FIRST_YEAR} to ${LAST_YEAR}`;

export const inDateRange = (instant: Date): boolean =>
  !Number.isNaN(instant.getTime()) && instant.getTime() >= EARLIEST_INSTANT.getTime() && instant.getTime() <= LATEST_INSTANT.getTime();

const outOfRange = (field: string, what: string) =>
  badInput(field, ErrorReason.DATE_OUT_OF_RANGE, `${what} must lie in ${DATE_RANGE_TEXT}`);

/** Refuses an instant outside the range; `what` says which value it is when it was computed from `field`. */
export function assertInDateRange(instant: Date | null | undefined, field: string, what = field): void {
  if (instant != null && !inDateRange(instant)) throw outOfRange(field, what);
}

/** Refuses a local date (YYYY-MM-DD) whose year lies outside the range. */
export function assertLocalDateInRange(date: DateTime, field: string): void {
  if (date.isValid && (date.year < FIRST_YEAR || date.year > LAST_YEAR)) throw outOfRange(field, field);
}
