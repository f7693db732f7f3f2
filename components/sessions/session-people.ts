/**
 * A session's people as the server page hands them to the client tabs (#7 screen 5): plain JSON, dates
 * already formatted in the viewer's zone. Not a client module, so server pages may import it.
 */
export type InscriptionStateName = 'PENDING' | 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED';

export interface PersonRow {
  inscriptionId: string;
  userId: string;
  name: string;
  email: string | null;
  state: InscriptionStateName;
  /** Place on the waiting list (1 = next), from the API (R6). */
  position: number | null;
  /** When the registration was made, formatted. */
  date: string;
}

/** A list as the page shows it: its rows (the API's order) and how many there are in all. */
export interface PeopleList {
  rows: PersonRow[];
  totalCount: number;
}

/** The tabs of the session page, in the URL as ?tab= (the first is the default). */
export const SESSION_TABS = ['learners', 'trainers', 'events', 'attendance'] as const;
export type SessionTab = (typeof SESSION_TABS)[number];
