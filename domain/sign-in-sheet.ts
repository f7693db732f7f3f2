import { DateTime } from 'luxon';
import { Attendance, AttendanceStatus, AttendanceValidation, InscriptionRole, Location, Session, Training } from '../entities';
import type { Locale } from '../lib/locale';
import { signInSheetPdf, type SignInSheetData } from '../lib/pdf/sign-in-sheet';
import { DomainContext } from './context';
import { getStaffEvent } from './document-scope';
import type { DocumentFile } from './document-file';
import { clockTime, DOCUMENT_WORDS, instantIn, longDate, personName } from './document-words';
import { eventTimeZone } from './events';
import { halfDaysOf } from './half-days';
import { roster } from './roster';

export interface SignInSheetOptions {
  /** Filled from the recorded attendance (#10 §1), else blank to print and sign. */
  filled: boolean;
  locale: Locale;
}

/** « mercredi 3 mars 2027, 09:00 – 17:00 (fuseau Europe/Paris) », both ends dated when the event spans days. */
function eventTimes(startAt: Date, endAt: Date, zone: string, locale: Locale): string {
  const sameDay = DateTime.fromJSDate(startAt, { zone }).hasSame(DateTime.fromJSDate(endAt, { zone }), 'day');
  const zoneWords = DOCUMENT_WORDS[locale].zone(zone);
  return sameDay
    ? `${longDate(startAt, zone, locale)}, ${clockTime(startAt, zone)} – ${clockTime(endAt, zone)} (${zoneWords})`
    : `${longDate(startAt, zone, locale)} ${clockTime(startAt, zone)} – ${longDate(endAt, zone, locale)} ${clockTime(endAt, zone)} (${zoneWords})`;
}

/**
 * The feuille d'émargement of an event (#10 §3), blank or filled: for the session's staff only
 * (document-scope.ts), with a signature column per half-day in the event's zone (half-days.ts), its learners
 * (confirmed registrations), its trainers' countersignature cells and, filled, each learner's recorded
 * attendance (status, who recorded it, when, staff or self check-in, a correction's reason) and the validation.
 */
export async function signInSheet(ctx: DomainContext, eventId: number, options: SignInSheetOptions): Promise<DocumentFile> {
  const { locale, filled } = options;
  const words = DOCUMENT_WORDS[locale];
  const event = await getStaffEvent(ctx, eventId);
  const session = await ctx.manager.findOneByOrFail(Session, { id: event.sessionId });
  const [training, location, people] = await Promise.all([
    ctx.manager.findOneByOrFail(Training, { id: session.trainingId }),
    event.locationId === null ? null : ctx.manager.findOneBy(Location, { id: event.locationId }),
    roster(ctx, { parent: { eventId }, roles: [InscriptionRole.LEARNER, InscriptionRole.TRAINER], confirmedOnly: true }),
  ]);
  const zone = await eventTimeZone(event, async () => location);
  const learners = people.filter((p) => p.role === InscriptionRole.LEARNER);
  const trainers = people.filter((p) => p.role === InscriptionRole.TRAINER);
  const now = ctx.clock.now();

  const halfDays = halfDaysOf(event.startAt, event.endAt, zone);
  const spansDays = new Set(halfDays.map((h) => h.day)).size > 1;
  const halfDayLabel = (h: (typeof halfDays)[number]) =>
    spansDays
      ? `${words.halfDay[h.part]}\n${DateTime.fromJSDate(h.startAt, { zone }).setLocale(locale).toFormat('ccc d LLL')}`
      : `${words.halfDay[h.part]}\n${clockTime(h.startAt, zone)} – ${clockTime(h.endAt, zone)}`;

  const records = new Map<number, string>();
  const closing: string[] = [];
  if (filled) {
    const [attendances, validation] = await Promise.all([
      ctx.manager.find(Attendance, { where: { eventId }, relations: { recordedBy: true } }),
      ctx.manager.findOne(AttendanceValidation, { where: { eventId }, relations: { validatedBy: true } }),
    ]);
    const byUser = new Map(attendances.map((a) => [a.userId, a]));
    for (const learner of learners) {
      const a = byUser.get(learner.user.id);
      const lines = a
        ? [
            words.recorded(words.status[a.status], personName(a.recordedBy, locale), instantIn(a.recordedAt, zone, locale), words.method[a.method]),
            a.comment ? words.comment(a.comment) : null,
            a.correctionReason ? words.correction(a.correctionReason) : null,
          ]
        : [words.status[AttendanceStatus.UNKNOWN]];
      records.set(learner.user.id, lines.filter(Boolean).join('\n'));
    }
    closing.push(validation ? words.validated(personName(validation.validatedBy, locale), instantIn(validation.validatedAt, zone, locale)) : words.notValidated);
  }
  closing.push(words.generated(instantIn(now, zone, locale)));

  const trainerNames = trainers.map((t) => personName(t.user, locale));
  const sheet: SignInSheetData = {
    title: words.signInSheet,
    facts: [
      { label: words.training, value: `${training.title} (${training.code})` },
      { label: words.session, value: session.title },
      { label: words.event, value: event.name },
      { label: words.date, value: eventTimes(event.startAt, event.endAt, zone, locale) },
      {
        label: words.location,
        value: location ? [location.name, location.address, event.locationExtra].filter((part) => part.trim()).join(' — ') : event.locationExtra.trim() || words.none,
      },
      { label: words.trainers, value: trainerNames.join(', ') || words.none },
    ],
    note: filled ? words.filledNote : words.blankNote,
    columns: { name: words.learner, organisation: words.organisation, halfDays: halfDays.map(halfDayLabel) },
    learners: learners.map((l) => ({
      name: personName(l.user, locale),
      organisation: l.organisations.join(', '),
      ...(filled ? { record: records.get(l.user.id) } : {}),
    })),
    noLearners: words.noLearners,
    trainersTitle: words.trainerCountersignature,
    trainerColumn: words.trainer,
    trainers: trainers.map((t) => ({ name: personName(t.user, locale), organisation: t.organisations.join(', ') })),
    closing,
  };
  const stamp = DateTime.fromJSDate(now, { zone: 'utc' }).toFormat("yyyyLLdd'T'HHmm'Z'");
  const bytes = await signInSheetPdf(sheet, {
    title: `${words.signInSheet} — ${event.name}`,
    locale,
    reference: `EVENT-${event.id}-${filled ? 'FILLED' : 'BLANK'}-${stamp}`,
    createdAt: now,
  });
  const kind = locale === 'fr' ? (filled ? 'emargement-rempli' : 'emargement') : filled ? 'sign-in-sheet-filled' : 'sign-in-sheet';
  return { fileName: `${kind}-${event.id}.pdf`, contentType: 'application/pdf', bytes };
}
