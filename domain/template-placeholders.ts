import { TemplateKind } from '../entities';
import { badInput } from './errors';
import { ErrorReason } from './error-reasons';

/**
 * The one registry of template placeholders (R12, issue 8 screen 7): what a template of each kind may say,
 * with a description for the editor in both languages. The documents issue fills them in; adding one here
 * makes it accepted on save, listed by `templatePlaceholders(kind)` and, then, rendered.
 *
 * Syntax: `{{ name }}`, a dotted name between double braces, spaces inside optional (`{{session.title}}` is the
 * same). Anything else between `{{` and `}}`, and a `{{` or `}}` left unpaired, is refused on save
 * (UNKNOWN_PLACEHOLDER), so a typo never reaches a learner as literal braces.
 */
export interface Placeholder {
  name: string;
  description: { fr: string; en: string };
  kinds: readonly TemplateKind[];
}

const ALL = Object.values(TemplateKind);
const EVENT_KINDS = [TemplateKind.EVENT_INVITATION, TemplateKind.ATTENDANCE_CERTIFICATE];

const placeholder = (name: string, fr: string, en: string, kinds: readonly TemplateKind[] = ALL): Placeholder => ({
  name,
  description: { fr, en },
  kinds,
});

// The names the shipped demo templates use (scripts/demo-data.ts).
export const PLACEHOLDERS: readonly Placeholder[] = [
  placeholder('learner.firstName', 'Prénom de l’apprenant', "The learner's first name"),
  placeholder('learner.lastName', 'Nom de l’apprenant', "The learner's last name"),
  placeholder('learner.email', 'Adresse e-mail de l’apprenant', "The learner's e-mail address"),
  placeholder('training.title', 'Titre de la formation', 'Title of the training'),
  placeholder('training.code', 'Code de la formation', 'Code of the training'),
  placeholder('organisation.name', 'Organisation de la formation', 'Organisation of the training'),
  placeholder('session.title', 'Titre de la session', 'Title of the session'),
  placeholder('session.startDate', 'Date de début de la session, dans la langue du lecteur', 'Start date of the session, in the reader’s language'),
  placeholder('session.endDate', 'Date de fin de la session, dans la langue du lecteur', 'End date of the session, in the reader’s language'),
  placeholder('trainers', 'Formateurs de la session ou de la séance (noms séparés par des virgules)', 'Trainers of the session or event (names separated by commas)'),
  placeholder('today', 'Date du jour, dans la langue du lecteur', 'Today’s date, in the reader’s language'),
  placeholder('event.name', 'Nom de la séance', 'Name of the event', EVENT_KINDS),
  placeholder('event.description', 'Description de la séance', 'Description of the event', EVENT_KINDS),
  placeholder('event.startAt', 'Date et heure de début, dans le fuseau du lieu', 'Start date and time, in the location’s time zone', EVENT_KINDS),
  placeholder('event.endAt', 'Date et heure de fin, dans le fuseau du lieu', 'End date and time, in the location’s time zone', EVENT_KINDS),
  placeholder('event.timeZone', 'Nom du fuseau horaire de la séance (ex. « heure de Paris »)', 'Name of the event’s time zone (e.g. “Paris time”)', EVENT_KINDS),
  placeholder('location.name', 'Nom du lieu', 'Name of the location', EVENT_KINDS),
  placeholder('location.address', 'Adresse du lieu', 'Address of the location', EVENT_KINDS),
  placeholder('event.locationExtra', 'Informations complémentaires du lieu (salle, code, plan)', 'Extra location information (room, door code, map)', EVENT_KINDS),
  placeholder('attendance', 'Présence de l’apprenant à la séance', "The learner's attendance at the event", [TemplateKind.ATTENDANCE_CERTIFICATE]),
  placeholder('attendedHours', 'Heures de présence de l’apprenant', 'Hours the learner attended', [TemplateKind.ATTENDANCE_CERTIFICATE]),
  placeholder('message', 'Le texte du message envoyé', 'The text of the message sent', [TemplateKind.EMAIL]),
];

/** The placeholders a template of this kind may use, in the registry's order. */
export const placeholdersOf = (kind: TemplateKind): Placeholder[] => PLACEHOLDERS.filter((p) => p.kinds.includes(kind));

const TAG = /\{\{([^{}]*)\}\}/g;

/** The fragments of `text` that are not placeholders of `kind`, as written (`{{ sesion.title }}`, a stray `{{`). */
export function unknownPlaceholders(text: string, kind: TemplateKind): string[] {
  const known = new Set(placeholdersOf(kind).map((p) => p.name));
  const unknown = [...text.matchAll(TAG)].filter((match) => !known.has(match[1].trim())).map((match) => match[0]);
  const rest = text.replace(TAG, '');
  for (const stray of rest.match(/\{\{|\}\}/g) ?? []) unknown.push(stray);
  return [...new Set(unknown)];
}

/** Refuses (BAD_USER_INPUT, UNKNOWN_PLACEHOLDER on `field`, naming the first one) a text with an unknown placeholder. */
export function assertKnownPlaceholders(text: string, kind: TemplateKind, field: string): void {
  const [first] = unknownPlaceholders(text, kind);
  if (first !== undefined)
    throw badInput(field, ErrorReason.UNKNOWN_PLACEHOLDER, `${first} is not a placeholder of ${kind} templates`, { placeholder: first });
}
