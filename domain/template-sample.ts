import { DateTime } from 'luxon';
import { AttendanceStatus, TemplateKind } from '../entities';
import { AttendanceOutcomeKind } from './attendance-outcome';
import { DocumentData, DocumentEvent, DocumentLocale } from './template-values';

const ZONE = 'Europe/Paris';

const SAMPLE_TEXT: Record<DocumentLocale, { training: string; objectives: string; session: string; events: [string, string]; extra: string; message: string }> = {
  fr: {
    training: 'Sauveteur secouriste du travail',
    objectives: 'Intervenir face à une situation d’accident du travail.',
    session: 'Session de printemps — Lyon',
    events: ['Gestes de premiers secours', 'Mises en situation'],
    extra: 'Bâtiment B, 2ᵉ étage, salle 204 ; code de la porte : 4512',
    message: 'Pensez à apporter une tenue confortable pour les mises en situation.',
  },
  en: {
    training: 'Workplace first aid',
    objectives: 'Respond to an accident at work.',
    session: 'Spring session — Lyon',
    events: ['First aid basics', 'Role plays'],
    extra: 'Building B, 2nd floor, room 204; door code: 4512',
    message: 'Please bring comfortable clothes for the role plays.',
  },
};

/**
 * The made-up data of the preview (#10 §4): no database row, accents and a second event so the loop shows,
 * dates a week from `now` at 09:00 Paris time.
 */
export function sampleDocumentData(now: Date, locale: DocumentLocale, kind: TemplateKind): DocumentData {
  const text = SAMPLE_TEXT[locale];
  const first = DateTime.fromJSDate(now, { zone: ZONE }).plus({ days: 7 }).set({ hour: 9, minute: 0, second: 0, millisecond: 0 });
  const location = { name: 'Salle Jean-Moulin', address: '12 rue de la République, 69002 Lyon' };
  const trainers = ['Hélène Dupré'];
  const event = (name: string, start: DateTime, hours: number, status: AttendanceStatus): DocumentEvent => ({
    name,
    description: '',
    startAt: start.toJSDate(),
    endAt: start.plus({ hours }).toJSDate(),
    timeZone: ZONE,
    location,
    locationExtra: text.extra,
    trainers,
    status,
  });
  const events = [
    event(text.events[0], first, 3.5, AttendanceStatus.PRESENT),
    event(text.events[1], first.plus({ days: 1 }).set({ hour: 14 }), 3, AttendanceStatus.ABSENT_EXCUSED),
  ];
  return {
    learner: { firstName: 'Éloïse', lastName: 'Lefèvre', email: 'eloise.lefevre@example.org' },
    organisation: 'Université de Lyon — Service formation continue',
    training: { title: text.training, code: 'SST-2026', description: '', objectives: text.objectives },
    session: { title: text.session, description: '', startDate: events[0].startAt, endDate: events[1].endAt },
    sessionTimeZone: ZONE,
    trainers,
    event: events[0],
    events,
    // An event certificate is about the first event alone; a session certificate adds both up.
    hours:
      kind === TemplateKind.ATTENDANCE_CERTIFICATE
        ? { attended: 3.5, scheduled: 3.5, outcome: AttendanceOutcomeKind.FULL }
        : { attended: 3.5, scheduled: 6.5, outcome: AttendanceOutcomeKind.PARTIAL },
    message: text.message,
    now,
  };
}
