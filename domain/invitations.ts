import { In, MoreThan } from 'typeorm';
import { Event, InvitationSending, Template, TemplateKind, User } from '../entities';
import { renderCalendar } from '../lib/ical';
import { Actor } from './actor';
import { entriesOf, MAX_CALENDAR_EVENTS } from './calendar';
import { DomainContext } from './context';
import { confirmedLearners, documentReaders, type LearnersOf } from './document-readers';
import { conflict, notFound } from './errors';
import { ErrorReason } from './error-reasons';
import { getEvent } from './events';
import { enqueueMails } from './outbox';
import { ChildPagesSpec } from './pagination';
import { isSessionStaff } from './permissions';
import { staffSessionCondition } from './staff-sessions';
import { getSession } from './sessions';
import { hasEnded } from './status';
import { renderDocuments, type RenderedDocument } from './template-render';
import { inTransaction } from './transaction';

/** What an invitation invites to (#10 §5): a whole session, or one event. */
export type InvitationTarget = { sessionId: number } | { eventId: number };

/** The session or event an invitation is about, loaded in the actor's scope (else NOT_FOUND). */
interface Invited {
  kind: TemplateKind;
  sessionId: number;
  event: Event | null;
  /** Its title: the PDF's and the calendar's name. */
  title: string;
  /** The session's end, or the event's: R4 decides on it. */
  endAt: Date;
}

async function invitedOf(ctx: DomainContext, target: InvitationTarget): Promise<Invited> {
  if ('eventId' in target) {
    const event = await getEvent(ctx, target.eventId, 'eventId');
    return { kind: TemplateKind.EVENT_INVITATION, sessionId: event.sessionId, event, title: event.name, endAt: event.endAt };
  }
  const session = await getSession(ctx, target.sessionId, 'sessionId');
  return { kind: TemplateKind.SESSION_INVITATION, sessionId: session.id, event: null, title: session.title, endAt: session.endDate };
}

const learnersOf = (invited: Invited): LearnersOf => (invited.event ? { eventId: invited.event.id } : { sessionId: invited.sessionId });

const targetsOf = (invited: Invited, userIds: number[]) =>
  userIds.map((userId) => ({ sessionId: invited.sessionId, eventId: invited.event?.id ?? null, userId }));

/**
 * R4: the events a sending puts in the learners' calendars, those not ended: the event itself, or the session's
 * open events. Null when no invitation may be sent: an ended event, or a session whose end or every event has
 * passed.
 */
async function openEventsOf(ctx: DomainContext, invited: Invited): Promise<Event[] | null> {
  const now = ctx.clock.now();
  if (invited.event) return hasEnded(invited.event.endAt, now) ? null : [invited.event];
  const [open, any] = await Promise.all([
    ctx.manager.find(Event, {
      where: { sessionId: invited.sessionId, endAt: MoreThan(now) },
      order: { startAt: 'ASC', id: 'ASC' },
      take: MAX_CALENDAR_EVENTS,
    }),
    ctx.manager.exists(Event, { where: { sessionId: invited.sessionId } }),
  ]);
  return hasEnded(invited.endAt, now) || (any && !open.length) ? null : open;
}

/** The audit's name of the template: its own, or the default one shipped in that language. */
async function templateNames(ctx: DomainContext, docs: RenderedDocument[]): Promise<Map<number, string>> {
  const ids = [...new Set(docs.map((d) => d.templateId).filter((id): id is number => id !== null))];
  const rows = ids.length ? await ctx.manager.find(Template, { where: { id: In(ids) }, select: { id: true, name: true } }) : [];
  return new Map(rows.map((t) => [t.id, t.name]));
}

const fullName = (user: Pick<User, 'firstName' | 'lastName'>) => `${user.firstName} ${user.lastName}`.trim();

export interface InvitationOptions {
  /** Only these learners (each must be a confirmed learner of the session or event); all of them when absent. */
  userIds?: number[] | null;
  /** The template to use; else the organisation's of that kind in each learner's language, else the default. */
  templateId?: number | null;
}

/**
 * #10 §5: sends the invitation (convocation) of a session or an event to its confirmed learners, or to some of
 * them, by the session's staff (managers, its trainers, administrators; anyone else NOT_FOUND). Each learner gets one e-mail in their
 * language with the calendar entries attached (the same UID as the feeds, domain/calendar.ts), queued in the
 * outbox, and one audit row, all in one transaction: what is recorded is exactly what was queued.
 * `origin` is the site's address, which the calendar UIDs are unique in.
 */
