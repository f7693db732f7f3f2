// The demo data set loaded by `npm run seed` (scripts/seed.ts) and usable from tests: `seedDemo(ctx)`.
// Every row is created through the domain functions, so the rules apply to the demo as to real use:
// R3 automatic inscriptions, R6 capacity and waiting lists, R7 pending registrations, R9 event trainers,
// R10 default session. Dates are relative to the context's clock; local wall-clock times are computed with
// luxon in each location's IANA time zone. The whole set is written in one transaction: all or nothing.
import 'reflect-metadata';
import { DateTime } from 'luxon';
import { In } from 'typeorm';
import { Actor } from '../domain/actor';
import { createComment } from '../domain/comments';
import { DomainContext } from '../domain/context';
import { createEvent, EventInput, repeatEvent } from '../domain/events';
import { addInscription } from '../domain/inscriptions';
import { createLocation } from '../domain/locations';
import { createOrganisation } from '../domain/organisations';
import { RepeatRule } from '../domain/recurrence';
import { createSession, SessionInput, updateSession } from '../domain/sessions';
import { statusAt } from '../domain/status';
import { createTemplate } from '../domain/templates';
import { defaultTimeZone } from '../domain/time-zone';
import { createTraining, TrainingCatalogueFields, TrainingSettings } from '../domain/trainings';
import { inTransaction } from '../domain/transaction';
import { createUser, updateUser } from '../domain/users';
import { setMembership } from '../domain/memberships';
import { setPassword } from '../domain/sign-in';
import {
  Comment,
  Event,
  EventStatus,
  Inscription,
  InscriptionMode,
  InscriptionRole,
  InscriptionState,
  Location,
  Organisation,
  Session,
  TemplateKind,
  Training,
  MembershipRole,
  User,
  Weekday,
} from '../entities';

/** Every demo account signs in with this password (demo only: never on a real platform). */
export const DEMO_PASSWORD = 'cursus-demo';

export interface SeedSummary {
  organisations: number;
  users: number;
  locations: number;
  trainings: number;
  sessions: { total: number; ended: number; ongoing: number; upcoming: number };
  events: { total: number; ended: number; open: number };
  inscriptions: { total: number; confirmed: number; waitlisted: number; pending: number; trainers: number };
  comments: number;
  templates: number;
}

export function formatSummary(s: SeedSummary): string {
  return (
    `${s.organisations} organisations, ${s.users} users, ${s.locations} locations, ${s.trainings} trainings, ` +
    `${s.sessions.total} sessions (${s.sessions.ended} ended, ${s.sessions.ongoing} ongoing, ${s.sessions.upcoming} upcoming), ` +
    `${s.events.total} events (${s.events.ended} ended, ${s.events.open} open), ` +
    `${s.inscriptions.total} inscriptions (${s.inscriptions.trainers} trainer, ${s.inscriptions.confirmed} learner confirmed, ` +
    `${s.inscriptions.waitlisted} waitlisted, ${s.inscriptions.pending} pending), ` +
    `${s.comments} comments, ${s.templates} templates`
  );
}

// ---------------------------------------------------------------------------------------------------------
// Reference data
// ---------------------------------------------------------------------------------------------------------

type OrganisationKey = 'udl' | 'sciences' | 'ghs';
type LocationKey = 'doua' | 'berges' | 'lyonSud' | 'paris' | 'saintPierre' | 'saintDenis' | 'montreal';
type TrainerKey = 'fontaine' | 'rousseau' | 'chevalier' | 'hoarau';

interface PersonPlan {
  firstName: string;
  lastName: string;
  domain: 'example.org' | 'example.fr';
  timeZone?: string;
  locale?: string;
}

const REUNION = 'Indian/Reunion';
const MONTREAL = 'America/Montreal';
const PARIS = 'Europe/Paris';

const ADMINISTRATORS: PersonPlan[] = [
  { firstName: 'Claire', lastName: 'Dubois', domain: 'example.org' },
  { firstName: 'Thomas', lastName: 'Lefèvre', domain: 'example.org' },
];

const MANAGERS: PersonPlan[] = [
  { firstName: 'Isabelle', lastName: 'Moreau', domain: 'example.org' },
  { firstName: 'Nicolas', lastName: 'Girard', domain: 'example.org' },
  { firstName: 'Sandrine', lastName: 'Payet', domain: 'example.fr', timeZone: REUNION },
];

const TRAINERS: Record<TrainerKey, PersonPlan> = {
  fontaine: { firstName: 'Hélène', lastName: 'Fontaine', domain: 'example.fr' },
  rousseau: { firstName: 'Marc', lastName: 'Rousseau', domain: 'example.org' },
  chevalier: { firstName: 'Amélie', lastName: 'Chevalier', domain: 'example.org' },
  hoarau: { firstName: 'Julien', lastName: 'Hoarau', domain: 'example.fr', timeZone: REUNION },
};

