import { In } from 'typeorm';
import { Attendance, AttendanceStatus, InscriptionRole, InscriptionState } from '../entities';
import type { Locale } from '../lib/locale';
import { csvBytes } from '../lib/tabular/csv';
import type { Table, TableCell } from '../lib/tabular/table';
import { xlsxBytes } from '../lib/tabular/xlsx';
import { sessionAttendanceOutcomes } from './attendance-outcome';
import { DomainContext } from './context';
import { getStaffEvent, getStaffSession } from './document-scope';
import type { DocumentFile } from './document-file';
import { DOCUMENT_WORDS } from './document-words';
import { roster, type RosterEntry } from './roster';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportOptions {
  /** Learners, trainers or both: the caller chooses (#10 §7, seed 003). */
  roles: InscriptionRole[];
  format: ExportFormat;
  locale: Locale;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

async function file(ctx: DomainContext, table: Table, base: string, options: ExportOptions): Promise<DocumentFile> {
  const bytes = options.format === 'csv' ? csvBytes(table, options.locale) : await xlsxBytes(table, ctx.clock.now());
  return { fileName: `${base}.${options.format}`, contentType: CONTENT_TYPES[options.format], bytes };
}

/** The columns every export starts with: last name, first name, e-mail, organisation, role, state. */
function personCells(entry: RosterEntry, locale: Locale): TableCell[] {
  const words = DOCUMENT_WORDS[locale];
  return [entry.user.lastName, entry.user.firstName, entry.user.email, entry.organisations.join(', '), words.role[entry.role], words.state[entry.state]];
}

const confirmedLearner = (entry: RosterEntry) => entry.role === InscriptionRole.LEARNER && entry.state === InscriptionState.CONFIRMED;

/**
 * An event's registrants and/or trainers (every registration still standing: confirmed, waiting, pending),
 * with each confirmed learner's recorded attendance (#10 §1; « non renseigné » until recorded). Staff only.
 */
export async function eventRegistrantsExport(ctx: DomainContext, eventId: number, options: ExportOptions): Promise<DocumentFile> {
  const event = await getStaffEvent(ctx, eventId);
  const words = DOCUMENT_WORDS[options.locale];
  const entries = await roster(ctx, { parent: { eventId }, roles: options.roles, confirmedOnly: false });
  const learnerIds = entries.filter(confirmedLearner).map((e) => e.user.id);
  const attendances = learnerIds.length ? await ctx.manager.find(Attendance, { where: { eventId, userId: In(learnerIds) } }) : [];
  const status = new Map(attendances.map((a) => [a.userId, a.status]));
  const c = words.columns;
  const table: Table = {
    name: `${words.registrants} ${event.name}`,
    header: [c.lastName, c.firstName, c.email, c.organisation, c.role, c.state, c.attendance],
    rows: entries.map((entry) => [
      ...personCells(entry, options.locale),
      confirmedLearner(entry) ? words.status[status.get(entry.user.id) ?? AttendanceStatus.UNKNOWN] : null,
    ]),
  };
  return file(ctx, table, `${options.locale === 'fr' ? 'inscrits-seance' : 'registrants-event'}-${event.id}`, options);
}

/**
 * A session's registrants and/or trainers (its own registrations), with each confirmed learner's outcome: full,
 * partial or none, hours attended and hours scheduled (sessionAttendanceOutcomes, the one addition). Staff only.
 */
export async function sessionRegistrantsExport(ctx: DomainContext, sessionId: number, options: ExportOptions): Promise<DocumentFile> {
  const session = await getStaffSession(ctx, sessionId);
  const words = DOCUMENT_WORDS[options.locale];
  const entries = await roster(ctx, { parent: { sessionId }, roles: options.roles, confirmedOnly: false });
  const learnerIds = entries.filter(confirmedLearner).map((e) => e.user.id);
  const outcomes = new Map((await sessionAttendanceOutcomes(ctx, sessionId, learnerIds)).map((o) => [o.userId, o]));
  const c = words.columns;
  const table: Table = {
    name: `${words.registrants} ${session.title}`,
    header: [c.lastName, c.firstName, c.email, c.organisation, c.role, c.state, c.attendance, c.attendedHours, c.scheduledHours],
    rows: entries.map((entry) => {
      const outcome = confirmedLearner(entry) ? outcomes.get(entry.user.id) : undefined;
      return [
        ...personCells(entry, options.locale),
        outcome ? words.outcome[outcome.outcome] : null,
        outcome ? outcome.attendedHours : null,
        outcome ? outcome.scheduledHours : null,
      ];
    }),
  };
  return file(ctx, table, `${options.locale === 'fr' ? 'inscrits-session' : 'registrants-session'}-${session.id}`, options);
}
