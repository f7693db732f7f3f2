/**
 * The tenant matrix (issue #3): every root query and mutation × {anonymous, learner, trainer, manager of
 * organisation A, manager of organisation B, administrator}, acting on an object of organisation A, with the
 * expected outcome: allowed ('ok', and for lists whether A's object is in it), NOT_FOUND, FORBIDDEN,
 * UNAUTHENTICATED, or CONFLICT where the rule refuses everyone (domain.md, "Who may do what"). Issue #6 §2 adds
 * people (users, user, nested e-mail addresses and memberships) and §3 owned locations and templates.
 *
 * The table is checked against the schema first: a new root field fails this file until its row is added.
 * Refused calls must write nothing (every table is compared before and after), and a NOT_FOUND for an object
 * outside the actor's scope must answer exactly like a missing id.
 *
 * One shared world (organisations A and B, A's non-public training, session, event, comment…); a case that
 * deletes or registers acts on objects made for that case, so cases do not depend on each other.
 */
import { DocumentNode, OperationDefinitionNode, parse, validate } from 'graphql';
import { randomBytes } from 'node:crypto';
import { Actor, systemActor } from '../../domain/actor';
import { notify } from '../../domain/notifications';
import { enqueueMails } from '../../domain/outbox';
import { MailState, Message, MessageChannels, MessageRecipient, NotificationKind, OutboxMail, User } from '../../entities';
import { buildCursusSchema } from '../../graphql/schema';
import { GraphQLResult, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';
import { authSecret } from '../../lib/auth-secret';
import { checkInCode, checkInStep } from '../../lib/check-in-code';

jest.setTimeout(60_000);
// The check-in codes are derived from the server secret (#10 §2).
process.env.NEXTAUTH_SECRET ||= randomBytes(32).toString('base64url');

// ---------------------------------------------------------------------------------------------------------
// Actors and outcomes
// ---------------------------------------------------------------------------------------------------------

const ACTORS = ['anonymous', 'learner', 'trainer', 'managerA', 'managerB', 'admin'] as const;
type Who = (typeof ACTORS)[number];

type Outcome = 'ok' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT';
/** For lists: allowed, and whether organisation A's object is in the answer. */
type Listed = { visible: boolean };
type Expected = Outcome | Listed;

const OK = 'ok' as const;
const NF = 'NOT_FOUND' as const;
const FB = 'FORBIDDEN' as const;
const UN = 'UNAUTHENTICATED' as const;
const CF = 'CONFLICT' as const;
const SEEN: Listed = { visible: true };
const HIDDEN: Listed = { visible: false };

/** Expected outcomes, in the order of ACTORS: anonymous, learner, trainer, manager A, manager B, admin. */
type Expectations = [Expected, Expected, Expected, Expected, Expected, Expected];

// ---------------------------------------------------------------------------------------------------------
// The world every case acts on (built once, with the system actor)
// ---------------------------------------------------------------------------------------------------------

interface World {
  tag: string;
  orgA: string;
  orgB: string;
  trainingA: string;
  trainingCode: string;
  sessionA: string;
  sessionTitle: string;
  eventA: string;
  eventName: string;
  commentA: string;
  /** A's public session, taught by the trainer (a member of A): its trainer is listed to everyone. */
  publicSessionA: string;
  /** Shared (no organisation) and organisation A's (#6 §3). */
  location: string;
  locationA: string;
  template: string;
  templateA: string;
  users: Record<Exclude<Who, 'anonymous'>, string>;
  learnerLastName: string;
  /** A member of A registered nowhere: in the scope of A's managers only (#6 §2). */
  memberA: string;
  memberLastName: string;
  actors: Record<Who, Actor>;
}

let api: TestApi;
let f: ReturnType<typeof factories>;
let w: World;

const unique = () => randomBytes(4).toString('hex');
const PASSWORD = 'ancien-mot-de-passe';

/** What a row's variables are built from: the world, who asks, and their user id (null for anonymous). */
interface CaseContext {
  w: World;
  who: Who;
  actor: Actor;
  userId: string | null;
}

type Vars = Record<string, unknown>;

interface Row {
  /** Distinguishes several rows of the same root field. */
  variant?: string;
  /** The operation; its only root field is the row's field. */
  op: string;
  /** Variables; may create objects for this case only (with the system actor). */
  vars: (c: CaseContext) => Promise<Vars> | Vars;
  /** Dotted path of the scoped id in the variables: an out-of-scope NOT_FOUND must equal a missing id's. */
  target?: string;
  /** For lists: whether organisation A's object is in the answer. */
  contains?: (data: any, c: CaseContext) => boolean;
  /** Further checks on an allowed answer. */
  check?: (data: any, c: CaseContext) => void | Promise<void>;
  expect: Expectations;
}

const row = (op: string, vars: Row['vars'], expect: Expectations, more: Partial<Row> = {}): Row => ({ op, vars, expect, ...more });

// Objects made for one case, acting on organisation A (system actor).

/** A MANUAL event of A's session, taught by the trainer. */
const newEvent = (c: CaseContext) =>
  f.event(c.w.sessionA, { name: `Autre séance ${unique()}`, inscriptionMode: 'MANUAL', trainerIds: [c.w.users.trainer] });

/** A comment by the trainer on A's event. */
async function newComment(c: CaseContext): Promise<string> {
  const data = await api.ok(`mutation($e: ID!, $c: String!) { createComment(eventId: $e, content: $c) { id } }`, {
    e: c.w.eventA,
    c: `Consigne ${unique()}`,
  }, c.w.actors.trainer);
  return data.createComment.id;
}

/**
 * #10 §1: an event of A's session that has started (so attendance may be recorded; the clock stays at
 * 2026-03-02T08:00Z), taught by the trainer, the learner registered; `then` prepares it further (system actor).
 */
async function startedEventOfA(c: CaseContext, then: 'none' | 'recorded' | 'validated' = 'none') {
  const eventId = await f.event(c.w.sessionA, {
    name: `Séance commencée ${unique()}`,
    inscriptionMode: 'MANUAL',
    startAt: '2026-03-02T07:30:00Z',
    endAt: '2026-03-02T10:00:00Z',
    trainerIds: [c.w.users.trainer],
  });
  await f.inscription({ eventId, userId: c.w.users.learner });
  if (then !== 'none') await api.ok(`mutation($e: ID!) { markAllPresent(eventId: $e) { status } }`, { e: eventId });
  if (then === 'validated') await api.ok(`mutation($e: ID!) { validateAttendance(eventId: $e) { validatedAt } }`, { e: eventId });
  return eventId;
}

/** Its current self check-in code (#10 §2). */
const checkInCodeOf = (eventId: string) => checkInCode(authSecret(), Number(eventId), checkInStep(api.clock.now()));

/** A (non-public) session of a training of A, taught by the trainer and followed by the learner. */
async function followedSession(c: CaseContext, trainingId = c.w.trainingA) {
  const sessionId = await f.session({ trainingId, title: `Session suivie ${unique()}`, publicRegistration: false });
  await f.inscription({ sessionId, userId: c.w.users.trainer, role: 'TRAINER' });
  const learnerInscription = await f.inscription({ sessionId, userId: c.w.users.learner });
  return { sessionId, learnerInscription: learnerInscription.id };
}

/** The learner's own registration, PENDING (R7), to a validated session of A taught by the trainer. */
async function pendingOfLearner(c: CaseContext): Promise<string> {
  const sessionId = await f.session({ trainingId: c.w.trainingA, publicRegistration: true, registrationValidation: true });
  await f.inscription({ sessionId, userId: c.w.users.trainer, role: 'TRAINER' });
  return (await f.inscription({ sessionId, userId: c.w.users.learner }, c.w.actors.learner)).id;
}

/** An unread notification for the actor (none for anonymous visitors), as a promotion would write it. */
async function noticeFor(c: CaseContext): Promise<Vars> {
  if (c.userId)
    await notify({ manager: api.dataSource.manager, clock: api.clock, actor: systemActor }, [
      { userId: Number(c.userId), kind: NotificationKind.PROMOTED, sessionId: Number(c.w.sessionA) },
    ]);
  return {};
}

/** An unread message of A's session in the actor's inbox (R13); anonymous visitors have none (an id that names nothing). */
async function messageFor(c: CaseContext): Promise<Vars> {
  if (!c.userId) return { id: '999999' };
  const manager = api.dataSource.manager;
  const message = await manager.save(
    manager.create(Message, { senderId: null, sessionId: Number(c.w.sessionA), eventId: null, subject: 'Info', body: 'Texte', channels: MessageChannels.INTERNAL, createdAt: api.clock.now(), recipientCount: 1, emailCount: 0 }),
  );
  const received = await manager.save(manager.create(MessageRecipient, { messageId: message.id, userId: Number(c.userId), readAt: null }));
  return { id: String(received.id) };
}

/** An e-mail of the outbox about A's session (#10 §8), given up (FAILED) when `failed`. */
async function outboxMailOfA(c: CaseContext, failed = false): Promise<Vars> {
  const ctx = { manager: api.dataSource.manager, clock: api.clock, actor: systemActor };
  const [mail] = await enqueueMails(ctx, [
    { purpose: 'MESSAGE', toAddress: `apprenant-${unique()}@example.org`, sessionId: Number(c.w.sessionA), subject: 'Salle', text: 'B12' },
  ]);
  if (failed) await api.dataSource.manager.update(OutboxMail, { id: mail.id }, { state: MailState.FAILED, attempts: 8 });
  return { id: String(mail.id) };
}

/** A public session of A (#9 §2), the actor already registered to it when `registered`. */
async function publicSessionOfA(c: CaseContext, settings: Record<string, unknown> = {}, registered = false): Promise<string> {
  const sessionId = await f.session({ trainingId: c.w.trainingA, publicRegistration: true, ...settings });
  if (registered && c.userId) await f.inscription({ sessionId, userId: c.userId });
  return sessionId;
}

/** A PUBLIC event of a public session of A whose confirmed learner the actor is (R3), and registered to it when `registered`. */
async function publicEventOfA(c: CaseContext, registered = false): Promise<string> {
  const sessionId = await publicSessionOfA(c, {}, true);
  const eventId = await f.event(sessionId, { inscriptionMode: 'PUBLIC' });
  if (registered && c.userId) await f.inscription({ eventId, userId: c.userId });
  return eventId;
}

/**
 * A full session of A (1 seat) taught by the trainer, with two learners waiting. With `seatFreed`, past its
 * promotion cut-off and with its seat freed: the line waits for staff to promote by hand.
 */
async function waitingLineOfA(c: CaseContext, seatFreed = false): Promise<{ last: string }> {
  const sessionId = await f.session({ trainingId: c.w.trainingA, maxUsers: 1, ...(seatFreed ? { promotionCutoffHours: 0 } : {}) });
  await f.inscription({ sessionId, userId: c.w.users.trainer, role: 'TRAINER' });
  const seated = await f.inscription({ sessionId, userId: await f.user() });
  await f.inscription({ sessionId, userId: await f.user() });
  const last = await f.inscription({ sessionId, userId: await f.user() });
  if (seatFreed) await api.ok(`mutation($id: ID!) { removeInscription(id: $id) { id } }`, { id: seated.id });
  return { last: last.id };
}

/** A training of A with such a session. */
async function followedTraining(c: CaseContext): Promise<string> {
  const trainingId = await f.training({ organisationIds: [c.w.orgA], publicRegistration: false, eventInscriptionMode: 'MANUAL' });
  await followedSession(c, trainingId);
  return trainingId;
}

/** A user who belongs to organisation A. */
async function memberOfA(c: CaseContext): Promise<string> {
  const userId = await f.user();
  await api.ok(`mutation($u: ID!, $o: ID!) { setMembership(userId: $u, organisationId: $o, role: MEMBER) { role } }`, {
    u: userId,
    o: c.w.orgA,
  });
  return userId;
}

/** Someone in nobody's scope but the administrators' (#6 §2), with their address. */
async function outsider(): Promise<{ id: string; email: string }> {
  const email = `dehors-${unique()}@example.org`;
  return { id: await f.user({ email }), email };
}

/** A member of A registered to a session of a training of B only. */
async function memberOfARegisteredWithB(c: CaseContext): Promise<string> {
  const userId = await memberOfA(c);
  const sessionId = await f.session({ trainingId: await f.training({ organisationIds: [c.w.orgB] }), publicRegistration: false });
  await f.inscription({ sessionId, userId });
  return userId;
}

/** Whose e-mail address and memberships the actor sees among the people of the world (#6 §2). */
const seesInFull = (c: CaseContext, user: 'learner' | 'trainer' | 'memberA') => {
  if (c.who === 'admin' || c.who === 'managerA' || (user !== 'memberA' && c.who === user)) return { email: true, memberships: true };
  // Trainers see the addresses of the registrants of the sessions they teach, not their organisations.
  if (c.who === 'trainer' && user === 'learner') return { email: true, memberships: false };
  return { email: false, memberships: false };
};

function expectPersonalData(person: { email: string | null; memberships: { organisation: { id: string } }[] }, c: CaseContext, user: 'learner' | 'trainer' | 'memberA') {
  const sees = seesInFull(c, user);
  expect({ email: person.email !== null, memberships: person.memberships.map((m) => m.organisation.id) }).toEqual({
    email: sees.email,
    memberships: sees.memberships ? [c.w.orgA] : [],
  });
}

async function tokenOf(actor: Actor): Promise<string> {
  const data = await api.ok(`mutation($n: String!) { createApiToken(name: $n) { apiToken { id } } }`, { n: `jeton ${unique()}` }, actor);
  return data.createApiToken.apiToken.id;
}

const ids = (connection: { nodes: { id: string }[] }) => connection.nodes.map((n) => n.id);

// ---------------------------------------------------------------------------------------------------------
// The matrix
// ---------------------------------------------------------------------------------------------------------

const MATRIX: { Query: Record<string, Row | Row[]>; Mutation: Record<string, Row | Row[]> } = {
  Query: {
    //                                                                        anonymous learner trainer managerA managerB admin
    trainings: [
      row(`query($s: String) { trainings(search: $s, first: 100) { nodes { id } } }`,
        (c) => ({ s: c.w.trainingCode }),                                     [HIDDEN,   SEEN,   SEEN,   SEEN,    HIDDEN,  SEEN],
        { contains: (d, c) => ids(d.trainings).includes(c.w.trainingA) }),
      // #7: the new-session picker lists only the trainings whose sessions the viewer may create.
      row(`query($s: String) { trainings(search: $s, managed: true, first: 100) { nodes { id } } }`,
        (c) => ({ s: c.w.trainingCode }),                                     [HIDDEN,   HIDDEN, HIDDEN, SEEN,    HIDDEN,  SEEN],
        { variant: 'managed: true', contains: (d, c) => ids(d.trainings).includes(c.w.trainingA) }),
    ],
    training: row(`query($id: ID!) { training(id: $id) { id code organisations { id } } }`,
      (c) => ({ id: c.w.trainingA }),                                         [NF,       OK,     OK,     OK,      NF,      OK],
      { target: 'id' }),
    sessions: row(`query($f: SessionFilter) { sessions(filter: $f, first: 100) { nodes { id } } }`,
      (c) => ({ f: { trainingId: c.w.trainingA, search: c.w.sessionTitle } }), [HIDDEN,   SEEN,   SEEN,   SEEN,    HIDDEN,  SEEN],
      { contains: (d, c) => ids(d.sessions).includes(c.w.sessionA) }),
    session: [
      row(`query($id: ID!) { session(id: $id) { id title organisations { id } } }`,
        (c) => ({ id: c.w.sessionA }),                                        [NF,       OK,     OK,     OK,      NF,      OK],
        { target: 'id' }),
      // #6 §2: who teaches is public, the trainer's address and organisations are not.
      row(`query($id: ID!) { session(id: $id) { trainers { nodes { id email memberships { organisation { id } } } } } }`,
        (c) => ({ id: c.w.publicSessionA }),                                  [OK,       OK,     OK,     OK,      OK,      OK],
        { variant: "A's public session: its trainer's e-mail and memberships", check: (d, c) => {
          expect(ids(d.session.trainers)).toEqual([c.w.users.trainer]);
          expectPersonalData(d.session.trainers.nodes[0], c, 'trainer');
        } }),
    ],
    sessionDraft: row(`query($t: ID!) { sessionDraft(trainingId: $t) { title startDate endDate } }`,
      (c) => ({ t: c.w.trainingA }),                                          [UN,       FB,     FB,     OK,      NF,      OK],
      { target: 't' }),
    // #8 screen 3: the dry run of repeatEvent answers as the mutation does, and writes nothing.
    repeatEventPreview: row(`query($id: ID!) { repeatEventPreview(id: $id, weekdays: [WEDNESDAY], weeks: 1) { timeZone occurrences { startAt } } }`,
      async (c) => ({ id: await newEvent(c) }),                              [UN,       FB,     FB,     OK,      NF,      OK],
      { target: 'id', check: (d) => expect(d.repeatEventPreview.occurrences).toHaveLength(1) }),
    // #10 §2: the rotating check-in code is shown by the session's staff.
    eventCheckIn: row(`query($e: ID!) { eventCheckIn(eventId: $e) { code } }`,
      (c) => ({ e: c.w.eventA }),                                             [UN,       FB,     OK,     OK,      NF,      OK],
      { target: 'e', check: (d, c) => expect(d.eventCheckIn.code).toBe(checkInCodeOf(c.w.eventA)) }),
    repeatLimits: row(`query { repeatLimits { maxCopies maxWeeks } }`,
      () => ({}),                                                             [UN,       OK,     OK,     OK,      OK,      OK],
      { check: (d) => expect(d.repeatLimits).toEqual({ maxCopies: 200, maxWeeks: 52 }) }),
    events: row(`query($f: EventFilter) { events(filter: $f, first: 100) { nodes { id } } }`,
      (c) => ({ f: { search: c.w.eventName } }),                              [HIDDEN,   SEEN,   SEEN,   SEEN,    HIDDEN,  SEEN],
      { contains: (d, c) => ids(d.events).includes(c.w.eventA) }),
    // R11: the event's comments are read by everyone who sees the event (its learner included); #6 §2: the
    // author's address and organisations only by those who have the author in their scope.
    event: row(`query($id: ID!) { event(id: $id) { id name comments { nodes { id author { email memberships { organisation { id } } } } } } }`,
      (c) => ({ id: c.w.eventA }),                                            [NF,       OK,     OK,     OK,      NF,      OK],
      { target: 'id', check: (d, c) => {
        expect(ids(d.event.comments)).toContain(c.w.commentA);
        expectPersonalData(d.event.comments.nodes.find((n: { id: string }) => n.id === c.w.commentA).author, c, 'trainer');
      } }),
    // #6 §3: shared locations and templates for all who may list them; an organisation's for its managers.
    locations: [
      row(`query { locations(first: 100) { nodes { id } } }`,
        () => ({}),                                                           [SEEN,     SEEN,   SEEN,   SEEN,    SEEN,    SEEN],
        { variant: 'a shared location', contains: (d, c) => ids(d.locations).includes(c.w.location) }),
      row(`query { locations(first: 100) { nodes { id organisation { id } } } }`,
        () => ({}),                                                           [HIDDEN,   HIDDEN, HIDDEN, SEEN,    HIDDEN,  SEEN],
        { variant: "A's location", contains: (d, c) => ids(d.locations).includes(c.w.locationA) }),
    ],
    templates: [
      row(`query { templates(first: 100) { nodes { id } } }`,
        () => ({}),                                                           [UN,       FB,     FB,     SEEN,    SEEN,    SEEN],
        { variant: 'a shared template', contains: (d, c) => ids(d.templates).includes(c.w.template) }),
      row(`query { templates(first: 100) { nodes { id organisation { id } } } }`,
        () => ({}),                                                           [UN,       FB,     FB,     SEEN,    HIDDEN,  SEEN],
        { variant: "A's template", contains: (d, c) => ids(d.templates).includes(c.w.templateA) }),
    ],
    // Issue 8 screens 6 and 7: one location or template, as the lists show them.
    location: [
      row(`query($id: ID!) { location(id: $id) { id eventCount viewerCan { edit } } }`,
        (c) => ({ id: c.w.location }),                                        [OK,       OK,     OK,     OK,      OK,      OK],
        { variant: 'a shared location', check: (d, c) => expect(d.location.viewerCan.edit).toBe(c.who === 'admin') }),
      row(`query($id: ID!) { location(id: $id) { id eventCount viewerCan { edit } } }`,
        (c) => ({ id: c.w.locationA }),                                       [NF,       NF,     NF,     OK,      NF,      OK],
        { variant: "A's location", target: 'id', check: (d) => expect([d.location.eventCount, d.location.viewerCan.edit]).toEqual([0, true]) }),
    ],
    template: row(`query($id: ID!) { template(id: $id) { id body viewerCan { edit } } }`,
      (c) => ({ id: c.w.templateA }),                                         [UN,       FB,     FB,     OK,      NF,      OK],
      { target: 'id' }),
    timeZones: row(`query { timeZones }`,
      () => ({}),                                                             [UN,       OK,     OK,     OK,      OK,      OK]),
    templatePlaceholders: row(`query { templatePlaceholders(kind: EMAIL) { name } }`,
      () => ({}),                                                             [UN,       OK,     OK,     OK,      OK,      OK]),
    // #10 §4: sample data only, for the staff who write templates.
    templatePreview: row(`query { templatePreview(kind: EMAIL, locale: "fr", subject: "", body: "{{ message }}") { text } }`,
      () => ({}),                                                             [UN,       FB,     FB,     OK,      OK,      OK]),
    organisations: row(`query { organisations(first: 100) { nodes { id } } }`,
      () => ({}),                                                             [UN,       SEEN,   SEEN,   SEEN,    SEEN,    SEEN],
      { contains: (d, c) => ids(d.organisations).includes(c.w.orgA) }),
    // #6 §2: people are scoped. Administrators: everyone; managers: their organisations' members and their
    // sessions' registrants; trainers: their sessions' registrants; everyone: themselves.
    users: [
      row(`query($s: String) { users(search: $s, first: 100) { nodes { id email memberships { organisation { id } } } } }`,
        (c) => ({ s: c.w.learnerLastName }),                                  [UN,       SEEN,   SEEN,   SEEN,    HIDDEN,  SEEN],
        { variant: "the learner (member of A, registered to A's session)", contains: (d, c) => ids(d.users).includes(c.w.users.learner),
          check: (d, c) => d.users.nodes.length && expectPersonalData(d.users.nodes[0], c, 'learner') }),
      row(`query($s: String) { users(search: $s, first: 100) { nodes { id email memberships { organisation { id } } } } }`,
        (c) => ({ s: c.w.memberLastName }),                                   [UN,       HIDDEN, HIDDEN, SEEN,    HIDDEN,  SEEN],
        { variant: 'a member of A registered nowhere', contains: (d, c) => ids(d.users).includes(c.w.memberA),
          check: (d, c) => d.users.nodes.length && expectPersonalData(d.users.nodes[0], c, 'memberA') }),
    ],
    user: [
      row(`query($id: ID!) { user(id: $id) { id email memberships { organisation { id } } } }`,
        (c) => ({ id: c.w.users.learner }),                                   [UN,       OK,     OK,     OK,      NF,      OK],
        { variant: "the learner (member of A, registered to A's session)", target: 'id', check: (d, c) => expectPersonalData(d.user, c, 'learner') }),
      row(`query($id: ID!) { user(id: $id) { id email memberships { organisation { id } } } }`,
        (c) => ({ id: c.w.memberA }),                                         [UN,       NF,     NF,     OK,      NF,      OK],
        { variant: 'a member of A registered nowhere', target: 'id', check: (d, c) => expectPersonalData(d.user, c, 'memberA') }),
      // Registered to B's session: in B's manager's scope too, organisations included.
      row(`query($id: ID!) { user(id: $id) { id email memberships { organisation { id } } } }`,
        async (c) => ({ id: await memberOfARegisteredWithB(c) }),             [UN,       NF,     NF,     OK,      OK,      OK],
        { variant: "a member of A registered to B's session", target: 'id', check: (d, c) => {
          expect(d.user.email).not.toBeNull();
          expect(d.user.memberships.map((m: { organisation: { id: string } }) => m.organisation.id)).toEqual([c.w.orgA]);
        } }),
    ],
    // #6 §2: enrolment from outside one's scope: the exact address gives a name, nothing more.
    userByEmail: row(`query($e: String!) { userByEmail(email: $e) { id firstName lastName } }`,
      async () => ({ e: (await outsider()).email }),                          [UN,       FB,     FB,     OK,      OK,      OK],
      { check: (d) => expect(Object.keys(d.userByEmail).sort()).toEqual(['firstName', 'id', 'lastName']) }),
    me: row(`query { me { id } }`,
      () => ({}),                                                             [UN,       OK,     OK,     OK,      OK,      OK],
      { check: (d, c) => expect(d.me.id).toBe(c.userId) }),
    // #9 §4: everyone reads their own notifications only.
    notifications: row(`query { notifications(first: 10) { totalCount nodes { id kind } } }`,
      () => ({}),                                                             [UN,       OK,     OK,     OK,      OK,      OK]),
    unreadNotificationCount: row(`query { unreadNotificationCount }`,
      async (c) => ({ ...(await noticeFor(c)) }),                             [UN,       OK,     OK,     OK,      OK,      OK],
      { check: (d) => expect(d.unreadNotificationCount).toBeGreaterThan(0) }),
    // R13: the session's staff list its sent messages; everyone reads their own inbox only.
    // #10 §8: the outbox is read by administrators only.
    outboxMails: row(`query { outboxMails(first: 5) { totalCount } }`,
      () => ({}),                                                             [UN,       FB,     FB,     FB,      FB,      OK]),
    outboxMail: row(`query($id: ID!) { outboxMail(id: $id) { id subject } }`,
      (c) => outboxMailOfA(c),                                                [UN,       NF,     NF,     NF,      NF,      OK],
      { target: 'id', check: (d) => expect(d.outboxMail.subject).toBe('Salle') }),
    // #10 §6: everyone lists their own certificates.
    myCertificates: row(`query { myCertificates { events { id } sessions { session { id } } } }`,
      () => ({}),                                                             [UN,       OK,     OK,     OK,      OK,      OK]),
    sessionMessages: row(`query($sessionId: ID!) { sessionMessages(sessionId: $sessionId) { totalCount } }`,
      async (c) => ({ sessionId: (await followedSession(c)).sessionId }),  [UN,       FB,     OK,     OK,      NF,      OK],
      { target: 'sessionId' }),
    myMessages: row(`query { myMessages(first: 10) { totalCount nodes { id subject } } }`,
      () => ({}),                                                             [UN,       OK,     OK,     OK,      OK,      OK]),
    myMessage: row(`query($id: ID!) { myMessage(id: $id) { id subject read } }`,
      messageFor,                                                             [UN,       OK,     OK,     OK,      OK,      OK],
      { check: (d) => expect(d.myMessage).toMatchObject({ subject: 'Info', read: false }) }),
    unreadMessageCount: row(`query { unreadMessageCount }`,
      messageFor,                                                             [UN,       OK,     OK,     OK,      OK,      OK],
      { check: (d) => expect(d.unreadMessageCount).toBeGreaterThan(0) }),
    apiTokens: row(`query { apiTokens(first: 100) { nodes { id } } }`,
      () => ({}),                                                             [UN,       OK,     OK,     OK,      OK,      OK]),
    // #9: a user's own calendar feed; the catalogue's filter choices are public.
    calendarFeed: row(`query { calendarFeed { createdAt } }`,
      async (c) => {
        // One to find: a signed-in user makes their feed first.
        if (c.userId) await api.ok(`mutation { createCalendarFeed { createdAt } }`, {}, c.actor);
        return {};
      },                                                                      [UN,       OK,     OK,     OK,      OK,      OK]),
    catalogueFilters: row(`query { catalogueFilters { organisations { id } locations { id } } }`,
      () => ({}),                                                             [OK,       OK,     OK,     OK,      OK,      OK]),
    // #7: who is looking, for the screens; the organisations offered are those the viewer may give trainings to.
    viewer: row(`query { viewer { user { id } isStaff isAdmin canCreateTrainings managedOrganisations { id } } }`,
      () => ({}),                                                             [OK,       OK,     OK,     OK,      OK,      OK],
      {
        check: (d, c) => {
          const staff = ['trainer', 'managerA', 'managerB', 'admin'].includes(c.who);
          const managesA = ['managerA', 'admin'].includes(c.who);
          expect({
            user: d.viewer.user?.id ?? null,
            isStaff: d.viewer.isStaff,
            isAdmin: d.viewer.isAdmin,
            canCreateTrainings: d.viewer.canCreateTrainings,
            managesA: ids({ nodes: d.viewer.managedOrganisations }).includes(c.w.orgA),
          }).toEqual({
            user: c.userId,
            isStaff: staff,
            isAdmin: c.who === 'admin',
            canCreateTrainings: ['managerA', 'managerB', 'admin'].includes(c.who),
            managesA,
          });
        },
      }),
  },

  Mutation: {
    // Trainings: managers of the organisations named / of the training; visible-but-not-managed is FORBIDDEN.
    //                                                                        anonymous learner trainer managerA managerB admin
    createTraining: row(`mutation($input: CreateTrainingInput!) { createTraining(input: $input) { id organisations { id } } }`,
      (c) => ({ input: { code: `MX-${unique()}`, title: 'Formation nouvelle', organisationIds: [c.w.orgA] } }),
                                                                              [UN,       FB,     FB,     OK,      FB,      OK],
      { check: (d, c) => expect(d.createTraining.organisations).toEqual([{ id: c.w.orgA }]) }),
    updateTraining: [
      row(`mutation($id: ID!, $input: UpdateTrainingInput!) { updateTraining(id: $id, input: $input) { id } }`,
        (c) => ({ id: c.w.trainingA, input: { description: `Revue ${unique()}` } }),
                                                                              [UN,       FB,     FB,     OK,      NF,      OK],
        { target: 'id' }),
      // #6 §3: a manager adds and removes only organisations they manage (those kept need not be theirs).
      row(`mutation($id: ID!, $input: UpdateTrainingInput!) { updateTraining(id: $id, input: $input) { id organisations { id } } }`,
        async (c) => ({ id: await f.training({ organisationIds: [c.w.orgA, c.w.orgB] }), input: { organisationIds: [c.w.orgB] } }),
                                                                              [UN,       NF,     NF,     OK,      FB,      OK],
        { variant: 'a training of A and B: taking A away', target: 'id', check: (d, c) => expect(d.updateTraining.organisations).toEqual([{ id: c.w.orgB }]) }),
      row(`mutation($id: ID!, $input: UpdateTrainingInput!) { updateTraining(id: $id, input: $input) { id organisations { id } } }`,
        async (c) => ({ id: await f.training({ organisationIds: [c.w.orgA, c.w.orgB] }), input: { organisationIds: [c.w.orgA] } }),
                                                                              [UN,       NF,     NF,     FB,      OK,      OK],
        { variant: 'a training of A and B: taking B away', target: 'id', check: (d, c) => expect(d.updateTraining.organisations).toEqual([{ id: c.w.orgA }]) }),
    ],
    deleteTraining: row(`mutation($id: ID!) { deleteTraining(id: $id) { id } }`,
      async (c) => ({ id: await followedTraining(c) }),                      [UN,       FB,     FB,     OK,      NF,      OK],
      { target: 'id' }),

    // Sessions (R1: their training's organisations decide).
    createSession: row(`mutation($input: CreateSessionInput!) { createSession(input: $input) { id training { id } } }`,
      (c) => ({ input: { trainingId: c.w.trainingA, title: `Nouvelle session ${unique()}` } }),
                                                                              [UN,       FB,     FB,     OK,      NF,      OK],
      { target: 'input.trainingId' }),
    updateSession: row(`mutation($id: ID!, $input: UpdateSessionInput!) { updateSession(id: $id, input: $input) { id } }`,
      (c) => ({ id: c.w.sessionA, input: { description: `Revue ${unique()}` } }),
                                                                              [UN,       FB,     FB,     OK,      NF,      OK],
      { target: 'id' }),
    deleteSession: row(`mutation($id: ID!) { deleteSession(id: $id) { id } }`,
      async (c) => ({ id: (await followedSession(c)).sessionId }),           [UN,       FB,     FB,     OK,      NF,      OK],
      { target: 'id' }),

    // Events: managers of the training; trainers teach, they do not create or change events.
    createEvent: row(`mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
      (c) => ({ input: { sessionId: c.w.sessionA, name: `Séance créée ${unique()}`, startAt: '2026-03-12T08:00:00Z', endAt: '2026-03-12T10:00:00Z' } }),
                                                                              [UN,       FB,     FB,     OK,      NF,      OK],
      { target: 'input.sessionId' }),
    updateEvent: row(`mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id } }`,
      (c) => ({ id: c.w.eventA, input: { description: `Revue ${unique()}` } }),
                                                                              [UN,       FB,     FB,     OK,      NF,      OK],
      { target: 'id' }),
    deleteEvent: row(`mutation($id: ID!) { deleteEvent(id: $id) { id } }`,
      async (c) => ({ id: await newEvent(c) }),                              [UN,       FB,     FB,     OK,      NF,      OK],
      { target: 'id' }),
    repeatEvent: row(`mutation($id: ID!) { repeatEvent(id: $id, weekdays: [WEDNESDAY], weeks: 1) { id } }`,
      async (c) => ({ id: await newEvent(c) }),                              [UN,       FB,     FB,     OK,      NF,      OK],
      { target: 'id', check: (d) => expect(d.repeatEvent).toHaveLength(1) }),

    // Inscriptions: managers register anyone; trainers register learners to MANUAL events; the learner may not
    // register or unregister themself here (no public registration / unregistration, MANUAL mode).
    addInscription: [
      row(`mutation($input: AddInscriptionInput!) { addInscription(input: $input) { id state } }`,
        async (c) => ({ input: { sessionId: c.w.sessionA, userId: await memberOfA(c), role: 'LEARNER' } }),
                                                                              [UN,       FB,     FB,     OK,      NF,      OK],
        { variant: 'another learner into the session', target: 'input.sessionId', check: (d) => expect(d.addInscription.state).toBe('CONFIRMED') }),
      // #6 §2: by id, only people already in one's scope (registering strangers would pull them into view)…
      row(`mutation($input: AddInscriptionInput!) { addInscription(input: $input) { id state } }`,
        async (c) => ({ input: { sessionId: c.w.sessionA, userId: (await outsider()).id, role: 'LEARNER' } }),
                                                                              [UN,       FB,     FB,     NF,      NF,      OK],
        { variant: 'an outsider, by id', target: 'input.userId' }),
      // … and someone from outside by their exact e-mail address, by the session's managers.
      row(`mutation($input: AddInscriptionInput!) { addInscription(input: $input) { id state user { email } } }`,
        async (c) => ({ input: { sessionId: c.w.sessionA, email: (await outsider()).email, role: 'LEARNER' } }),
                                                                              [UN,       FB,     FB,     OK,      NF,      OK],
        { variant: 'an outsider, by e-mail address', target: 'input.sessionId', check: (d) => expect(d.addInscription.user.email).not.toBeNull() }),
      row(`mutation($input: AddInscriptionInput!) { addInscription(input: $input) { id state } }`,
        async (c) => ({ input: { eventId: await newEvent(c), userId: c.w.users.learner, role: 'LEARNER' } }),
                                                                              [UN,       FB,     OK,     OK,      NF,      OK],
        { variant: 'the learner into a MANUAL event', target: 'input.eventId', check: (d) => expect(d.addInscription.state).toBe('CONFIRMED') }),
    ],
    // #8: several at once, with addInscription's rules; the result says, per person, what happened.
    addEventRegistrants: row(`mutation($e: ID!, $u: [ID!]!) { addEventRegistrants(eventId: $e, userIds: $u) { userId outcome inscription { state } } }`,
      async (c) => ({ e: await newEvent(c), u: [c.w.users.learner] }),      [UN,       FB,     OK,     OK,      NF,      OK],
      { target: 'e', check: (d) => expect(d.addEventRegistrants).toEqual([expect.objectContaining({ outcome: 'ADDED', inscription: { state: 'CONFIRMED' } })]) }),
    removeInscription: [
      row(`mutation($id: ID!) { removeInscription(id: $id) { id } }`,
        async (c) => ({ id: (await followedSession(c)).learnerInscription }), [UN,       FB,     FB,     OK,      NF,      OK],
        { variant: "the learner's session inscription", target: 'id' }),
      row(`mutation($id: ID!) { removeInscription(id: $id) { id } }`,
        async (c) => ({ id: (await f.inscription({ eventId: await newEvent(c), userId: c.w.users.learner })).id }),
                                                                              [UN,       FB,     OK,     OK,      NF,      OK],
        { variant: "the learner's MANUAL event inscription", target: 'id' }),
    ],
    // R7 (#7): managers of the training accept or refuse; the learner and the session's trainer see it, may not.
    validateInscription: row(`mutation($id: ID!) { validateInscription(id: $id, accept: true) { id state } }`,
      async (c) => ({ id: await pendingOfLearner(c) }),                       [UN,       FB,     FB,     OK,      NF,      OK],
      { target: 'id', check: (d) => expect(d.validateInscription.state).toBe('CONFIRMED') }),

    // #9 §2–3: the signed-in user's own registrations follow the learner rules, staff included (staff register
    // people with addInscription): a public session of A is open to everyone signed in; A's non-public session
    // refuses its trainer and managers (FORBIDDEN REGISTRATION_NOT_PUBLIC) and is not found by B's manager.
    registerToSession: [
      row(`mutation($sessionId: ID!) { registerToSession(sessionId: $sessionId) { id state user { id } } }`,
        async (c) => ({ sessionId: await publicSessionOfA(c) }),                [UN,       OK,     OK,     OK,      OK,      OK],
        { variant: 'a public session of A', target: 'sessionId', check: (d, c) => expect([d.registerToSession.state, d.registerToSession.user.id]).toEqual(['CONFIRMED', c.userId]) }),
      row(`mutation($sessionId: ID!) { registerToSession(sessionId: $sessionId) { id state } }`,
        (c) => ({ sessionId: c.w.sessionA }),                                   [UN,       FB,     FB,     FB,      NF,      FB],
        { variant: "A's non-public session (the learner is registered)", target: 'sessionId' }),
    ],
    unregisterFromSession: row(`mutation($sessionId: ID!) { unregisterFromSession(sessionId: $sessionId) { id } }`,
      async (c) => ({ sessionId: await publicSessionOfA(c, { publicUnregistration: true }, true) }),
                                                                              [UN,       OK,     OK,     OK,      OK,      OK],
      { target: 'sessionId' }),
    registerToEvent: row(`mutation($eventId: ID!) { registerToEvent(eventId: $eventId) { id state } }`,
      async (c) => ({ eventId: await publicEventOfA(c) }),                    [UN,       OK,     OK,     OK,      OK,      OK],
      { target: 'eventId', check: (d) => expect(d.registerToEvent.state).toBe('CONFIRMED') }),
    unregisterFromEvent: row(`mutation($eventId: ID!) { unregisterFromEvent(eventId: $eventId) { id } }`,
      async (c) => ({ eventId: await publicEventOfA(c, true) }),              [UN,       OK,     OK,     OK,      OK,      OK],
      { target: 'eventId' }),
    // #9 §4: the training's managers reorder and promote; the session's trainer sees the line, may not.
    moveInWaitingList: row(`mutation($id: ID!) { moveInWaitingList(id: $id, position: 1) { id position } }`,
      async (c) => ({ id: (await waitingLineOfA(c)).last }),                 [UN,       NF,     FB,     OK,      NF,      OK],
      { target: 'id', check: (d) => expect(d.moveInWaitingList.position).toBe(1) }),
    promoteInscription: row(`mutation($id: ID!) { promoteInscription(id: $id) { id state } }`,
      async (c) => ({ id: (await waitingLineOfA(c, true)).last }),           [UN,       NF,     FB,     OK,      NF,      OK],
      { target: 'id', check: (d) => expect(d.promoteInscription.state).toBe('CONFIRMED') }),
    markNotificationsRead: row(`mutation { markNotificationsRead }`,
      async (c) => ({ ...(await noticeFor(c)) }),                             [UN,       OK,     OK,     OK,      OK,      OK],
      { check: (d) => expect(d.markNotificationsRead).toBeGreaterThan(0) }),
    // R13: the session's staff (its managers, its trainers) message its learners.
    sendMessage: row(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { internalRecipients emailsQueued } }`,
      async (c) => ({ input: { sessionId: (await followedSession(c)).sessionId, subject: 'Salle', body: 'B12', channels: 'BOTH' } }),
                                                                              [UN,       FB,     OK,     OK,      NF,      OK],
      { target: 'input.sessionId', check: (d) => expect(d.sendMessage).toEqual({ internalRecipients: 1, emailsQueued: 1 }) }),
    // #10 §8: administrators queue a given-up e-mail again.
    retryOutboxMail: row(`mutation($id: ID!) { retryOutboxMail(id: $id) { state } }`,
      (c) => outboxMailOfA(c, true),                                          [UN,       NF,     NF,     NF,      NF,      OK],
      { target: 'id', check: (d) => expect(d.retryOutboxMail.state).toBe('PENDING') }),
    // #10 §5: the session's staff send its invitations, one per confirmed learner.
    sendSessionInvitations: row(`mutation($s: ID!) { sendSessionInvitations(sessionId: $s) { id } }`,
      async (c) => ({ s: (await followedSession(c)).sessionId }),           [UN,       NF,     OK,     OK,      NF,      OK],
      { target: 's', check: (d) => expect(d.sendSessionInvitations).toHaveLength(1) }),
    sendEventInvitations: row(`mutation($e: ID!) { sendEventInvitations(eventId: $e) { id } }`,
      async (c) => {
        const eventId = await newEvent(c);
        await f.inscription({ eventId, userId: c.w.users.learner });
        return { e: eventId };
      },                                                                      [UN,       NF,     OK,     OK,      NF,      OK],
      { target: 'e', check: (d) => expect(d.sendEventInvitations).toHaveLength(1) }),
    markMessagesRead: row(`mutation($ids: [ID!]) { markMessagesRead(ids: $ids) }`,
      async (c) => ({ ids: [(await messageFor(c)).id] }),                    [UN,       OK,     OK,     OK,      OK,      OK],
      { check: (d) => expect(d.markMessagesRead).toBe(1) }),

    // Comments (R11): the session's staff write; an author edits their own; the author or a manager deletes.
    // Administrators may do everything (domain.md, "Who may do what").
    createComment: row(`mutation($e: ID!, $c: String!) { createComment(eventId: $e, content: $c) { id } }`,
      (c) => ({ e: c.w.eventA, c: `Note ${unique()}` }),                     [UN,       FB,     OK,     OK,      NF,      OK],
      { target: 'e' }),
    updateComment: row(`mutation($id: ID!, $c: String!) { updateComment(id: $id, content: $c) { id } }`,
      (c) => ({ id: c.w.commentA, c: `Corrigé ${unique()}` }),               [UN,       FB,     OK,     FB,      NF,      OK],
      { target: 'id' }),
    deleteComment: row(`mutation($id: ID!) { deleteComment(id: $id) { id } }`,
      async (c) => ({ id: await newComment(c) }),                            [UN,       FB,     OK,     OK,      NF,      OK],
      { target: 'id' }),

    // Attendance (#10 §1): the session's staff record, mark all present and validate; after validation only the
    // training's managers correct. Self check-in (#10 §2): a confirmed learner of the event only.
    recordAttendance: row(`mutation($e: ID!, $u: ID!) { recordAttendance(eventId: $e, userId: $u, status: ABSENT_EXCUSED) { status } }`,
      async (c) => ({ e: await startedEventOfA(c), u: c.w.users.learner }),  [UN,       FB,     OK,     OK,      NF,      OK],
      { target: 'e' }),
    markAllPresent: row(`mutation($e: ID!) { markAllPresent(eventId: $e) { status } }`,
      async (c) => ({ e: await startedEventOfA(c) }),                        [UN,       FB,     OK,     OK,      NF,      OK],
      { target: 'e', check: (d) => expect(d.markAllPresent).toEqual([{ status: 'PRESENT' }]) }),
    validateAttendance: row(`mutation($e: ID!) { validateAttendance(eventId: $e) { validatedAt } }`,
      async (c) => ({ e: await startedEventOfA(c, 'recorded') }),            [UN,       FB,     OK,     OK,      NF,      OK],
      { target: 'e' }),
    correctAttendance: row(`mutation($e: ID!, $u: ID!) { correctAttendance(eventId: $e, userId: $u, status: ABSENT_EXCUSED, reason: "Justificatif") { corrected } }`,
      async (c) => ({ e: await startedEventOfA(c, 'validated'), u: c.w.users.learner }), [UN, FB,  FB,     OK,      NF,      OK],
      { target: 'e' }),
    checkIn: row(`mutation($e: ID!, $code: String!) { checkIn(eventId: $e, code: $code) { status method } }`,
      async (c) => {
        const e = await startedEventOfA(c);
        return { e, code: checkInCodeOf(e) };
      },                                                                      [UN,       OK,     FB,     FB,      NF,      FB],
      { target: 'e', check: (d) => expect(d.checkIn).toEqual({ status: 'PRESENT', method: 'SELF' }) }),

    // Locations and templates (#6 §3): an organisation's are managed by its managers, shared ones (no
    // organisation) by administrators; another organisation's do not exist for a manager.
    createLocation: [
      row(`mutation($input: CreateLocationInput!) { createLocation(input: $input) { id organisation { id } } }`,
        (c) => ({ input: { name: `Salle ${unique()}`, timeZone: 'Europe/Paris', organisationId: c.w.orgA } }),
                                                                              [UN,       FB,     FB,     OK,      FB,      OK],
        { variant: 'for A', check: (d, c) => expect(d.createLocation.organisation).toEqual({ id: c.w.orgA }) }),
      row(`mutation($input: CreateLocationInput!) { createLocation(input: $input) { id organisation { id } } }`,
        () => ({ input: { name: `Salle ${unique()}`, timeZone: 'Europe/Paris' } }),
                                                                              [UN,       FB,     FB,     FB,      FB,      OK],
        { variant: 'shared', check: (d) => expect(d.createLocation.organisation).toBeNull() }),
    ],
    updateLocation: [
      row(`mutation($id: ID!, $input: UpdateLocationInput!) { updateLocation(id: $id, input: $input) { id } }`,
        (c) => ({ id: c.w.locationA, input: { address: `${Math.floor(Math.random() * 99)} rue Neuve` } }),
                                                                              [UN,       FB,     FB,     OK,      NF,      OK],
        { variant: "A's", target: 'id' }),
      row(`mutation($id: ID!, $input: UpdateLocationInput!) { updateLocation(id: $id, input: $input) { id } }`,
        (c) => ({ id: c.w.location, input: { address: `${Math.floor(Math.random() * 99)} rue Neuve` } }),
                                                                              [UN,       FB,     FB,     FB,      FB,      OK],
        { variant: 'shared' }),
      row(`mutation($id: ID!, $input: UpdateLocationInput!) { updateLocation(id: $id, input: $input) { id organisation { id } } }`,
        async (c) => ({ id: await f.location('Europe/Paris', { organisationId: c.w.orgA }), input: { organisationId: c.w.orgB } }),
                                                                              [UN,       FB,     FB,     FB,      NF,      OK],
        { variant: "A's, handed to B", target: 'id' }),
    ],
    deleteLocation: [
      row(`mutation($id: ID!) { deleteLocation(id: $id) { id } }`,
        async (c) => ({ id: await f.location('Europe/Paris', { organisationId: c.w.orgA }) }),
                                                                              [UN,       FB,     FB,     OK,      NF,      OK],
        { variant: "A's, unused", target: 'id' }),
      row(`mutation($id: ID!) { deleteLocation(id: $id) { id } }`,
        async () => ({ id: await f.location() }),                            [UN,       FB,     FB,     FB,      FB,      OK],
        { variant: 'shared, unused' }),
      // Events would lose their place: refused for everyone, nothing written.
      row(`mutation($id: ID!) { deleteLocation(id: $id) { id } }`,
        async (c) => {
          const locationId = await f.location('Europe/Paris', { organisationId: c.w.orgA });
          await f.event(c.w.sessionA, { locationId });
          return { id: locationId };
        },                                                                    [UN,       FB,     FB,     CF,      NF,      CF],
        { variant: "A's, used by an event", target: 'id' }),
    ],
    createTemplate: [
      row(`mutation($input: CreateTemplateInput!) { createTemplate(input: $input) { id organisation { id } } }`,
        (c) => ({ input: { name: `Modèle ${unique()}`, kind: 'EMAIL', body: 'Bonjour {{learner.firstName}}', organisationId: c.w.orgA } }),
                                                                              [UN,       FB,     FB,     OK,      FB,      OK],
        { variant: 'for A', check: (d, c) => expect(d.createTemplate.organisation).toEqual({ id: c.w.orgA }) }),
      row(`mutation($input: CreateTemplateInput!) { createTemplate(input: $input) { id organisation { id } } }`,
        () => ({ input: { name: `Modèle ${unique()}`, kind: 'EMAIL', body: 'Bonjour {{learner.firstName}}' } }),
                                                                              [UN,       FB,     FB,     FB,      FB,      OK],
        { variant: 'shared', check: (d) => expect(d.createTemplate.organisation).toBeNull() }),
    ],
    updateTemplate: [
      row(`mutation($id: ID!, $input: UpdateTemplateInput!) { updateTemplate(id: $id, input: $input) { id } }`,
        (c) => ({ id: c.w.templateA, input: { subject: `Sujet ${unique()}` } }),
                                                                              [UN,       FB,     FB,     OK,      NF,      OK],
        { variant: "A's", target: 'id' }),
      row(`mutation($id: ID!, $input: UpdateTemplateInput!) { updateTemplate(id: $id, input: $input) { id } }`,
        (c) => ({ id: c.w.template, input: { subject: `Sujet ${unique()}` } }),
                                                                              [UN,       FB,     FB,     FB,      FB,      OK],
        { variant: 'shared' }),
    ],
    deleteTemplate: [
      row(`mutation($id: ID!) { deleteTemplate(id: $id) { id } }`,
        async (c) => ({ id: await newTemplate({ organisationId: c.w.orgA }) }), [UN,     FB,     FB,     OK,      NF,      OK],
        { variant: "A's", target: 'id' }),
      row(`mutation($id: ID!) { deleteTemplate(id: $id) { id } }`,
        async () => ({ id: await newTemplate() }),                           [UN,       FB,     FB,     FB,      FB,      OK],
        { variant: 'shared' }),
    ],

    // Organisations: administrators only.
    createOrganisation: row(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      (c) => ({ input: { name: `Sous-organisation ${unique()}`, parentId: c.w.orgA } }),
                                                                              [UN,       FB,     FB,     FB,      FB,      OK]),
    updateOrganisation: row(`mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }`,
      (c) => ({ id: c.w.orgA, input: { name: `Organisation A ${c.w.tag} ${unique()}` } }),
                                                                              [UN,       FB,     FB,     FB,      FB,      OK]),
    deleteOrganisation: row(`mutation($id: ID!) { deleteOrganisation(id: $id) { id } }`,
      async (c) => ({ id: await newSubOrganisation(c) }),                    [UN,       FB,     FB,     FB,      FB,      OK]),

    // Users: administrators; everyone changes their own name, language and time zone.
    createUser: row(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      () => ({ input: { email: `nouveau-${unique()}@example.org`, firstName: 'Nouveau', lastName: `Venu ${unique()}` } }),
                                                                              [UN,       FB,     FB,     FB,      FB,      OK]),
    updateUser: [
      row(`mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id firstName } }`,
        async (c) => ({ id: await memberOfA(c), input: { firstName: 'Renommé' } }),
                                                                              [UN,       FB,     FB,     FB,      FB,      OK],
        { variant: 'a member of A' }),
      row(`mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id firstName } }`,
        (c) => ({ id: c.userId ?? c.w.users.learner, input: { firstName: `Moi ${unique()}` } }),
                                                                              [UN,       OK,     OK,     OK,      OK,      OK],
        { variant: 'oneself' }),
    ],
    deleteUser: row(`mutation($id: ID!) { deleteUser(id: $id) { id } }`,
      async (c) => {
        const userId = await memberOfA(c);
        await f.inscription({ sessionId: c.w.sessionA, userId });
        return { id: userId };
      },                                                                      [UN,       FB,     FB,     FB,      FB,      OK]),
    setUserPassword: row(`mutation($u: ID!, $p: String!) { setUserPassword(userId: $u, password: $p) }`,
      async (c) => ({ u: await memberOfA(c), p: 'un-mot-de-passe-solide' }), [UN,       FB,     FB,     FB,      FB,      OK]),

    // Memberships: administrators, and managers for the organisations they manage; #6 §2: a manager adds only
    // people already in their scope (a stranger is NOT_FOUND, like a missing id).
    setMembership: [
      row(`mutation($u: ID!, $o: ID!) { setMembership(userId: $u, organisationId: $o, role: MEMBER) { role } }`,
        async (c) => {
          const userId = (await outsider()).id;
          await f.inscription({ sessionId: c.w.sessionA, userId });
          return { u: userId, o: c.w.orgA };
        },                                                                    [UN,       FB,     FB,     OK,      FB,      OK],
        { variant: "a registrant of A's session into A" }),
      row(`mutation($u: ID!, $o: ID!) { setMembership(userId: $u, organisationId: $o, role: MEMBER) { role } }`,
        async (c) => ({ u: (await outsider()).id, o: c.w.orgA }),           [UN,       FB,     FB,     NF,      FB,      OK],
        { variant: 'an outsider into A', target: 'u' }),
      row(`mutation($u: ID!, $o: ID!) { setMembership(userId: $u, organisationId: $o, role: MEMBER) { role } }`,
        async (c) => ({ u: await memberOfA(c), o: c.w.orgB }),               [UN,       FB,     FB,     FB,      NF,      OK],
        { variant: 'a member of A into B', target: 'u' }),
    ],
    removeMembership: row(`mutation($u: ID!, $o: ID!) { removeMembership(userId: $u, organisationId: $o) { role } }`,
      async (c) => ({ u: await memberOfA(c), o: c.w.orgA }),                 [UN,       FB,     FB,     OK,      FB,      OK]),

    // Personal account: one's own tokens and password; someone else's token does not exist for you.
    createApiToken: row(`mutation($n: String!) { createApiToken(name: $n) { token apiToken { id } } }`,
      () => ({ n: `jeton ${unique()}` }),                                    [UN,       OK,     OK,     OK,      OK,      OK]),
    revokeApiToken: [
      row(`mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`,
        async (c) => ({ id: await tokenOf(c.who === 'anonymous' ? c.w.actors.learner : c.actor) }),
                                                                              [UN,       OK,     OK,     OK,      OK,      OK],
        { variant: 'own token' }),
      row(`mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`,
        async (c) => ({ id: await tokenOf(c.w.actors.learner) }),            [UN,       OK,     NF,     NF,      NF,      NF],
        { variant: "the learner's token", target: 'id' }),
    ],
    changePassword: row(`mutation($cur: String!, $new: String!) { changePassword(currentPassword: $cur, newPassword: $new) }`,
      async (c) => {
        if (c.userId) await api.ok(`mutation($u: ID!, $p: String!) { setUserPassword(userId: $u, password: $p) }`, { u: c.userId, p: PASSWORD });
        return { cur: PASSWORD, new: `nouveau-${unique()}` };
      },                                                                      [UN,       OK,     OK,     OK,      OK,      OK]),
    createCalendarFeed: row(`mutation { createCalendarFeed { url createdAt } }`,
      () => ({}),                                                             [UN,       OK,     OK,     OK,      OK,      OK]),
    revokeCalendarFeed: row(`mutation { revokeCalendarFeed }`,
      () => ({}),                                                             [UN,       OK,     OK,     OK,      OK,      OK]),
  },
};