/** Learners are referred to by their 1-based position in this list. */
const LEARNERS: PersonPlan[] = [
  { firstName: 'Camille', lastName: 'Martin', domain: 'example.org' },
  { firstName: 'Lucas', lastName: 'Bernard', domain: 'example.org' },
  { firstName: 'Léa', lastName: 'Petit', domain: 'example.org' },
  { firstName: 'Hugo', lastName: 'Durand', domain: 'example.org' },
  { firstName: 'Manon', lastName: 'Leroy', domain: 'example.org' },
  { firstName: 'Louis', lastName: 'Simon', domain: 'example.org' },
  { firstName: 'Chloé', lastName: 'Laurent', domain: 'example.org' },
  { firstName: 'Gabriel', lastName: 'Michel', domain: 'example.org' },
  { firstName: 'Inès', lastName: 'Garcia', domain: 'example.org' },
  { firstName: 'Arthur', lastName: 'David', domain: 'example.org' },
  { firstName: 'Jade', lastName: 'Bertrand', domain: 'example.org' },
  { firstName: 'Raphaël', lastName: 'Roux', domain: 'example.org' },
  { firstName: 'Louise', lastName: 'Vincent', domain: 'example.org' },
  { firstName: 'Jules', lastName: 'Fournier', domain: 'example.fr' },
  { firstName: 'Alice', lastName: 'Morel', domain: 'example.fr' },
  { firstName: 'Adam', lastName: 'André', domain: 'example.fr' },
  { firstName: 'Emma', lastName: 'Mercier', domain: 'example.fr' },
  { firstName: 'Nathan', lastName: 'Dupont', domain: 'example.fr' },
  { firstName: 'Zoé', lastName: 'Lambert', domain: 'example.fr' },
  { firstName: 'Tom', lastName: 'Bonnet', domain: 'example.fr' },
  { firstName: 'Océane', lastName: 'Grondin', domain: 'example.fr', timeZone: REUNION },
  { firstName: 'Kévin', lastName: 'Técher', domain: 'example.fr', timeZone: REUNION },
  { firstName: 'Mélissa', lastName: 'Rivière', domain: 'example.fr', timeZone: REUNION },
  { firstName: 'Sébastien', lastName: 'Nativel', domain: 'example.fr', timeZone: REUNION },
  { firstName: 'Émilie', lastName: 'Tremblay', domain: 'example.org', timeZone: MONTREAL },
  { firstName: 'Emily', lastName: 'Carter', domain: 'example.org', timeZone: MONTREAL, locale: 'en' },
];

// #6 §3: a location belongs to the organisation whose premises it is (its managers manage it); the Paris
// training centre and the Montréal partner are shared, managed by the administrators.
const LOCATIONS: Record<
  LocationKey,
  { name: string; address: string; timeZone: string; capacity: number | null; owner: OrganisationKey | null }
> = {
  doua: {
    name: 'Campus LyonTech-la Doua — Bâtiment Darwin, salle 12',
    address: '43 boulevard du 11 Novembre 1918, 69100 Villeurbanne',
    timeZone: PARIS,
    capacity: 30,
    owner: 'sciences',
  },
  berges: {
    name: 'Campus Berges du Rhône — Salle informatique 104',
    address: '86 rue Pasteur, 69007 Lyon',
    timeZone: PARIS,
    capacity: 16,
    owner: 'udl',
  },
  lyonSud: {
    name: 'Centre hospitalier Lyon Sud — Institut de formation',
    address: '165 chemin du Grand Revoyet, 69310 Pierre-Bénite',
    timeZone: PARIS,
    capacity: 20,
    owner: 'ghs',
  },
  paris: {
    name: 'Maison des formations — Paris',
    address: '12 rue des Écoles, 75005 Paris',
    timeZone: PARIS,
    capacity: 40,
    owner: null,
  },
  saintPierre: {
    name: 'Hôpital de Saint-Pierre — Salle de formation B',
    address: 'Avenue François Mitterrand, 97410 Saint-Pierre, La Réunion',
    timeZone: REUNION,
    capacity: 14,
    owner: 'ghs',
  },
  saintDenis: {
    name: 'Centre de formation de Bellepierre — Saint-Denis',
    address: 'Allée des Topazes, 97400 Saint-Denis, La Réunion',
    timeZone: REUNION,
    capacity: 24,
    owner: 'ghs',
  },
  montreal: {
    name: 'Montréal — Pavillon des partenaires internationaux',
    address: '1000 rue Sherbrooke Ouest, Montréal (Québec) H3A 3G4, Canada',
    timeZone: MONTREAL,
    capacity: 25,
    owner: null,
  },
};

interface TrainingPlan {
  code: string;
  title: string;
  description: string;
  organisations: OrganisationKey[];
  settings: TrainingSettings;
  /** What the public catalogue says about it (#9: objectives, prerequisites, duration, audience, accessibility). */
  catalogue?: TrainingCatalogueFields;
}

const ACCESSIBLE =
  "Salles accessibles en fauteuil roulant. Pour tout besoin d'adaptation (handicap, aménagement), contactez le référent handicap " +
  "de l'organisation deux semaines avant la session.";

const { AUTOMATIC, MANUAL, PUBLIC } = InscriptionMode;

