import { Brackets, IsNull, Not } from 'typeorm';
import { Inscription, User } from '../entities';
import { assignDefined } from './assign';
import { DomainContext } from './context';
import { conflict, DomainError } from './errors';
import { Page, PageArgs, paginate } from './pagination';
import { containsPattern, LIKE_ESCAPE } from './search';
import { canonicalTimeZone } from './time-zone';
import { assertAdmin, assertManager } from './permissions';
import { forbidden } from './errors';
import { assertSignedIn, isPlatformAdmin } from './actor';
import { applyScope, userCondition } from './scope';
import { inTransaction } from './transaction';
import { findVisible } from './visible';
import { ErrorReason } from './error-reasons';
import { afterCapacityChange, recountSeats, sessionTarget } from './seats';

export interface UserInput {
  email?: string;
  firstName?: string;
  lastName?: string;
  locale?: string;
  timeZone?: string;
  active?: boolean;
  isAdmin?: boolean;
}

/** A user within the actor's scope of people (#6 §2, scope.ts): outside it, NOT_FOUND like a missing id. */
export const getUser = (ctx: DomainContext, id: number, field?: string) =>
  findVisible(ctx, User, (alias) => userCondition(ctx.actor, alias), id, 'User', field);

/** The signed-in user's own account (the system actor of scripts has none). */
export function getOwnAccount(ctx: DomainContext): Promise<User> {
  const { actor } = ctx;
  assertSignedIn(actor);
  if (actor.kind !== 'user') throw new DomainError('NOT_FOUND', ErrorReason.NO_ACCOUNT, 'the system actor has no account');
  return getUser(ctx, actor.userId);
}

/** The people in the actor's scope (#6 §2): a learner finds only themself. */
export async function listUsers(ctx: DomainContext, search: string | null | undefined, args: PageArgs): Promise<Page<User>> {
  assertSignedIn(ctx.actor);
  const qb = applyScope(ctx.manager.createQueryBuilder(User, 'u'), userCondition(ctx.actor, 'u'));
  if (search?.trim()) {
    const pattern = containsPattern(search);
    qb.andWhere(
      new Brackets((w) =>
        w
          .where(`u.email LIKE :pattern ${LIKE_ESCAPE}`, { pattern })
          .orWhere(`u.lastName LIKE :pattern ${LIKE_ESCAPE}`)
          .orWhere(`u.firstName LIKE :pattern ${LIKE_ESCAPE}`),
      ),
    );
  }
  return paginate(qb, { column: 'lastName', direction: 'ASC' }, args, { search });
}

/** Which of these users are in the actor's scope of people, in one query (for the per-request loaders). */
export async function usersInScope(ctx: DomainContext, userIds: readonly number[]): Promise<boolean[]> {
  const condition = userCondition(ctx.actor, 'u');
  if (condition === null) return userIds.map(() => true);
  const ids = [...new Set(userIds)];
  const rows = ids.length
    ? await applyScope(ctx.manager.createQueryBuilder(User, 'u').select('u.id', 'id').where('u.id IN (:...ids)', { ids }), condition)
        .getRawMany<{ id: number }>()
    : [];
  const seen = new Set(rows.map((row) => Number(row.id)));
  return userIds.map((id) => seen.has(id));
}

/** E-mail addresses are personal data (#6 §2): shown for the people in the actor's scope, else null. */
export async function visibleEmails(ctx: DomainContext, users: readonly User[]): Promise<(string | null)[]> {
  const inScope = await usersInScope(ctx, users.map((user) => user.id));
  return users.map((user, i) => (inScope[i] ? user.email : null));
}

/** What staff learn of a person from their address alone: enough to recognise them, nothing more. */
export interface UserMatch {
  id: number;
  firstName: string;
  lastName: string;
}

const MAX_EMAIL_LENGTH = 255;

/**
 * #6 §2: enrolling someone outside one's scope. Managers and administrators give the person's exact e-mail
 * address and get that one active account back, name only; everything else about them stays out of reach until
 * they are enrolled (then they are in the manager's scope). The address is compared whole (no pattern, no
 * prefix), and a missing address, a deactivated account and a malformed one all answer null: nothing to
 * enumerate beyond "this exact address is an active account", which enrolling by address needs anyway.
 */