export function sendInvitations(ctx: DomainContext, target: InvitationTarget, options: InvitationOptions, origin: string | null): Promise<InvitationSending[]> {
  return inTransaction(ctx, async (tx) => {
    const invited = await invitedOf(tx, target);
    // #10 §9: out of the staff's scope, a sending answers like a missing session (a public session is seen by all).
    if (!(await isSessionStaff(tx, invited.sessionId))) throw notFound(invited.event ? 'Event' : 'Session', invited.event ? 'eventId' : 'sessionId');
    const events = await openEventsOf(tx, invited);
    if (!events)
      throw conflict(ErrorReason.INVITATION_AFTER_END, 'it has ended: no invitation is sent (R4)', invited.event ? 'eventId' : 'sessionId');
    const learners = await confirmedLearners(tx, learnersOf(invited));
    const wanted = options.userIds ? [...new Set(options.userIds)] : learners;
    const stranger = wanted.find((id) => !learners.includes(id));
    if (stranger !== undefined)
      throw conflict(ErrorReason.NOT_CONFIRMED_LEARNER, 'only confirmed learners are invited', 'userIds', { userId: stranger });
    if (!wanted.length) throw conflict(ErrorReason.NO_LEARNER, 'there is no confirmed learner to invite');
    const [docs, users, entries] = await Promise.all([
      renderDocuments(tx, invited.kind, targetsOf(invited, wanted), { templateId: options.templateId ?? null }),
      tx.manager.find(User, { where: { id: In(wanted) }, select: { id: true, email: true, firstName: true, lastName: true } }),
      entriesOf(tx, events, origin),
    ]);
    const now = tx.clock.now();
    const ics = Buffer.from(renderCalendar(invited.title, entries, now));
    const userById = new Map(users.map((u) => [u.id, u]));
    const recipients = wanted.map((id) => userById.get(id)!);
    const mails = await enqueueMails(
      tx,
      recipients.map((user, i) => ({
        purpose: 'INVITATION',
        toAddress: user.email,
        toName: fullName(user),
        userId: user.id,
        sessionId: invited.sessionId,
        eventId: invited.event?.id ?? null,
        subject: docs[i].subject,
        text: docs[i].text,
        html: docs[i].html,
        attachments: [{ filename: 'invitation.ics', contentType: 'text/calendar; charset=utf-8', content: ics }],
      })),
    );
    const names = await templateNames(tx, docs);
    const rows = recipients.map((user, i) =>
      tx.manager.create(InvitationSending, {
        kind: invited.kind,
        sessionId: invited.sessionId,
        eventId: invited.event?.id ?? null,
        userId: user.id,
        toAddress: user.email,
        toName: fullName(user),
        subject: docs[i].subject,
        locale: docs[i].locale,
        templateId: docs[i].templateId,
        templateName: (docs[i].templateId !== null && names.get(docs[i].templateId!)) || `default ${docs[i].locale}`,
        outboxMailId: mails[i].id,
        sentById: tx.actor.kind === 'user' ? tx.actor.userId : null,
        sentAt: now,
      }),
    );
    // Chunks keep each statement under the databases' parameter limits, as enqueueMails does.
    for (let i = 0; i < rows.length; i += 500) await tx.manager.insert(InvitationSending, rows.slice(i, i + 500));
    return rows;
  });
}

/**
 * #10 §5: the invitations of a session or an event as documents, for its PDF: the staff get every confirmed
 * learner's (or the one `userId`), a learner only their own; anyone else NOT_FOUND. Also after the end: a PDF
 * is evidence, only sending is refused (R4).
 */
export async function invitationDocuments(ctx: DomainContext, target: InvitationTarget, userId: number | null) {
  const invited = await invitedOf(ctx, target);
  const learners = await confirmedLearners(ctx, learnersOf(invited));
  const readers = await documentReaders(ctx, invited.sessionId, learners, userId);
  if (!readers.length) throw conflict(ErrorReason.NO_LEARNER, 'there is no confirmed learner to invite');
  const docs = await renderDocuments(ctx, invited.kind, targetsOf(invited, readers));
  return { title: invited.title, docs };
}

/**
 * What the staff's « Envoyer la convocation » needs to know: how many confirmed learners would get it, and
 * whether it may be sent at all (R4). Null for whoever is not staff of the session.
 */
export async function invitationSummary(ctx: DomainContext, target: InvitationTarget) {
  const invited = await invitedOf(ctx, target);
  if (!(await isSessionStaff(ctx, invited.sessionId))) return null;
  const [events, learners] = await Promise.all([openEventsOf(ctx, invited), confirmedLearners(ctx, learnersOf(invited))]);
  return { open: events !== null, learners: learners.length };
}

/**
 * Who sees the invitations sent (the audit, #10 §5): the session's staff all of them (staff-sessions.ts), a
 * learner the ones sent to them.
 */
export function invitationsSpec(actor: Actor, parentColumn: 'sessionId' | 'eventId'): ChildPagesSpec<InvitationSending> {
  const staff = staffSessionCondition(actor, 'c.sessionId');
  return {
    entity: InvitationSending,
    parentColumn,
    order: { column: 'sentAt', direction: 'DESC' },
    where: staff
      ? { sql: `(${staff.sql} OR c.userId = :invitationOwner)`, parameters: { ...staff.parameters, invitationOwner: actor.kind === 'user' ? actor.userId : -1 } }
      : undefined,
  };
}