const TRAININGS: TrainingPlan[] = [
  {
    code: 'GESTES-POSTURES',
    title: 'Gestes et postures',
    description:
      "Prévenir les troubles musculo-squelettiques : principes d'anatomie, manutention manuelle des charges, " +
      'aménagement du poste de travail et exercices pratiques en situation.',
    organisations: ['ghs'],
    settings: { defaultSessionDays: 1, publicRegistration: true, publicUnregistration: true, maxUsers: 10, eventInscriptionMode: AUTOMATIC },
    catalogue: {
      objectives: 'Identifier les facteurs de risque de TMS à son poste.\nAppliquer les principes de sécurité physique et d’économie d’effort.\nProposer des améliorations de son poste de travail.',
      prerequisites: '',
      durationHours: 7,
      audience: 'Personnels soignants, logistiques et administratifs exposés à la manutention.',
      accessibility: ACCESSIBLE,
    },
  },
  {
    code: 'SST-INITIAL',
    title: 'Sauveteur secouriste du travail (SST)',
    description:
      "Intervenir face à une situation d'accident du travail et contribuer à la prévention des risques " +
      "professionnels. Formation certifiante (14 h) selon le référentiel de l'INRS.",
    organisations: ['ghs', 'udl'],
    settings: {
      defaultSessionDays: 2,
      publicRegistration: true,
      registrationValidation: true,
      maxUsers: 10,
      eventInscriptionMode: AUTOMATIC,
    },
    catalogue: {
      objectives: 'Situer son rôle de SST dans l’organisation de la prévention.\nProtéger, examiner, faire alerter et secourir la victime.\nObtenir le certificat SST (évaluation certificative).',
      prerequisites: 'Aucun. Accord du responsable hiérarchique (inscription soumise à validation).',
      durationHours: 14,
      audience: 'Tout salarié volontaire\u202f; 4 à 10 participants par session.',
      accessibility: ACCESSIBLE,
    },
  },
  {
    code: 'SST-MAC',
    title: 'Maintien et actualisation des compétences SST (MAC SST)',
    description: 'Recyclage obligatoire tous les 24 mois pour conserver le certificat de sauveteur secouriste du travail.',
    organisations: ['ghs'],
    settings: { defaultSessionDays: 1, maxUsers: 10, eventInscriptionMode: AUTOMATIC },
  },
  {
    code: 'EXCEL-PERF',
    title: 'Excel perfectionnement',
    description:
      'Tableaux croisés dynamiques, fonctions RECHERCHEX et SI imbriquées, mise en forme conditionnelle, ' +
      'Power Query : gagner du temps sur vos tableaux de bord.',
    organisations: ['udl', 'sciences'],
    settings: {
      defaultSessionDays: 1,
      publicRegistration: true,
      publicUnregistration: true,
      maxUsers: 8,
      eventInscriptionMode: PUBLIC,
    },
  },
  {
    code: 'MANAGEMENT-EQUIPE',
    title: "Management d'équipe",
    description:
      "Trouver sa posture de manager, conduire les entretiens, déléguer, gérer les tensions et accompagner le " +
      'changement. Trois journées alternant apports et mises en situation.',
    organisations: ['udl'],
    settings: { defaultSessionDays: 3, registrationValidation: true, maxUsers: 12, eventInscriptionMode: MANUAL },
  },
  {
    code: 'RGPD-FONDAMENTAUX',
    title: 'RGPD : les fondamentaux',
    description:
      'Comprendre le règlement général sur la protection des données : principes, droits des personnes, ' +
      'registre des traitements, sécurité et violations de données. Parcours en ligne et classes virtuelles.',
    organisations: ['udl', 'ghs'],
    settings: { defaultSessionDays: 365, publicRegistration: true, publicUnregistration: true, eventInscriptionMode: PUBLIC },
  },
  {
    code: 'INCENDIE-EVACUATION',
    title: 'Sécurité incendie : extincteurs et évacuation',
    description:
      "Connaître les causes d'incendie, manipuler un extincteur sur feu réel et organiser l'évacuation d'un " +
      'bâtiment recevant du public (rôle des guides et serre-files).',
    organisations: ['ghs'],
    settings: { defaultSessionDays: 1, publicRegistration: true, maxUsers: 12, eventInscriptionMode: AUTOMATIC },
  },
  {
    code: 'PRISE-PAROLE',
    title: 'Prise de parole en public',
    description:
      'Structurer son message, gérer le trac, utiliser la voix et le regard ; présenter ses travaux de ' +
      'recherche en colloque ou devant un jury. Exercices filmés.',
    organisations: ['sciences'],
    settings: { defaultSessionDays: 2, maxUsers: 10, eventInscriptionMode: MANUAL },
  },
  {
    code: 'HYGIENE-MAINS',
    title: 'Hygiène des mains et précautions standard',
    description:
      "Friction hydro-alcoolique, port des gants, gestion des excreta : les précautions standard de " +
      "prévention des infections associées aux soins.",
    organisations: ['ghs'],
    settings: { defaultSessionDays: 1, eventInscriptionMode: AUTOMATIC },
  },
  {
    code: 'PYTHON-RECHERCHE',
    title: 'Initiation à Python pour la recherche',
    description:
      'Cinq ateliers hebdomadaires : bases du langage, carnets Jupyter, pandas pour les données tabulaires et ' +
      'graphiques avec matplotlib. Aucun prérequis en programmation.',
    organisations: ['sciences'],
    settings: { defaultSessionDays: 35, publicRegistration: true, maxUsers: 14, eventInscriptionMode: AUTOMATIC },
  },
  {
    code: 'SECU-LABO-CHIMIE',
    title: 'Sécurité au laboratoire : risque chimique',
    description:
      "Étiquetage CLP, fiches de données de sécurité, stockage des produits, équipements de protection et " +
      "conduite à tenir en cas d'accident. Obligatoire avant tout accès aux laboratoires.",
    organisations: ['sciences'],
    settings: { defaultSessionDays: 1, publicRegistration: true, maxUsers: 12, eventInscriptionMode: AUTOMATIC },
  },
  {
    code: 'ACCUEIL-NOUVEAUX',
    title: 'Accueil des nouveaux personnels',
    description:
      "Une matinée pour découvrir l'université, ses services et ses outils numériques, suivie d'une visite du campus.",
    organisations: ['udl', 'sciences'],
    settings: { defaultSessionDays: 1, eventInscriptionMode: AUTOMATIC },
  },
];

// ---------------------------------------------------------------------------------------------------------
// Sessions and events, relative to "now"
// ---------------------------------------------------------------------------------------------------------

/** When an event takes place, given the IANA zone its local times are in. */
type When = (zone: string) => { startAt: Date; endAt: Date };

interface EventPlan {
  name: string;
  description?: string;
  when: When;
  location: LocationKey | null;
  extra?: string;
  trainers: TrainerKey[];
  mode?: InscriptionMode;
  maxUsers?: number | null;
  /** Learners staff register themselves (manual or public events, or ended ones). */
  learners?: number[];
  /** Learners who register themselves from their pages (public events), with their own actor. */
  selfLearners?: number[];
  comments?: { by: TrainerKey; text: string }[];
  repeat?: RepeatRule;
}