export async function userByEmail(ctx: DomainContext, email: string): Promise<UserMatch | null> {
  assertManager(ctx);
  const address = email.trim().toLowerCase();
  if (!address || address.length > MAX_EMAIL_LENGTH) return null;
  // unsafe by design: the point is to reach past the scope, for this one exact address.
  const user = await ctx.manager.findOne(User, {
    where: { email: address, active: true },
    select: { id: true, firstName: true, lastName: true },
  });
  return user && { id: user.id, firstName: user.firstName, lastName: user.lastName };
}

async function assertEmailFree(ctx: DomainContext, email: string | undefined, id?: number) {
  if (!email) return;
  const other = await ctx.manager.findOneBy(User, { email });
  if (other && other.id !== id) throw conflict(ErrorReason.EMAIL_TAKEN, `${email} is already used`, 'email');
}

const normalise = (input: UserInput): UserInput => ({ ...input, email: input.email?.trim().toLowerCase() });

export function createUser(ctx: DomainContext, input: UserInput & { email: string; firstName: string; lastName: string }) {
  assertAdmin(ctx);
  return inTransaction(ctx, async (tx) => {
    const values = normalise(input);
    if (values.timeZone !== undefined) values.timeZone = canonicalTimeZone(values.timeZone);
    await assertEmailFree(tx, values.email);
    return tx.manager.save(tx.manager.create(User, assignDefined({ createdAt: tx.clock.now() }, values)));
  });
}

/**
 * #8 screen 8: administrators manage accounts; managers see the people of their organisations read-only (the
 * API would still let them set memberships of the organisations they manage, which the screens leave to
 * administrators); everyone changes their own profile on /account, not here.
 */
export const userPermissions = (ctx: DomainContext) => ({ edit: isPlatformAdmin(ctx.actor) });

/** What users may change on their own account; everything else is the administrators'. */
const SELF_SERVICE_FIELDS = new Set(['firstName', 'lastName', 'locale', 'timeZone']);

export function updateUser(ctx: DomainContext, id: number, input: UserInput) {
  if (!isPlatformAdmin(ctx.actor)) {
    const self = ctx.actor.kind === 'user' && ctx.actor.userId === id;
    const given = Object.entries(input).filter(([, value]) => value !== undefined).map(([key]) => key);
    if (!self) assertAdmin(ctx);
    const refused = given.find((key) => !SELF_SERVICE_FIELDS.has(key));
    if (refused) throw forbidden(ErrorReason.NOT_ADMIN, `only administrators may change ${refused}`);
  }
  return inTransaction(ctx, async (tx) => {
    const values = normalise(input);
    const user = await getUser(tx, id);
    if (values.timeZone !== undefined) values.timeZone = canonicalTimeZone(values.timeZone);
    await assertEmailFree(tx, values.email, id);
    // Deactivating ends the browser sessions for good: reactivating later does not revive old cookies.
    if (user.active && values.active === false) user.sessionVersion += 1;
    return tx.manager.save(assignDefined(user, values));
  });
}

export function deleteUser(ctx: DomainContext, id: number) {
  assertAdmin(ctx);
  return inTransaction(ctx, async (tx) => {
    const user = await getUser(tx, id);
    // #7 screen 4: the cascade takes the user's inscriptions; the seat counters of their sessions follow.
    const sessions = await tx.manager.find(Inscription, { where: { userId: id, eventId: IsNull() }, select: { sessionId: true } });
    const events = await tx.manager.find(Inscription, { where: { userId: id, eventId: Not(IsNull()) }, select: { sessionId: true, eventId: true } });
    await tx.manager.delete(User, { id });
    await recountSeats(tx, sessions.map((i) => i.sessionId));
    // R6, #9 §4: their seats go to the waiting lists, and the lines they waited in close ranks.
    for (const target of [...sessions.map((i) => sessionTarget({ id: i.sessionId })), ...events.map((i) => ({ sessionId: i.sessionId, eventId: i.eventId }))])
      await afterCapacityChange(tx, target);
    return user;
  });
}
