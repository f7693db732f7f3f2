import { dateTimeFormat } from '../../lib/date-formats';

/**
 * Date ranges as the catalogue shows them, in the reader's language and the zone that applies (Intl's
 * formatRange writes « 3–5 mars 2027 » or « lundi 7 décembre 2026, 09:00 – 17:00 »). Pure: the server formats.
 */
export function formatDateRange(locale: string, start: string, end: string, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone }).formatRange(new Date(start), new Date(end));
}

export function formatTimeRange(locale: string, start: string, end: string, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).formatRange(new Date(start), new Date(end));
}

/** The zone a session's dates are shown in: its locations' when they share one, else the reader's. */
export function sessionZone(locations: readonly { timeZone: string }[], readerZone: string): string {
  const zones = new Set(locations.map((l) => l.timeZone));
  return zones.size === 1 ? [...zones][0] : readerZone;
}
