import { DateTime } from 'luxon';
import { dateTimeFormat } from '../../lib/date-formats';

/**
 * Dates as the screens show them (#7): in the reader's language and in the zone that applies (the event's
 * location, else the user's), with the zone named. Pure, so server pages format once and hand strings to
 * client tables (no hydration drift between the server's and the browser's Intl data).
 */
export type DateStyle = 'date' | 'dateTime' | 'time' | 'full';

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeStyle: 'short' },
  /** « mardi 1 décembre 2026 à 10:55 », for a date typed in a form. */
  full: { dateStyle: 'full', timeStyle: 'short' },
};

export function formatInstant(locale: string, value: string | Date, timeZone: string, style: DateStyle = 'dateTime'): string {
  return dateTimeFormat(locale, { ...STYLES[style], timeZone }).format(new Date(value));
}

/** The zone's name in the reader's language, e.g. « heure d’Europe centrale », "Réunion Time". */
export function zoneName(locale: string, timeZone: string, at: string | Date = new Date()): string {
  const parts = dateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date(at));
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** « 3 mars 2027, 09:00 (heure d’Europe centrale) ». */
export function formatWithZone(locale: string, value: string | Date, timeZone: string, style: DateStyle = 'dateTime'): string {
  return `${formatInstant(locale, value, timeZone, style)} (${zoneName(locale, timeZone, value)})`;
}

/** An event's end next to its start: its time only when on the start's day (in the same zone), else day and time. */
export function formatEnd(locale: string, start: string | Date, end: string | Date, timeZone: string): string {
  const sameDay = formatInstant(locale, start, timeZone, 'date') === formatInstant(locale, end, timeZone, 'date');
  return formatInstant(locale, end, timeZone, sameDay ? 'time' : 'dateTime');
}

/** A day of a table's URL filter (YYYY-MM-DD) as the instant it starts at in `zone`; null when not a day. */
export function startOfDay(day: string, zone: string, plusDays = 0): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const start = DateTime.fromISO(day, { zone });
  return start.isValid ? start.plus({ days: plusDays }).toUTC().toISO() : null;
}

/** « lundi 9 mars 2026, 09:00 – 12:00 »: a start and an end in one zone, the end's date only when it differs. */
export function formatRange(locale: string, start: string | Date, end: string | Date, timeZone: string, style: DateStyle = 'full'): string {
  return dateTimeFormat(locale, { ...STYLES[style], timeZone }).formatRange(new Date(start), new Date(end));
}