interface SessionPlan {
  training: string;
  /** Shown in the title: "<training> — <place>, <month>". */
  place: string;
  title?: string;
  /** Explicit dates; by default the session spans its events. */
  span?: When;
  settings?: Pick<SessionInput, 'publicRegistration' | 'publicUnregistration' | 'registrationValidation' | 'maxUsers' | 'eventInscriptionMode' | 'description'>;
  defaultSession?: boolean;
  trainers: TrainerKey[];
  /** Registered by staff before the events are created (so automatic events, even ended ones, get them). */
  learners?: number[];
  /** Registered by staff after the events exist (R3: they join only the automatic events not yet ended). */
  lateLearners?: number[];
  /** Apply from the catalogue with their own actor (R8; R7: pending when the session needs validation). */
  applicants?: number[];
  events: EventPlan[];
}

const MON = 1;
const TUE = 2;
const WED = 3;
const THU = 4;
const FRI = 5;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function wallClock(day: DateTime, hhmm: string): Date {
  const [hour, minute] = hhmm.split(':').map(Number);
  return day.set({ hour, minute, second: 0, millisecond: 0 }).toJSDate();
}

function calendar(now: Date) {
  /** A weekday of the week `week` weeks from the current one (ISO, Monday first), at local times in the zone. */
  const slot =
    (week: number, weekday: number, from: string, to: string): When =>
    (zone) => {
      const day = DateTime.fromJSDate(now, { zone }).startOf('week').plus({ weeks: week, days: weekday - 1 });
      return { startAt: wallClock(day, from), endAt: wallClock(day, to) };
    };
  /** From the start of the day `fromDays` days from today to the end of the day `toDays` days from today. */
  const days =
    (fromDays: number, toDays: number): When =>
    (zone) => {
      const today = DateTime.fromJSDate(now, { zone }).startOf('day');
      return { startAt: wallClock(today.plus({ days: fromDays }), '00:00'), endAt: wallClock(today.plus({ days: toDays }), '23:59') };
    };
  return { slot, days };
}

