import Mustache from 'mustache';
import { TemplateKind } from '../entities';
import { badInput } from './errors';
import { ErrorReason } from './error-reasons';

/**
 * The one registry of template placeholders (R12, #10 §4): what a template of each kind may say, with a
 * description for the editor in both languages. A name here is accepted on save, listed by
 * `templatePlaceholders(kind)`, filled by template-values.ts and shown with sample data by the preview.
 *
 * Syntax: Mustache (the `mustache` package renders it). `{{ name }}`, a dotted name between double braces, spaces
 * inside optional (`{{session.title}}` is the same). A loop repeats its content for each item, whose own
 * placeholders are written without prefix: `{{#events}}{{ name }} — {{ startAt }}{{/events}}`. `{{#name}}…{{/name}}`
 * on a plain value shows its content only when the value is not empty, `{{^name}}…{{/name}}` only when it is.
 * Refused on save: a name the kind does not have, a `{{` or `}}` left unpaired (UNKNOWN_PLACEHOLDER), so a typo
 * never reaches a learner as literal braces; and the tags that would not escape their value or that are not
 * placeholders, `{{{ }}}`, `{{& }}`, partials `{{> }}` and delimiter changes `{{= }}` (UNSAFE_PLACEHOLDER).
 */
export interface Placeholder {
  name: string;
  description: { fr: string; en: string };
  kinds: readonly TemplateKind[];
  /** A list, written `{{#name}}…{{/name}}`, its items described by the placeholders `within` it. */
  loop?: boolean;
  /** The loop whose items have this placeholder; written inside it, without the loop's name. */
  within?: string;
}

const K = TemplateKind;
const ALL = Object.values(TemplateKind);
/** Kinds about one event (an e-mail may be about an event; its event placeholders are empty otherwise). */
const EVENT_KINDS = [K.EVENT_INVITATION, K.ATTENDANCE_CERTIFICATE, K.EMAIL];
/** Kinds about a whole session, which list its events. */
const SESSION_KINDS = [K.SESSION_INVITATION, K.SESSION_CERTIFICATE, K.EMAIL];
const CERTIFICATES = [K.ATTENDANCE_CERTIFICATE, K.SESSION_CERTIFICATE];

const placeholder = (name: string, fr: string, en: string, kinds: readonly TemplateKind[] = ALL, more: Partial<Placeholder> = {}): Placeholder => ({
  name,
  description: { fr, en },
  kinds,
  ...more,
});
/** A placeholder of each item of the `events` loop. */
const ofEvents = (name: string, fr: string, en: string, kinds: readonly TemplateKind[] = SESSION_KINDS) =>
  placeholder(name, fr, en, kinds, { within: 'events' });

