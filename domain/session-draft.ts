import { DateTime } from 'luxon';
import { InscriptionMode, Training } from '../entities';
import { defaultTimeZone } from './time-zone';

/** The values a new session of a training starts with (R2). */
export interface SessionDraft {
  title: string;
  description: string;
  startDate: Date;
  endDate: Date;
  publicRegistration: boolean;
  publicUnregistration: boolean;
  registrationValidation: boolean;
  maxUsers: number | null;
  eventInscriptionMode: InscriptionMode;
  defaultSession: boolean;
}

/**
 * R2: a session is pre-filled from its training. The staff form (through the `sessionDraft` query) and
 * `createSession` (for omitted fields) both call this one function, so they cannot drift apart.
 * start = the chosen date (default now); end = start + the training's default duration in days, counted
 * in calendar days of the platform time zone so a DST change does not shift the end by an hour.
 */
export function sessionDraft(training: Training, now: Date, start?: Date | null): SessionDraft {
  const startDate = start ?? now;
  return {
    title: training.title,
    description: training.description,
    startDate,
    endDate: DateTime.fromJSDate(startDate, { zone: defaultTimeZone() }).plus({ days: training.defaultSessionDays }).toJSDate(),
    publicRegistration: training.publicRegistration,
    publicUnregistration: training.publicUnregistration,
    registrationValidation: training.registrationValidation,
    maxUsers: training.maxUsers,
    eventInscriptionMode: training.eventInscriptionMode,
    defaultSession: false,
  };
}
