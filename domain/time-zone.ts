import { badInput } from './errors';
import { ErrorReason } from './error-reasons';

/** The platform's zone for events without a location (domain.md, "Time zones"). */
export const defaultTimeZone = (): string => process.env.DEFAULT_TIME_ZONE || 'Europe/Paris';

// The areas of the IANA database that name places; the others (US/, Canada/, Etc/, SystemV/…) hold legacy aliases.
const PLACE = /^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\//i;
const UTC = /^(Etc\/)?UTC$/i;

/**
 * #6 §11: the one spelling a time zone is stored under. Accepted: UTC (or Etc/UTC) and the names of places,
 * Area/City in one of the geographic areas, in any letter case. Refused with BAD_TIME_ZONE: unknown names and
 * the legacy aliases that name a rule or a country rather than a place (EST5EDT, CET, GMT, US/Eastern, Etc/GMT+5):
 * the zone they stand for today is not what their name says (CET is Brussels' rules), so the user picks the place.
 * Stored: the canonical name of the runtime's time-zone database (ICU), e.g. europe/paris → Europe/Paris. For
 * the few renamed places ICU still gives the older IANA name (Asia/Kolkata → Asia/Calcutta, Europe/Kyiv →
 * Europe/Kiev on Node 20): both are IANA names of the same zone, and one zone gets one stored name.
 */
export function canonicalTimeZone(zone: string | null, field = 'timeZone'): string {
  const refuse = (why: string) => badInput(field, ErrorReason.BAD_TIME_ZONE, `${JSON.stringify(zone)} ${why}`);
  if (typeof zone !== 'string' || !(PLACE.test(zone) || UTC.test(zone)))
    throw refuse('is not a time zone of a place (Area/City, e.g. Europe/Paris) nor UTC');
  try {
    // Luxon computes with the same Intl data, so a zone Intl knows is one luxon computes in.
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw refuse('is not an IANA time zone');
  }
}

export function assertOrdered(start: Date, end: Date, endField: string): void {
  if (end.getTime() < start.getTime()) throw badInput(endField, ErrorReason.END_BEFORE_START, `${endField} is before the start`);
}

/**
 * The zones a user or a location may choose (#8): every zone of the runtime's data that canonicalTimeZone
 * accepts, under its stored name, sorted; UTC first. The screens offer this list instead of a free text.
 */
export function listTimeZones(): string[] {
  const names = new Set<string>();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    if (!PLACE.test(zone)) continue;
    try {
      names.add(canonicalTimeZone(zone));
    } catch {
      // A name the runtime lists but cannot format in: not offered.
    }
  }
  return ['UTC', ...[...names].sort()];
}