export const PLACEHOLDERS: readonly Placeholder[] = [
  placeholder('learner.firstName', 'Prénom de l’apprenant', "The learner's first name"),
  placeholder('learner.lastName', 'Nom de l’apprenant', "The learner's last name"),
  placeholder('learner.email', 'Adresse e-mail de l’apprenant', "The learner's e-mail address"),
  placeholder('organisation.name', 'Organisation de la formation (l’organisme de formation)', 'Organisation of the training (the training provider)'),
  placeholder('training.title', 'Titre de la formation', 'Title of the training'),
  placeholder('training.code', 'Code de la formation', 'Code of the training'),
  placeholder('training.description', 'Description de la formation', 'Description of the training'),
  placeholder('training.objectives', 'Objectifs de la formation', 'Objectives of the training'),
  placeholder('session.title', 'Titre de la session', 'Title of the session'),
  placeholder('session.description', 'Description de la session', 'Description of the session'),
  placeholder('session.startDate', 'Date de début de la session, dans la langue du lecteur', 'Start date of the session, in the reader’s language'),
  placeholder('session.endDate', 'Date de fin de la session, dans la langue du lecteur', 'End date of the session, in the reader’s language'),
  placeholder(
    'session.timeZone',
    'Fuseau horaire des dates de la session (celui de sa première séance), nommé dans la langue du lecteur',
    'Time zone of the session’s dates (its first event’s), named in the reader’s language',
  ),
  placeholder('trainers', 'Formateurs de la séance (ou de la session), noms séparés par des virgules', 'Trainers of the event (or of the session), names separated by commas'),
  placeholder('today', 'Date du jour, dans la langue du lecteur', 'Today’s date, in the reader’s language'),
  placeholder('event.name', 'Nom de la séance', 'Name of the event', EVENT_KINDS),
  placeholder('event.description', 'Description de la séance', 'Description of the event', EVENT_KINDS),
  placeholder('event.date', 'Jour de la séance (ex. « mardi 10 mars 2026 »), dans le fuseau du lieu', 'Day of the event (e.g. “Tuesday, March 10, 2026”), in the location’s time zone', EVENT_KINDS),
  placeholder('event.startAt', 'Date et heure de début, dans le fuseau du lieu', 'Start date and time, in the location’s time zone', EVENT_KINDS),
  placeholder('event.endAt', 'Date et heure de fin, dans le fuseau du lieu', 'End date and time, in the location’s time zone', EVENT_KINDS),
  placeholder('event.startTime', 'Heure de début (ex. « 09:00 »), dans le fuseau du lieu', 'Start time (e.g. “9:00 AM”), in the location’s time zone', EVENT_KINDS),
  placeholder('event.endTime', 'Heure de fin, dans le fuseau du lieu', 'End time, in the location’s time zone', EVENT_KINDS),
  placeholder('event.timeZone', 'Nom du fuseau horaire de la séance (ex. « heure d’Europe centrale »)', 'Name of the event’s time zone (e.g. “Central European Time”)', EVENT_KINDS),
  placeholder('event.duration', 'Durée de la séance (ex. « 3 h 30 »)', 'Duration of the event (e.g. “3 h 30 min”)', EVENT_KINDS),
  placeholder('location.name', 'Nom du lieu', 'Name of the location', EVENT_KINDS),
  placeholder('location.address', 'Adresse du lieu', 'Address of the location', EVENT_KINDS),
  placeholder('event.locationExtra', 'Informations complémentaires du lieu (salle, code, plan)', 'Extra location information (room, door code, map)', EVENT_KINDS),
  placeholder('attendance', 'Présence de l’apprenant à la séance (présent, absence excusée…)', "The learner's attendance at the event (present, excused absence…)", [K.ATTENDANCE_CERTIFICATE]),
  placeholder('attendedHours', 'Heures de présence de l’apprenant (ex. « 10 h 30 »)', 'Hours the learner attended (e.g. “10 h 30 min”)', CERTIFICATES),
  placeholder('scheduledHours', 'Heures prévues pour l’apprenant', 'Hours scheduled for the learner', CERTIFICATES),
  placeholder('outcome', 'Assiduité sur la session : totale, partielle ou nulle', 'Attendance over the session: full, partial or none', [K.SESSION_CERTIFICATE]),
  placeholder('message', 'Le texte du message envoyé', 'The text of the message sent', [K.EMAIL]),
  placeholder(
    'events',
    'Boucle sur les séances de la session (pour un certificat : celles où l’apprenant est inscrit), par date : {{#events}} … {{/events}}',
    'Loop over the session’s events (for a certificate: those the learner is registered to), by date: {{#events}} … {{/events}}',
    SESSION_KINDS,
    { loop: true },
  ),
  ofEvents('name', 'Dans la boucle : nom de la séance', 'In the loop: name of the event'),
  ofEvents('date', 'Dans la boucle : jour de la séance, dans le fuseau de son lieu', 'In the loop: day of the event, in its location’s time zone'),
  ofEvents('startAt', 'Dans la boucle : date et heure de début', 'In the loop: start date and time'),
  ofEvents('endAt', 'Dans la boucle : date et heure de fin', 'In the loop: end date and time'),
  ofEvents('startTime', 'Dans la boucle : heure de début', 'In the loop: start time'),
  ofEvents('endTime', 'Dans la boucle : heure de fin', 'In the loop: end time'),
  ofEvents('timeZone', 'Dans la boucle : nom du fuseau horaire de la séance', 'In the loop: name of the event’s time zone'),
  ofEvents('hours', 'Dans la boucle : durée de la séance', 'In the loop: duration of the event'),
  ofEvents('location', 'Dans la boucle : nom du lieu', 'In the loop: name of the location'),
  ofEvents('address', 'Dans la boucle : adresse du lieu', 'In the loop: address of the location'),
  ofEvents('locationExtra', 'Dans la boucle : informations complémentaires du lieu', 'In the loop: extra location information'),
  ofEvents('trainers', 'Dans la boucle : formateurs de la séance', 'In the loop: trainers of the event'),
  ofEvents('attendance', 'Dans la boucle : présence de l’apprenant à la séance', "In the loop: the learner's attendance at the event", [K.SESSION_CERTIFICATE]),
  ofEvents('attendedHours', 'Dans la boucle : heures de présence à la séance', 'In the loop: hours attended at the event', [K.SESSION_CERTIFICATE]),
];