async function newTemplate(overrides: Record<string, unknown> = {}): Promise<string> {
  const data = await api.ok(`mutation($input: CreateTemplateInput!) { createTemplate(input: $input) { id } }`, {
    input: { name: `Modèle ${unique()}`, kind: 'SESSION_INVITATION', body: 'Invitation à {{session.title}}', ...overrides },
  });
  return data.createTemplate.id;
}

async function newSubOrganisation(c: CaseContext): Promise<string> {
  const data = await api.ok(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, {
    input: { name: `Service ${unique()}`, parentId: c.w.orgA },
  });
  return data.createOrganisation.id;
}

// ---------------------------------------------------------------------------------------------------------
// Running a case
// ---------------------------------------------------------------------------------------------------------

/** Every row of every table, to prove that a refused call wrote nothing. */
async function snapshot(): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const meta of api.dataSource.entityMetadatas) {
    const rows = await api.dataSource.manager.createQueryBuilder(meta.target, 'r').getRawMany();
    tables[meta.tableName] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return tables;
}

function outcomeOf(result: GraphQLResult) {
  const error = result.errors?.[0];
  if (!error) return { outcome: 'ok' };
  return { outcome: String(error.extensions?.code), reason: error.extensions?.reason, message: error.message };
}

/** The same variables with the scoped id replaced by one that names nothing. */
function withMissingId(vars: Vars, path: string): Vars {
  const copy = JSON.parse(JSON.stringify(vars));
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) node = node[key];
  if (!(keys[keys.length - 1] in node)) throw new Error(`no variable at ${path}`);
  node[keys[keys.length - 1]] = '987654321';
  return copy;
}

