import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

/** One calendar entry as the domain decides it (domain/calendar.ts): stable UID, SEQUENCE, status. */
export interface CalendarEntry {
  uid: string;
  sequence: number;
  cancelled: boolean;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
}

/**
 * Renders an iCalendar (RFC 5545) file. Times are written in UTC (`…Z`), which every client converts to its
 * reader's zone: no VTIMEZONE is needed and none can be wrong. DTSTAMP is the time of the download.
 */
export function renderCalendar(name: string, entries: CalendarEntry[], now: Date): string {
  const calendar = ical({ name, prodId: { company: 'Cursus', product: 'Cursus', language: 'FR' }, method: ICalCalendarMethod.PUBLISH });
  for (const entry of entries) {
    calendar.createEvent({
      id: entry.uid,
      sequence: entry.sequence,
      status: entry.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      start: entry.start,
      end: entry.end,
      stamp: now,
      summary: entry.summary,
      description: entry.description || null,
      location: entry.location,
      url: entry.url,
    });
  }
  return calendar.toString();
}
