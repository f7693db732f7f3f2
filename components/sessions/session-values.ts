import type { InscriptionMode } from '../../graphql-client/graphql';
import { toLocalField } from '../ui/local-date-time';

// Plain values of the sessions screens, shared by the server pages and the client components (a 'use client'
// module's exports other than components reach server components as references, not values).

/** The sessions table's statuses (#7 screen 4). */
export type SessionStatus = 'UPCOMING' | 'ONGOING' | 'ENDED';

/** The status badges' colours, as on the training page (AA contrast on the light variant). */
export const STATUS_COLOR: Record<SessionStatus, string> = { UPCOMING: 'cursus', ONGOING: 'green', ENDED: 'gray' };

export interface SessionFormValues {
  title: string;
  description: string;
  /** `datetime-local` values in the viewer's zone. */
  startDate: string;
  endDate: string;
  defaultSession: boolean;
  publicRegistration: boolean;
  publicUnregistration: boolean;
  registrationValidation: boolean;
  maxUsers: number | string;
  eventInscriptionMode: InscriptionMode;
  /** #9 §4: hours before the start after which the waiting list is no longer promoted by itself; '' for none. */
  promotionCutoffHours: number | string;
  /** #9 §2: `datetime-local` in the viewer's zone; '' for none. */
  registrationClosesAt: string;
}

/** What the API gives for a form: `sessionDraft` for a new session (R2), the session itself for an edit. */
export interface SessionFormSource {
  title: string;
  description: string;
  startDate: string;
  endDate: string;
  defaultSession: boolean;
  publicRegistration: boolean;
  publicUnregistration: boolean;
  registrationValidation: boolean;
  maxUsers?: number | null;
  eventInscriptionMode: InscriptionMode;
  promotionCutoffHours?: number | null;
  registrationClosesAt?: string | null;
}

/** The form's values for what the API gave, dates in `zone`; nothing is computed here (R2 is the API's). */
export function sessionFormValues(source: SessionFormSource, zone: string): SessionFormValues {
  return {
    title: source.title,
    description: source.description,
    startDate: toLocalField(source.startDate, zone),
    endDate: toLocalField(source.endDate, zone),
    defaultSession: source.defaultSession,
    publicRegistration: source.publicRegistration,
    publicUnregistration: source.publicUnregistration,
    registrationValidation: source.registrationValidation,
    maxUsers: source.maxUsers ?? '',
    eventInscriptionMode: source.eventInscriptionMode,
    promotionCutoffHours: source.promotionCutoffHours ?? '',
    registrationClosesAt: source.registrationClosesAt ? toLocalField(source.registrationClosesAt, zone) : '',
  };
}
