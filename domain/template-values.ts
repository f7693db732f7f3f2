import { DateTime } from 'luxon';
import { AttendanceStatus, TemplateKind } from '../entities';
import { dateTimeFormat } from '../lib/date-formats';
import { AttendanceOutcomeKind } from './attendance-outcome';

/** A document's language: a template's locale, else the reader's. */
export type DocumentLocale = 'fr' | 'en';

export const documentLocale = (value: string | null | undefined): DocumentLocale => (value === 'en' ? 'en' : 'fr');

/** One event as a document shows it, with the reader's attendance when the document says it. */
export interface DocumentEvent {
  name: string;
  description: string;
  startAt: Date;
  endAt: Date;
  /** The location's IANA zone, else the platform default (domain.md, "Time zones"). */
  timeZone: string;
  location: { name: string; address: string } | null;
  locationExtra: string;
  trainers: string[];
  status: AttendanceStatus | null;
}

/**
 * What a document is about, before it is put in words: loaded from the database (template-data.ts) or made up
 * for the preview (template-sample.ts). Every placeholder of the registry is computed from this alone.
 */
export interface DocumentData {
  learner: { firstName: string; lastName: string; email: string };
  organisation: string;
  training: { title: string; code: string; description: string; objectives: string };
  session: { title: string; description: string; startDate: Date; endDate: Date };
  /** The zone the session's dates are shown in: its first event's. */
  sessionTimeZone: string;
  /** The event's trainers, else (no event, or none) the session's. */
  trainers: string[];
  event: DocumentEvent | null;
  /** The `events` loop, by start. */
  events: DocumentEvent[];
  /** Hours from sessionAttendanceOutcomes (or the event alone, for an event certificate). */
  hours: { attended: number; scheduled: number; outcome: AttendanceOutcomeKind } | null;
  message: string;
  now: Date;
}

const STATUS: Record<DocumentLocale, Record<AttendanceStatus, string>> = {
  fr: { UNKNOWN: 'non renseignée', PRESENT: 'présent(e)', ABSENT_EXCUSED: 'absence excusée', ABSENT_UNEXCUSED: 'absence non excusée' },
  en: { UNKNOWN: 'not recorded', PRESENT: 'present', ABSENT_EXCUSED: 'excused absence', ABSENT_UNEXCUSED: 'unexcused absence' },
};

const OUTCOME: Record<DocumentLocale, Record<AttendanceOutcomeKind, string>> = {
  fr: { FULL: 'totale', PARTIAL: 'partielle', NONE: 'nulle' },
  en: { FULL: 'full', PARTIAL: 'partial', NONE: 'none' },
};

const at = (instant: Date, zone: string, locale: DocumentLocale) => DateTime.fromJSDate(instant, { zone }).setLocale(locale);