function sessionPlans(now: Date): SessionPlan[] {
  const { slot, days } = calendar(now);
  return [
    // Gestes et postures: one ended session, one upcoming and full (waiting list), both in La Réunion.
    {
      training: 'GESTES-POSTURES',
      place: 'Saint-Pierre',
      trainers: ['hoarau'],
      learners: [21, 22, 23, 24, 1, 2],
      events: [
        { name: 'Matinée : théorie et échauffement', when: slot(-4, TUE, '08:30', '12:00'), location: 'saintPierre', trainers: ['hoarau'] },
        {
          name: 'Après-midi : manutention en situation',
          when: slot(-4, TUE, '13:30', '16:30'),
          location: 'saintPierre',
          extra: 'Salle B, rez-de-chaussée — tenue confortable',
          trainers: ['hoarau'],
        },
      ],
    },
    {
      training: 'GESTES-POSTURES',
      place: 'Saint-Pierre',
      settings: { maxUsers: 4 },
      trainers: ['hoarau'],
      lateLearners: [21, 22, 23, 24, 3, 4],
      events: [
        {
          name: 'Gestes et postures — journée pratique',
          description: 'Apports théoriques le matin, ateliers de manutention l’après-midi.',
          when: slot(2, THU, '08:30', '16:30'),
          location: 'saintPierre',
          extra: 'Salle B, rez-de-chaussée. Parking visiteurs P2.',
          trainers: ['hoarau'],
          comments: [{ by: 'hoarau', text: "Tenue confortable conseillée. Rendez-vous à l'accueil du bâtiment B à 08:15, heure de La Réunion." }],
        },
      ],
    },
    // SST initial: ended session at Lyon Sud; upcoming one with applications waiting for validation (R7).
    {
      training: 'SST-INITIAL',
      place: 'Lyon Sud',
      trainers: ['fontaine'],
      learners: range(5, 12),
      events: [
        { name: 'Jour 1 : protéger, examiner, alerter', when: slot(-6, MON, '09:00', '17:00'), location: 'lyonSud', trainers: ['fontaine'] },
        {
          name: 'Jour 2 : secourir et certification',
          when: slot(-6, TUE, '09:00', '17:00'),
          location: 'lyonSud',
          trainers: ['fontaine'],
          comments: [{ by: 'fontaine', text: 'Merci à toutes et à tous ! Les certificats SST seront envoyés sous 15 jours.' }],
        },
      ],
    },
    {
      training: 'SST-INITIAL',
      place: 'Lyon Sud',
      trainers: ['fontaine'],
      learners: [14, 15, 16, 17, 18],
      applicants: [19, 20],
      events: [
        { name: 'Jour 1 : protéger, examiner, alerter', when: slot(3, MON, '09:00', '17:00'), location: 'lyonSud', extra: 'Salle de simulation, 2e étage', trainers: ['fontaine'] },
        { name: 'Jour 2 : secourir et certification', when: slot(3, TUE, '09:00', '17:00'), location: 'lyonSud', extra: 'Salle de simulation, 2e étage', trainers: ['fontaine'] },
      ],
    },
    // MAC SST: ongoing, in Saint-Denis (one half-day behind, one ahead).
    {
      training: 'SST-MAC',
      place: 'Saint-Denis',
      trainers: ['hoarau'],
      learners: [21, 22, 23, 24],
      events: [
        { name: 'Révision des gestes de secours', when: slot(-1, THU, '08:00', '12:00'), location: 'saintDenis', trainers: ['hoarau'] },
        { name: 'Mises en situation et évaluation', when: slot(1, THU, '08:00', '12:00'), location: 'saintDenis', trainers: ['hoarau'] },
      ],
    },
    // Excel: an ended session in Paris; an upcoming weekly series in Lyon, full, with a waiting list.
    {
      training: 'EXCEL-PERF',
      place: 'Paris',
      trainers: ['rousseau'],
      learners: [1, 2, 3, 4, 5, 6],
      events: [
        { name: 'Tableaux croisés dynamiques', when: slot(-8, TUE, '09:00', '12:00'), location: 'paris', trainers: ['rousseau'], learners: [1, 2, 3, 4, 5, 6] },
        { name: 'Power Query et automatisation', when: slot(-8, TUE, '13:30', '17:00'), location: 'paris', trainers: ['rousseau'], learners: [1, 2, 3, 5] },
      ],
    },
    {
      training: 'EXCEL-PERF',
      place: 'Lyon, ateliers du mardi',
      trainers: ['rousseau'],
      learners: range(7, 17),
      events: [
        {
          name: 'Atelier Excel',
          description: "Un atelier par semaine : venez avec vos propres fichiers, on les améliore ensemble.",
          when: slot(1, TUE, '14:00', '17:30'),
          location: 'berges',
          extra: 'Salle 104, 1er étage — badge demandé à l’accueil',
          trainers: ['rousseau'],
          selfLearners: [7, 8, 9, 10, 11],
          comments: [{ by: 'rousseau', text: 'Apportez votre ordinateur portable avec Excel 365. Les fichiers d’exercice sont dans l’espace de cours.' }],
          repeat: { weekdays: [Weekday.TUESDAY], weeks: 4 },
        },
      ],
    },
    // Management: ongoing three-day course in Paris (manual registration to events); an upcoming one in Lyon.
    {
      training: 'MANAGEMENT-EQUIPE',
      place: 'Paris',
      trainers: ['chevalier'],
      learners: [1, 3, 5, 7, 9, 11, 13],
      events: [
        { name: 'Jour 1 : la posture du manager', when: slot(-1, MON, '09:00', '17:00'), location: 'paris', trainers: ['chevalier'], learners: [1, 3, 5, 7, 9, 11, 13] },
        { name: "Jour 2 : conduire les entretiens", when: slot(-1, WED, '09:00', '17:00'), location: 'paris', trainers: ['chevalier'], learners: [1, 3, 5, 7, 9, 11] },
        {
          name: 'Jour 3 : accompagner le changement',
          when: slot(1, MON, '09:00', '17:00'),
          location: 'paris',
          extra: 'Salle Condorcet, 3e étage',
          trainers: ['chevalier'],
          learners: [1, 3, 5, 7, 9],
          comments: [{ by: 'chevalier', text: "Merci d'apporter un exemple concret de situation managériale difficile, il servira de cas pratique." }],
        },
      ],
    },
    {
      training: 'MANAGEMENT-EQUIPE',
      place: 'Lyon',
      settings: { publicRegistration: true },
      trainers: ['chevalier'],
      learners: [2, 4, 6],
      applicants: [8, 10],
      events: [
        { name: 'Jour 1 : la posture du manager', when: slot(6, MON, '09:00', '17:00'), location: 'doua', trainers: ['chevalier'] },
        { name: 'Jour 2 : conduire les entretiens', when: slot(6, TUE, '09:00', '17:00'), location: 'doua', trainers: ['chevalier'] },
        { name: 'Jour 3 : accompagner le changement', when: slot(6, WED, '09:00', '17:00'), location: 'doua', trainers: ['chevalier'] },
      ],
    },
    // RGPD: the training's default session (R10), a permanent online course.
    {
      training: 'RGPD-FONDAMENTAUX',
      place: 'en ligne',
      title: 'RGPD : les fondamentaux — parcours en ligne (session permanente)',
      span: days(-60, 305),
      defaultSession: true,
      trainers: ['chevalier'],
      learners: [2, 6, 10, 14, 18, 20, 25, 26],
      applicants: [4, 8, 12],
      events: [
        {
          name: 'Module e-learning : les principes du RGPD',
          description: 'Parcours en ligne à suivre à votre rythme (environ 2 h 30).',
          when: days(-60, 305),
          location: null,
          extra: 'Plateforme de formation en ligne — lien dans votre espace personnel',
          trainers: ['chevalier'],
          selfLearners: [2, 6, 10, 14, 18, 25, 26],
        },
        {
          name: 'Classe virtuelle : questions-réponses',
          when: slot(2, FRI, '11:00', '12:00'),
          location: null,
          extra: 'Visioconférence',
          trainers: ['chevalier'],
          maxUsers: 20,
          selfLearners: [2, 10, 25],
          comments: [{ by: 'chevalier', text: 'Le lien de connexion vous sera envoyé la veille. Vous pouvez déposer vos questions à l’avance ici.' }],
        },
      ],
    },
    // Sécurité incendie: ended at Lyon Sud; upcoming in Saint-Denis.
    {
      training: 'INCENDIE-EVACUATION',
      place: 'Lyon Sud',
      trainers: ['fontaine'],
      learners: range(14, 22),
      events: [{ name: 'Extincteurs et exercice d’évacuation', when: slot(-2, WED, '14:00', '17:00'), location: 'lyonSud', trainers: ['fontaine'] }],
    },
    {
      training: 'INCENDIE-EVACUATION',
      place: 'Saint-Denis',
      trainers: ['hoarau'],
      lateLearners: [21, 22, 23, 24],
      events: [
        { name: 'Extincteurs et exercice d’évacuation', when: slot(4, WED, '09:00', '12:00'), location: 'saintDenis', extra: 'Aire de feu derrière le bâtiment C', trainers: ['hoarau'] },
      ],
    },
    // Prise de parole: ended in Villeurbanne; upcoming in Montréal (events at Montréal local time).
    {
      training: 'PRISE-PAROLE',
      place: 'Villeurbanne',
      trainers: ['chevalier'],
      learners: [9, 10, 11, 12, 13],
      events: [
        { name: 'Structurer son message', when: slot(-3, THU, '09:00', '12:00'), location: 'doua', trainers: ['chevalier'], learners: [9, 10, 11, 12, 13] },
        { name: 'Exercices filmés', when: slot(-3, THU, '13:30', '16:30'), location: 'doua', trainers: ['chevalier'], learners: [9, 10, 11, 13] },
      ],
    },
    {
      training: 'PRISE-PAROLE',
      place: 'Montréal',
      trainers: ['chevalier'],
      learners: [25, 26, 13, 14],
      events: [
        {
          name: 'Structurer son message',
          when: slot(5, MON, '09:00', '12:00'),
          location: 'montreal',
          extra: 'Salle 2.14',
          trainers: ['chevalier'],
          learners: [25, 26, 13, 14],
          comments: [{ by: 'chevalier', text: 'Attention : les horaires sont ceux de Montréal (6 h de décalage avec la France métropolitaine).' }],
        },
        { name: 'Exercices filmés', when: slot(5, MON, '13:30', '16:30'), location: 'montreal', extra: 'Salle 2.14', trainers: ['chevalier'], learners: [25, 26, 13] },
      ],
    },
    // Hygiène: ongoing; a learner registered late joins only the event that has not ended (R3).
    {
      training: 'HYGIENE-MAINS',
      place: 'Lyon Sud',
      trainers: ['fontaine'],
      learners: [15, 16, 17, 18, 19],
      lateLearners: [20],
      events: [
        { name: 'Précautions standard : théorie', when: slot(-1, FRI, '10:00', '11:30'), location: 'lyonSud', trainers: ['fontaine'] },
        { name: 'Atelier caisson pédagogique', when: slot(1, FRI, '10:00', '11:30'), location: 'lyonSud', trainers: ['fontaine'] },
      ],
    },
    // Python: ongoing weekly series (R5), two weeks behind and two ahead; one late learner.
    {
      training: 'PYTHON-RECHERCHE',
      place: 'Villeurbanne, ateliers du mercredi',
      trainers: ['rousseau'],
      learners: [1, 3, 6, 9, 12, 15, 18, 19, 26],
      lateLearners: [4],
      events: [
        {
          name: 'Atelier Python',
          description: 'Atelier hebdomadaire sur carnets Jupyter.',
          when: slot(-2, WED, '14:00', '17:00'),
          location: 'doua',
          extra: 'Salle 12 — postes équipés, ou venez avec votre portable',
          trainers: ['rousseau'],
          comments: [{ by: 'rousseau', text: 'Pour travailler sur votre portable, installez Python 3.12 et JupyterLab avant la séance.' }],
          repeat: { weekdays: [Weekday.WEDNESDAY], weeks: 4 },
        },
      ],
    },
    // Sécurité au laboratoire: ended; upcoming with room left.
    {
      training: 'SECU-LABO-CHIMIE',
      place: 'Villeurbanne',
      trainers: ['fontaine'],
      learners: range(1, 10),
      events: [{ name: 'Risque chimique au laboratoire', when: slot(-5, MON, '09:00', '12:00'), location: 'doua', trainers: ['fontaine'] }],
    },
    {
      training: 'SECU-LABO-CHIMIE',
      place: 'Villeurbanne',
      trainers: ['fontaine'],
      learners: [11, 12],
      events: [{ name: 'Risque chimique au laboratoire', when: slot(7, MON, '09:00', '12:00'), location: 'doua', trainers: ['fontaine'] }],
    },
    // Accueil: two trainers on the session, only one on the visit (R9); the visit is public with few seats.
    {
      training: 'ACCUEIL-NOUVEAUX',
      place: 'Villeurbanne',
      trainers: ['chevalier', 'rousseau'],
      learners: [5, 7, 16, 17, 19, 25],
      events: [
        { name: "Matinée d'accueil", when: slot(1, THU, '09:30', '12:00'), location: 'doua', extra: 'Amphithéâtre Darwin', trainers: ['chevalier', 'rousseau'] },
        {
          name: 'Visite du campus',
          when: slot(1, THU, '14:00', '15:30'),
          location: 'doua',
          extra: "Départ devant l'accueil du bâtiment Darwin",
          trainers: ['rousseau'],
          mode: PUBLIC,
          maxUsers: 4,
          selfLearners: [5, 7, 16, 17, 19],
        },
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Templates (R12)
// ---------------------------------------------------------------------------------------------------------

// #6 §3: the invitations are shared (administrators); the university's certificate and the hospital group's
// message are their own.
const TEMPLATES: { name: string; kind: TemplateKind; subject: string; body: string; owner: OrganisationKey | null }[] = [
  {
    name: 'Invitation à une session',
    kind: TemplateKind.SESSION_INVITATION,
    owner: null,
    subject: 'Invitation : {{training.title}}',
    body: [
      'Bonjour {{learner.firstName}} {{learner.lastName}},',
      '',
      'Vous êtes inscrit·e à la session « {{session.title}} » de la formation {{training.title}},',
      'du {{session.startDate}} au {{session.endDate}}.',
      '',
      'Organisme : {{organisation.name}}',
      'Formateur·rice(s) : {{trainers}}',
      '',
      'Cordialement,',
      'Le service formation',
    ].join('\n'),
  },
  {
    name: 'Convocation à une séance',
    kind: TemplateKind.EVENT_INVITATION,
    owner: null,
    subject: 'Convocation : {{event.name}} — {{event.startAt}}',
    body: [
      'Bonjour {{learner.firstName}},',
      '',
      'Vous êtes attendu·e à la séance « {{event.name}} » de la formation {{training.title}} :',
      'le {{event.startAt}} jusqu’à {{event.endAt}} (heure locale : {{event.timeZone}}).',
      '',
      'Lieu : {{location.name}}, {{location.address}}',
      'Informations pratiques : {{event.locationExtra}}',
      'Animée par : {{trainers}}',
      '',
      'En cas d’empêchement, merci de prévenir le service formation.',
    ].join('\n'),
  },
  {
    name: 'Attestation de présence',
    kind: TemplateKind.ATTENDANCE_CERTIFICATE,
    owner: 'udl',
    subject: 'Attestation de présence — {{training.title}}',
    body: [
      '{{organisation.name}} atteste que {{learner.firstName}} {{learner.lastName}}',
      'a suivi la séance « {{event.name}} » de la formation « {{training.title}} »',
      'le {{event.startAt}}, à {{location.name}}.',
      '',
      'Présence : {{attendance}}',
      'Formateur·rice(s) : {{trainers}}',
      '',
      'Fait pour servir et valoir ce que de droit, le {{today}}.',
    ].join('\n'),
  },
  {
    name: 'Message aux apprenants',
    kind: TemplateKind.EMAIL,
    owner: 'ghs',
    subject: '[{{training.title}}] Informations sur votre session',
    body: [
      'Bonjour {{learner.firstName}},',
      '',
      '{{message}}',
      '',
      'Session : {{session.title}} ({{session.startDate}} – {{session.endDate}})',
      '',
      'Le service formation',
    ].join('\n'),
  },
];

// ---------------------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------------------

const emailOf = (person: PersonPlan) =>
  `${person.firstName}.${person.lastName}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-') + `@${person.domain}`;

/** A learner acting for themselves (catalogue, their own pages) instead of staff. */
const asUser = (ctx: DomainContext, userId: number): DomainContext => {
  const actor: Actor = { kind: 'user', userId, isAdmin: false };
  return { ...ctx, actor };
};

/** Drops undefined keys: some create functions spread their input over defaults. */
function defined<T extends object>(input: T): T {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as T;
}

interface Refs {
  organisations: Record<OrganisationKey, Organisation>;
  locations: Record<LocationKey, Location>;
  trainers: Record<TrainerKey, User>;
  learners: User[];
  trainings: Map<string, Training>;
}

const learnerId = (refs: Refs, index: number) => {
  const learner = refs.learners[index - 1];
  if (!learner) throw new Error(`demo data: no learner #${index}`);
  return learner.id;
};

const zoneOf = (refs: Refs, key: LocationKey | null) => (key ? refs.locations[key].timeZone : defaultTimeZone());

async function seedSession(tx: DomainContext, refs: Refs, plan: SessionPlan) {
  const training = refs.trainings.get(plan.training);
  if (!training) throw new Error(`demo data: unknown training ${plan.training}`);
  const zone = zoneOf(refs, plan.events[0].location);
  const times = plan.events.map((event) => event.when(zoneOf(refs, event.location)));
  const span = plan.span?.(zone) ?? {
    startAt: new Date(Math.min(...times.map((t) => t.startAt.getTime()))),
    endAt: new Date(Math.max(...times.map((t) => t.endAt.getTime()))),
  };
  const month = DateTime.fromJSDate(span.startAt, { zone }).setLocale('fr').toFormat('LLLL yyyy');
  const session = await createSession(tx, training.id, {
    ...plan.settings,
    title: plan.title ?? `${training.title} — ${plan.place}, ${month}`,
    startDate: span.startAt,
    endDate: span.endAt,
    defaultSession: plan.defaultSession,
  });

  const register = (ctx: DomainContext, userId: number, role: InscriptionRole, eventId?: number) =>
    addInscription(ctx, eventId ? { eventId, userId, role } : { sessionId: session.id, userId, role });

  // R9: event trainers are chosen among the session's trainers, so those come first.
  for (const key of plan.trainers) await register(tx, refs.trainers[key].id, InscriptionRole.TRAINER);
  for (const index of plan.learners ?? []) await register(tx, learnerId(refs, index), InscriptionRole.LEARNER);

  let lastEnd = span.endAt;
  for (const [i, plannedEvent] of plan.events.entries()) {
    const input: EventInput & { name: string; startAt: Date; endAt: Date } = defined({
      name: plannedEvent.name,
      description: plannedEvent.description,
      ...times[i],
      locationId: plannedEvent.location ? refs.locations[plannedEvent.location].id : null,
      locationExtra: plannedEvent.extra,
      trainerIds: plannedEvent.trainers.map((key) => refs.trainers[key].id),
      inscriptionMode: plannedEvent.mode,
      maxUsers: plannedEvent.maxUsers,
    });
    const event = await createEvent(tx, session.id, input);
    for (const index of plannedEvent.learners ?? [])
      await register(tx, learnerId(refs, index), InscriptionRole.LEARNER, event.id);
    for (const index of plannedEvent.selfLearners ?? []) {
      const userId = learnerId(refs, index);
      await register(asUser(tx, userId), userId, InscriptionRole.LEARNER, event.id);
    }
    // R11: written by the session's trainer, as themselves.
    for (const comment of plannedEvent.comments ?? [])
      await createComment(asUser(tx, refs.trainers[comment.by].id), event.id, comment.text);
    if (plannedEvent.repeat) {
      const copies = await repeatEvent(tx, event.id, plannedEvent.repeat);
      for (const copy of copies) if (copy.endAt > lastEnd) lastEnd = copy.endAt;
    }
  }

  for (const index of plan.lateLearners ?? []) await register(tx, learnerId(refs, index), InscriptionRole.LEARNER);
  for (const index of plan.applicants ?? []) {
    const userId = learnerId(refs, index);
    await register(asUser(tx, userId), userId, InscriptionRole.LEARNER);
  }
  // A repeated series runs past the dates the session was created with.
  if (lastEnd > span.endAt) return updateSession(tx, session.id, { endDate: lastEnd });
  return session;
}

async function createPeople(tx: DomainContext, people: PersonPlan[]): Promise<User[]> {
  const users: User[] = [];
  for (const person of people) {
    users.push(
      await createUser(tx, {
        email: emailOf(person),
        firstName: person.firstName,
        lastName: person.lastName,
        locale: person.locale ?? 'fr',
        timeZone: person.timeZone ?? PARIS,
      }),
    );
  }
  return users;
}

/**
 * Loads the demo data set in one transaction. Codes and e-mails are fixed: on a database that already holds
 * them it fails with the domain's CONFLICT error (CODE_TAKEN, EMAIL_TAKEN) and writes nothing.
 */
export function seedDemo(ctx: DomainContext): Promise<SeedSummary> {
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();

    const udl = await createOrganisation(tx, { name: 'Université de Lyon', code: 'UDL' });
    const organisations: Record<OrganisationKey, Organisation> = {
      udl,
      sciences: await createOrganisation(tx, { name: 'Faculté des Sciences', code: 'UDL-SCIENCES', parentId: udl.id }),
      ghs: await createOrganisation(tx, { name: 'Groupe Hospitalier Sud', code: 'GHS' }),
    };

    const administrators = await createPeople(tx, ADMINISTRATORS);
    const managers = await createPeople(tx, MANAGERS);
    const trainerKeys = Object.keys(TRAINERS) as TrainerKey[];
    const trainerUsers = await createPeople(tx, trainerKeys.map((key) => TRAINERS[key]));
    const trainers = Object.fromEntries(trainerKeys.map((key, i) => [key, trainerUsers[i]])) as Record<TrainerKey, User>;
    const learners = await createPeople(tx, LEARNERS);
    for (const user of [...administrators, ...managers, ...trainerUsers, ...learners]) await setPassword(tx, user.id, DEMO_PASSWORD);
    for (const admin of administrators) await updateUser(tx, admin.id, { isAdmin: true });
    // Isabelle Moreau manages the university (its faculty included), Nicolas Girard the faculty only,
    // Sandrine Payet the hospital group; learners are members of the university.
    await setMembership(tx, managers[0].id, organisations.udl.id, MembershipRole.MANAGER);
    await setMembership(tx, managers[1].id, organisations.sciences.id, MembershipRole.MANAGER);
    await setMembership(tx, managers[2].id, organisations.ghs.id, MembershipRole.MANAGER);
    for (const learner of learners) await setMembership(tx, learner.id, organisations.udl.id, MembershipRole.MEMBER);

    const locations = {} as Record<LocationKey, Location>;
    const ownerId = (owner: OrganisationKey | null) => (owner ? organisations[owner].id : null);
    for (const key of Object.keys(LOCATIONS) as LocationKey[]) {
      const { owner, ...location } = LOCATIONS[key];
      locations[key] = await createLocation(tx, { ...location, organisationId: ownerId(owner) });
    }

    const trainings = new Map<string, Training>();
    for (const plan of TRAININGS) {
      const training = await createTraining(tx, {
        ...plan.settings,
        ...plan.catalogue,
        code: plan.code,
        title: plan.title,
        description: plan.description,
        organisationIds: plan.organisations.map((key) => organisations[key].id),
      });
      trainings.set(plan.code, training);
    }

    const refs: Refs = { organisations, locations, trainers, learners, trainings };
    const sessions: Session[] = [];
    for (const plan of sessionPlans(now)) sessions.push(await seedSession(tx, refs, plan));

    for (const { owner, ...template } of TEMPLATES) await createTemplate(tx, { ...template, locale: 'fr', organisationId: ownerId(owner) });

    // The summary counts what this run created (inscriptions and comments include those made by the rules).
    const sessionIds = sessions.map((s) => s.id);
    const events = await tx.manager.find(Event, { where: { sessionId: In(sessionIds) }, select: { id: true, endAt: true } });
    const inscriptions = await tx.manager.find(Inscription, {
      where: { sessionId: In(sessionIds) },
      select: { id: true, role: true, state: true },
    });
    const learnerIn = (state: InscriptionState) =>
      inscriptions.filter((i) => i.role === InscriptionRole.LEARNER && i.state === state).length;
    const sessionStatus = (status: EventStatus) => sessions.filter((s) => statusAt(s.startDate, s.endDate, now) === status).length;
    const endedEvents = events.filter((e) => e.endAt.getTime() <= now.getTime()).length;
    return {
      organisations: Object.keys(organisations).length,
      users: administrators.length + managers.length + trainerUsers.length + learners.length,
      locations: Object.keys(locations).length,
      trainings: trainings.size,
      sessions: {
        total: sessions.length,
        ended: sessionStatus(EventStatus.ENDED),
        ongoing: sessionStatus(EventStatus.ONGOING),
        upcoming: sessionStatus(EventStatus.UPCOMING),
      },
      events: { total: events.length, ended: endedEvents, open: events.length - endedEvents },
      inscriptions: {
        total: inscriptions.length,
        trainers: inscriptions.filter((i) => i.role === InscriptionRole.TRAINER).length,
        confirmed: learnerIn(InscriptionState.CONFIRMED),
        waitlisted: learnerIn(InscriptionState.WAITLISTED),
        pending: learnerIn(InscriptionState.PENDING),
      },
      comments: await tx.manager.countBy(Comment, { eventId: In(events.map((e) => e.id)) }),
      templates: TEMPLATES.length,
    };
  });
}
