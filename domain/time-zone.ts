import { IANAZone } from 'luxon';
import { badInput } from './errors';
import { ErrorReason } from './error-reasons';

/** The platform's zone for events without a location (domain.md, "Time zones"). */
export const defaultTimeZone = (): string => process.env.DEFAULT_TIME_ZONE || 'Europe/Paris';

export function assertTimeZone(zone: string, field = 'timeZone'): void {
  if (!IANAZone.isValidZone(zone)) throw badInput(field, ErrorReason.BAD_TIME_ZONE, `${zone} is not an IANA time zone`);
}

export function assertOrdered(start: Date, end: Date, endField: string): void {
  if (end.getTime() < start.getTime()) throw badInput(endField, ErrorReason.END_BEFORE_START, `${endField} is before the start`);
}