/** The zone's name in the reader's language at that instant ("heure d’Europe centrale", "Eastern Time"). */
export function zoneName(instant: Date, zone: string, locale: DocumentLocale): string {
  const format = dateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' });
  return format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

const day = (instant: Date, zone: string, locale: DocumentLocale) => at(instant, zone, locale).toLocaleString(DateTime.DATE_HUGE);
const time = (instant: Date, zone: string, locale: DocumentLocale) => at(instant, zone, locale).toLocaleString(DateTime.TIME_SIMPLE);
const dateTime = (instant: Date, zone: string, locale: DocumentLocale) =>
  `${day(instant, zone, locale)} ${locale === 'fr' ? 'à' : 'at'} ${time(instant, zone, locale)}`;

/** Memoizes `words` under a key, in a map of its own. */
function memoized<T>(words: (...args: [Date, Date, string, DocumentLocale]) => T) {
  const memo = new Map<string, T>();
  return (from: Date, to: Date, zone: string, locale: DocumentLocale) => {
    const key = `${from.getTime()}|${to.getTime()}|${zone}|${locale}`;
    let value = memo.get(key);
    if (value === undefined) memo.set(key, (value = words(from, to, zone, locale)));
    return value;
  };
}

/**
 * Dates in words, each span (start, end, zone, language) worked out once: hundreds of documents of one run show
 * the same sessions' and events' dates, and luxon's zone arithmetic was most of their rendering time. One per
 * run of documents (renderDocuments), so that nothing outlives it.
 */
export function dateWords() {
  return {
    /** A session's dates and the zone they are in. */
    session: memoized((start, end, zone, locale) => ({
      startDate: at(start, zone, locale).toLocaleString(DateTime.DATE_FULL),
      endDate: at(end, zone, locale).toLocaleString(DateTime.DATE_FULL),
      timeZone: zoneName(start, zone, locale),
    })),
    /** An event's. */
    event: memoized((start, end, zone, locale) => ({
      date: day(start, zone, locale),
      startAt: dateTime(start, zone, locale),
      endAt: dateTime(end, zone, locale),
      startTime: time(start, zone, locale),
      endTime: time(end, zone, locale),
      timeZone: zoneName(start, zone, locale),
    })),
    /** A day in words, as `today` says it. */
    date: memoized((instant, _same, zone, locale) => at(instant, zone, locale).toLocaleString(DateTime.DATE_FULL)),
  };
}

export type DateWords = ReturnType<typeof dateWords>;

/** Hours as a certificate writes them: "3 h", "10 h 30" (fr), "10 h 30 min" (en). */
export function formatHours(hours: number, locale: DocumentLocale): string {
  const minutes = Math.round(hours * 60);
  const [h, m] = [Math.floor(minutes / 60), minutes % 60];
  if (!m) return `${h} h`;
  return locale === 'fr' ? `${h} h ${String(m).padStart(2, '0')}` : `${h} h ${m} min`;
}

const hoursOf = (event: Pick<DocumentEvent, 'startAt' | 'endAt'>) => (event.endAt.getTime() - event.startAt.getTime()) / 3_600_000;

const names = (list: string[]) => list.join(', ');

function eventFields(event: DocumentEvent | null, locale: DocumentLocale, words: DateWords) {
  if (!event)
    return { name: '', description: '', date: '', startAt: '', endAt: '', startTime: '', endTime: '', timeZone: '', duration: '', locationExtra: '' };
  return {
    name: event.name,
    description: event.description,
    ...words.event(event.startAt, event.endAt, event.timeZone, locale),
    duration: formatHours(hoursOf(event), locale),
    locationExtra: event.locationExtra,
  };
}

function loopItem(event: DocumentEvent, locale: DocumentLocale, words: DateWords) {
  const fields = eventFields(event, locale, words);
  return {
    name: fields.name,
    date: fields.date,
    startAt: fields.startAt,
    endAt: fields.endAt,
    startTime: fields.startTime,
    endTime: fields.endTime,
    timeZone: fields.timeZone,
    hours: fields.duration,
    location: event.location?.name ?? '',
    address: event.location?.address ?? '',
    locationExtra: event.locationExtra,
    trainers: names(event.trainers),
    attendance: STATUS[locale][event.status ?? AttendanceStatus.UNKNOWN],
    attendedHours: formatHours(event.status === AttendanceStatus.PRESENT ? hoursOf(event) : 0, locale),
  };
}

/**
 * The Mustache view of a document: every placeholder of the registry (template-placeholders.ts) under its
 * dotted name, as the plain text it stands for; dates in the event's zone and in `locale`. Escaping is the
 * renderer's (template-render.ts), so the same view gives the HTML and the text. `words` is shared by the
 * documents of one run.
 */
export function documentView(data: DocumentData, locale: DocumentLocale, kind: TemplateKind, words: DateWords = dateWords()) {
  const sessionZone = data.sessionTimeZone;
  // The event certificate's status is the event's; in the loop, each event's.
  const status = data.event?.status ?? AttendanceStatus.UNKNOWN;
  return {
    learner: data.learner,
    organisation: { name: data.organisation },
    training: data.training,
    session: {
      title: data.session.title,
      description: data.session.description,
      ...words.session(data.session.startDate, data.session.endDate, sessionZone, locale),
    },
    trainers: names(data.trainers),
    today: words.date(data.now, data.now, sessionZone, locale),
    event: eventFields(data.event, locale, words),
    location: { name: data.event?.location?.name ?? '', address: data.event?.location?.address ?? '' },
    attendance: kind === TemplateKind.ATTENDANCE_CERTIFICATE ? STATUS[locale][status] : '',
    attendedHours: data.hours ? formatHours(data.hours.attended, locale) : '',
    scheduledHours: data.hours ? formatHours(data.hours.scheduled, locale) : '',
    outcome: data.hours ? OUTCOME[locale][data.hours.outcome] : '',
    message: data.message,
    events: data.events.map((event) => loopItem(event, locale, words)),
  };
}
