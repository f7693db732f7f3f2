import { DateTime } from 'luxon';

/**
 * Instants typed in a form (#7): a `datetime-local` field holds a wall-clock time with no zone
 * ("2027-03-01T09:00"); these read and write it in the zone the screen names (the viewer's, or an event's
 * location's), whatever zone the browser runs in. Minutes are the finest step a form offers.
 */
const FIELD_FORMAT = "yyyy-MM-dd'T'HH:mm";

/** The field's value for an instant, in `zone`. */
export function toLocalField(instant: string, zone: string): string {
  return DateTime.fromISO(instant, { zone }).toFormat(FIELD_FORMAT);
}

/**
 * The UTC instant a field's value means in `zone`, or null for an empty or incomplete field (the API then
 * refuses it, naming the field). A time that a DST change skips moves forward, as the clocks do.
 */
export function fromLocalField(value: string, zone: string): string | null {
  if (!value) return null;
  const local = DateTime.fromISO(value, { zone });
  return local.isValid ? local.toUTC().toISO() : null;
}