/** The placeholders a template of this kind may use (loops and what is within them), in the registry's order. */
export const placeholdersOf = (kind: TemplateKind): Placeholder[] => PLACEHOLDERS.filter((p) => p.kinds.includes(kind));

type Token = [string, string, number, number, Token[]?, number?];

interface Refusal {
  tag: string;
  reason: ErrorReason.UNKNOWN_PLACEHOLDER | ErrorReason.UNSAFE_PLACEHOLDER;
}

/** Mustache's parse errors, as the fragment a user wrote wrong. */
function parseRefusal(text: string, error: unknown): Refusal {
  const message = error instanceof Error ? error.message : '';
  const section = /section "([^"]*)"/.exec(message);
  if (section) return { tag: message.startsWith('Unopened') ? `{{/${section[1]}}}` : `{{#${section[1]}}}`, reason: ErrorReason.UNKNOWN_PLACEHOLDER };
  return { tag: text.includes('{{{') ? '{{{' : '{{', reason: ErrorReason.UNKNOWN_PLACEHOLDER };
}

/** Every fragment of `text` a template of `kind` may not have, in order, once each. */
export function templateRefusals(text: string, kind: TemplateKind): Refusal[] {
  const available = placeholdersOf(kind);
  const values = new Set(available.filter((p) => !p.loop && !p.within).map((p) => p.name));
  const loops = new Set(available.filter((p) => p.loop).map((p) => p.name));
  const within = (loop: string) => available.filter((p) => p.within === loop).map((p) => p.name);
  let tokens: Token[];
  try {
    tokens = Mustache.parse(text) as unknown as Token[];
  } catch (error) {
    return [parseRefusal(text, error)];
  }
  const refusals: Refusal[] = [];
  const walk = (list: Token[], names: Set<string>) => {
    for (const [type, name, start, end, children] of list) {
      const tag = text.slice(start, end);
      if (type === 'text') {
        if (name.includes('}}')) refusals.push({ tag: '}}', reason: ErrorReason.UNKNOWN_PLACEHOLDER });
      } else if (type === '&' || type === '>' || type === '=') {
        refusals.push({ tag, reason: ErrorReason.UNSAFE_PLACEHOLDER });
      } else if (type === 'name') {
        if (!names.has(name)) refusals.push({ tag, reason: ErrorReason.UNKNOWN_PLACEHOLDER });
      } else if (type === '#' || type === '^') {
        // Inside a loop, its items' placeholders join the others (Mustache looks a name up in the item first).
        if (loops.has(name)) walk(children ?? [], new Set([...names, ...within(name)]));
        else if (names.has(name)) walk(children ?? [], names);
        else refusals.push({ tag, reason: ErrorReason.UNKNOWN_PLACEHOLDER });
      }
      // '!' comments render nothing.
    }
  };
  walk(tokens, values);
  const seen = new Set<string>();
  return refusals.filter((r) => !seen.has(r.tag) && seen.add(r.tag));
}

/** The fragments of `text` that are not placeholders of `kind`, as written (`{{ sesion.title }}`, a stray `{{`). */
export const unknownPlaceholders = (text: string, kind: TemplateKind): string[] => templateRefusals(text, kind).map((r) => r.tag);

/** Refuses (BAD_USER_INPUT on `field`, naming the first one) a text with a tag the kind may not have. */
export function assertKnownPlaceholders(text: string, kind: TemplateKind, field: string): void {
  const [first] = templateRefusals(text, kind);
  if (first === undefined) return;
  const why = first.reason === ErrorReason.UNSAFE_PLACEHOLDER ? 'is not allowed: placeholder values are always escaped' : `is not a placeholder of ${kind} templates`;
  throw badInput(field, first.reason, `${first.tag} ${why}`, { placeholder: first.tag });
}