const errorShape = (result: GraphQLResult) => {
  const error = result.errors?.[0];
  return error && { message: error.message, ...error.extensions };
};

async function runCase(type: 'Query' | 'Mutation', field: string, r: Row, who: Who) {
  const actor = w.actors[who];
  const c: CaseContext = { w, who, actor, userId: who === 'anonymous' ? null : w.users[who] };
  const vars = await r.vars(c);
  const expected = r.expect[ACTORS.indexOf(who)];
  const wanted: Outcome = typeof expected === 'string' ? expected : 'ok';

  const before = wanted === 'ok' ? null : await snapshot();
  const result = await api.run(r.op, vars, actor);
  const got = outcomeOf(result);
  // The whole answer in the diff (reason, message), with only the outcome expected to differ.
  expect(got).toEqual({ ...got, outcome: wanted });

  if (wanted === 'ok') {
    expect(result.data?.[field]).toBeTruthy();
    if (typeof expected === 'object') {
      if (!r.contains) throw new Error(`${type}.${field}: a visible/hidden expectation needs contains()`);
      expect({ organisationAObjectListed: r.contains(result.data, c) }).toEqual({ organisationAObjectListed: expected.visible });
    } else if (r.contains) {
      throw new Error(`${type}.${field}: a list row must say whether A's object is visible`);
    }
    await r.check?.(result.data, c);
    return;
  }

  expect(result.data?.[field] ?? null).toBeNull();
  if (wanted === 'NOT_FOUND') {
    // Outside your scope answers exactly like an object that does not exist.
    if (!r.target) throw new Error(`${type}.${field}: a NOT_FOUND expectation needs the target variable`);
    const missing = await api.run(r.op, withMissingId(vars, r.target), actor);
    expect(errorShape(result)).toEqual(errorShape(missing));
  }
  // Nothing written.
  expect(await snapshot()).toEqual(before);
}

