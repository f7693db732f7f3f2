import { DateTime } from 'luxon';
import { AttendanceMethod, AttendanceStatus, InscriptionRole, InscriptionState } from '../entities';
import type { Locale } from '../lib/locale';
import { AttendanceOutcomeKind } from './attendance-outcome';
import type { HalfDayPart } from './half-days';

/**
 * The words of the documents Cursus generates itself (#10 §3 sign-in sheets, §7 exports), in the reader's
 * language. They are file content, not screen text, so they live with the code that writes the files; the
 * `Record<Locale, …>` type makes a missing English or French word a compile error.
 */
interface DocumentWords {
  signInSheet: string;
  training: string;
  session: string;
  event: string;
  date: string;
  location: string;
  trainers: string;
  none: string;
  learner: string;
  organisation: string;
  halfDay: Record<HalfDayPart, string>;
  blankNote: string;
  filledNote: string;
  trainerCountersignature: string;
  trainer: string;
  noLearners: string;
  status: Record<AttendanceStatus, string>;
  method: Record<AttendanceMethod, string>;
  recorded: (status: string, by: string, at: string, method: string) => string;
  unknownPerson: string;
  comment: (text: string) => string;
  correction: (reason: string) => string;
  validated: (by: string, at: string) => string;
  notValidated: string;
  generated: (at: string) => string;
  zone: (zone: string) => string;
  /** Exports (#10 §7). */
  columns: { lastName: string; firstName: string; email: string; organisation: string; role: string; state: string; attendance: string; attendedHours: string; scheduledHours: string };
  role: Record<InscriptionRole, string>;
  state: Record<InscriptionState, string>;
  outcome: Record<AttendanceOutcomeKind, string>;
  registrants: string;
}

export const DOCUMENT_WORDS: Record<Locale, DocumentWords> = {
  fr: {
    signInSheet: "Feuille d'émargement",
    training: 'Formation',
    session: 'Session',
    event: 'Séance',
    date: 'Date et horaires',
    location: 'Lieu',
    trainers: 'Formateurs',
    none: '—',
    learner: 'Apprenant',
    organisation: 'Organisation',
    halfDay: { MORNING: 'Matin', AFTERNOON: 'Après-midi' },
    blankNote: 'Chaque apprenant signe à chaque demi-journée ; les formateurs contresignent en fin de feuille.',
    filledNote: "Émargement tel qu'enregistré dans Cursus : statut, qui l'a enregistré, quand et comment.",
    trainerCountersignature: 'Contre-signature des formateurs',
    trainer: 'Formateur',
    noLearners: 'Aucun apprenant inscrit à cette séance.',
    status: { UNKNOWN: 'Non renseigné', PRESENT: 'Présent', ABSENT_EXCUSED: 'Absent excusé', ABSENT_UNEXCUSED: 'Absent non excusé' },
    method: { STAFF: 'par le personnel', SELF: 'auto-émargement' },
    recorded: (status, by, at, method) => `${status} — enregistré par ${by} le ${at} (${method})`,
    unknownPerson: 'compte supprimé',
    comment: (text) => `Commentaire : ${text}`,
    correction: (reason) => `Correction après validation : ${reason}`,
    validated: (by, at) => `Émargement validé par ${by} le ${at}.`,
    notValidated: "Émargement non validé à l'édition de ce document.",
    generated: (at) => `Édité le ${at}.`,
    zone: (zone) => `fuseau ${zone}`,
    columns: {
      lastName: 'Nom',
      firstName: 'Prénom',
      email: 'E-mail',
      organisation: 'Organisation',
      role: 'Rôle',
      state: 'État',
      attendance: 'Présence',
      attendedHours: 'Heures suivies',
      scheduledHours: 'Heures prévues',
    },
    role: { LEARNER: 'Apprenant', TRAINER: 'Formateur' },
    state: { PENDING: 'En attente de validation', WAITLISTED: "Liste d'attente", CONFIRMED: 'Confirmé', CANCELLED: 'Annulé' },
    outcome: { FULL: 'Complète', PARTIAL: 'Partielle', NONE: 'Aucune' },
    registrants: 'Inscrits',
  },
  en: {
    signInSheet: 'Sign-in sheet',
    training: 'Training',
    session: 'Session',
    event: 'Event',
    date: 'Date and times',
    location: 'Location',
    trainers: 'Trainers',
    none: '—',
    learner: 'Learner',
    organisation: 'Organisation',
    halfDay: { MORNING: 'Morning', AFTERNOON: 'Afternoon' },
    blankNote: 'Each learner signs for each half-day; the trainers countersign at the end of the sheet.',
    filledNote: 'Attendance as recorded in Cursus: status, who recorded it, when and how.',
    trainerCountersignature: 'Trainers’ countersignature',
    trainer: 'Trainer',
    noLearners: 'No learner is registered to this event.',
    status: { UNKNOWN: 'Not recorded', PRESENT: 'Present', ABSENT_EXCUSED: 'Absent (excused)', ABSENT_UNEXCUSED: 'Absent (unexcused)' },
    method: { STAFF: 'by staff', SELF: 'self check-in' },
    recorded: (status, by, at, method) => `${status} — recorded by ${by} on ${at} (${method})`,
    unknownPerson: 'deleted account',
    comment: (text) => `Comment: ${text}`,
    correction: (reason) => `Corrected after validation: ${reason}`,
    validated: (by, at) => `Attendance validated by ${by} on ${at}.`,
    notValidated: 'Attendance not validated when this document was produced.',
    generated: (at) => `Produced on ${at}.`,
    zone: (zone) => `${zone} time`,
    columns: {
      lastName: 'Last name',
      firstName: 'First name',
      email: 'E-mail',
      organisation: 'Organisation',
      role: 'Role',
      state: 'State',
      attendance: 'Attendance',
      attendedHours: 'Hours attended',
      scheduledHours: 'Hours scheduled',
    },
    role: { LEARNER: 'Learner', TRAINER: 'Trainer' },
    state: { PENDING: 'Awaiting validation', WAITLISTED: 'Waiting list', CONFIRMED: 'Confirmed', CANCELLED: 'Cancelled' },
    outcome: { FULL: 'Full', PARTIAL: 'Partial', NONE: 'None' },
    registrants: 'Registrants',
  },
};

/** « mercredi 3 mars 2027 » / "Wednesday, March 3, 2027", in `zone`. */
export const longDate = (at: Date, zone: string, locale: Locale) => DateTime.fromJSDate(at, { zone }).setLocale(locale).toLocaleString(DateTime.DATE_HUGE);

/** « 09:00 », 24-hour in both languages (a sheet is read next to a French one). */
export const clockTime = (at: Date, zone: string) => DateTime.fromJSDate(at, { zone }).toFormat('HH:mm');

/** « 03/03/2027 09:12 (fuseau Europe/Paris) »: when something was recorded, with its zone named. */
export function instantIn(at: Date, zone: string, locale: Locale): string {
  const local = DateTime.fromJSDate(at, { zone }).setLocale(locale);
  return `${local.toLocaleString(DateTime.DATE_SHORT)} ${local.toFormat('HH:mm')} (${DOCUMENT_WORDS[locale].zone(zone)})`;
}

/** « Prénom Nom », or the words for a deleted account. */
export const personName = (person: { firstName: string; lastName: string } | null | undefined, locale: Locale) =>
  person ? `${person.firstName} ${person.lastName}`.trim() : DOCUMENT_WORDS[locale].unknownPerson;