// ---------------------------------------------------------------------------------------------------------
// Setup
// ---------------------------------------------------------------------------------------------------------

async function buildWorld(): Promise<World> {
  const tag = unique();
  const orgA = await f.organisation(`Organisation A ${tag}`);
  const orgB = await f.organisation(`Organisation B ${tag}`);
  const learnerLastName = `Apprenant ${tag}`;
  const users = {
    learner: await f.user({ lastName: learnerLastName }),
    trainer: await f.user({ lastName: `Formateur ${tag}` }),
    managerA: await f.user({ lastName: `Gestionnaire A ${tag}` }),
    managerB: await f.user({ lastName: `Gestionnaire B ${tag}` }),
    admin: await f.user({ lastName: `Administrateur ${tag}` }),
  };
  const membership = `mutation($u: ID!, $o: ID!, $r: MembershipRole!) { setMembership(userId: $u, organisationId: $o, role: $r) { role } }`;
  await api.ok(membership, { u: users.managerA, o: orgA, r: 'MANAGER' });
  await api.ok(membership, { u: users.managerB, o: orgB, r: 'MANAGER' });
  await api.ok(membership, { u: users.learner, o: orgA, r: 'MEMBER' });
  await api.ok(membership, { u: users.trainer, o: orgA, r: 'MEMBER' });
  await api.dataSource.manager.update(User, { id: Number(users.admin) }, { isAdmin: true });

  const trainingCode = `MATRIX-${tag}`;
  const trainingA = await f.training({
    code: trainingCode,
    title: `Formation de A ${tag}`,
    organisationIds: [orgA],
    publicRegistration: false,
    publicUnregistration: false,
    eventInscriptionMode: 'MANUAL',
  });
  const sessionTitle = `Session de A ${tag}`;
  const sessionA = await f.session({ trainingId: trainingA, title: sessionTitle, publicRegistration: false });
  await f.inscription({ sessionId: sessionA, userId: users.trainer, role: 'TRAINER' });
  await f.inscription({ sessionId: sessionA, userId: users.learner });
  const eventName = `Principale ${tag}`;
  const eventA = await f.event(sessionA, { name: eventName, inscriptionMode: 'MANUAL', trainerIds: [users.trainer] });
  // Under a training of its own: a public session puts its training in the public catalogue.
  const publicTrainingA = await f.training({ organisationIds: [orgA], publicRegistration: true });
  const publicSessionA = await f.session({ trainingId: publicTrainingA, title: `Session publique de A ${tag}`, publicRegistration: true });
  await f.inscription({ sessionId: publicSessionA, userId: users.trainer, role: 'TRAINER' });
  const memberLastName = `Membre ${tag}`;
  const memberA = await f.user({ lastName: memberLastName });
  await api.ok(membership, { u: memberA, o: orgA, r: 'MEMBER' });

  const user = (id: string, isAdmin: boolean, managed: string[]): Actor => ({
    kind: 'user',
    userId: Number(id),
    isAdmin,
    managedOrganisationIds: managed.map(Number),
  });
  const actors: Record<Who, Actor> = {
    anonymous: { kind: 'anonymous' },
    learner: user(users.learner, false, []),
    trainer: user(users.trainer, false, []),
    managerA: user(users.managerA, false, [orgA]),
    managerB: user(users.managerB, false, [orgB]),
    admin: { kind: 'user', userId: Number(users.admin), isAdmin: true },
  };

  const comment = await api.ok(`mutation($e: ID!) { createComment(eventId: $e, content: "Apporter une blouse") { id } }`, { e: eventA }, actors.trainer);
  return {
    tag,
    orgA,
    orgB,
    trainingA,
    trainingCode,
    sessionA,
    sessionTitle,
    eventA,
    eventName,
    commentA: comment.createComment.id,
    publicSessionA,
    location: await f.location(),
    locationA: await f.location('Europe/Paris', { organisationId: orgA }),
    template: await newTemplate(),
    templateA: await newTemplate({ organisationId: orgA }),
    users,
    learnerLastName,
    memberA,
    memberLastName,
    actors,
  };
}

beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
  w = await buildWorld();
});
afterAll(() => api.close());

// ---------------------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------------------

const rowsOf = (entry: Row | Row[]) => (Array.isArray(entry) ? entry : [entry]);

describe('the tenant matrix covers the schema', () => {
  const schema = buildCursusSchema();

  it('has exactly one entry per root query and mutation of the schema (add a row for a new field)', () => {
    expect(Object.keys(MATRIX.Query).sort()).toEqual(Object.keys(schema.getQueryType()!.getFields()).sort());
    expect(Object.keys(MATRIX.Mutation).sort()).toEqual(Object.keys(schema.getMutationType()!.getFields()).sort());
    // A subscription type would need its own rows.
    expect(schema.getSubscriptionType() ?? null).toBeNull();
  });

  it("each row's operation is valid and asks for exactly its own root field", () => {
    const problems: string[] = [];
    for (const type of ['Query', 'Mutation'] as const) {
      for (const [field, entry] of Object.entries(MATRIX[type])) {
        for (const r of rowsOf(entry)) {
          const document: DocumentNode = parse(r.op);
          const errors = validate(schema, document);
          if (errors.length) problems.push(`${field}: ${errors.map((e) => e.message).join('; ')}`);
          const operation = document.definitions[0] as OperationDefinitionNode;
          const roots = operation.selectionSet.selections.map((s) => (s.kind === 'Field' ? s.name.value : s.kind));
          const operationType = type === 'Query' ? 'query' : 'mutation';
          if (operation.operation !== operationType || roots.length !== 1 || roots[0] !== field)
            problems.push(`${field}: the operation is a ${operation.operation} of ${roots.join(', ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

for (const type of ['Query', 'Mutation'] as const) {
  describe(type, () => {
    for (const [field, entry] of Object.entries(MATRIX[type])) {
      for (const r of rowsOf(entry)) {
        describe(r.variant ? `${field} (${r.variant})` : field, () => {
          ACTORS.forEach((who, index) => {
            const expected = r.expect[index];
            const label = typeof expected === 'string' ? expected : `ok, A's object ${expected.visible ? 'listed' : 'not listed'}`;
            it(`${who} → ${label}`, () => runCase(type, field, r, who));
          });
        });
      }
    }
  });
}
