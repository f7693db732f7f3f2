import { Brackets } from 'typeorm';
import { User } from '../entities';
import { assignDefined } from './assign';
import { DomainContext } from './context';
import { conflict, DomainError } from './errors';
import { unsafeFindById } from './ids';
import { Page, PageArgs, paginate } from './pagination';
import { containsPattern, LIKE_ESCAPE } from './search';
import { assertTimeZone } from './time-zone';
import { assertAdmin, isStaff } from './permissions';
import { forbidden } from './errors';
import { assertSignedIn, isPlatformAdmin } from './actor';
import { inTransaction } from './transaction';
import { ErrorReason } from './error-reasons';

export interface UserInput {
  email?: string;
  firstName?: string;
  lastName?: string;
  locale?: string;
  timeZone?: string;
  active?: boolean;
  isAdmin?: boolean;
}

// Unscoped: its callers act on the actor's own account or are administrators, checked before the load.
export const getUser = (ctx: DomainContext, id: number) => unsafeFindById(ctx.manager, User, id, 'User');

/** The signed-in user's own account (the system actor of scripts has none). */
export function getOwnAccount(ctx: DomainContext): Promise<User> {
  const { actor } = ctx;
  assertSignedIn(actor);
  if (actor.kind !== 'user') throw new DomainError('NOT_FOUND', ErrorReason.NO_ACCOUNT, 'the system actor has no account');
  return getUser(ctx, actor.userId);
}

/** Staff only: a learner never sees other people's personal data. */
export async function listUsers(ctx: DomainContext, search: string | null | undefined, args: PageArgs): Promise<Page<User>> {
  if (!(await isStaff(ctx))) throw forbidden(ErrorReason.NOT_STAFF, 'only staff may list users');
  const qb = ctx.manager.createQueryBuilder(User, 'u');
  if (search?.trim()) {
    const pattern = containsPattern(search);
    qb.where(
      new Brackets((w) =>
        w
          .where(`u.email LIKE :pattern ${LIKE_ESCAPE}`, { pattern })
          .orWhere(`u.lastName LIKE :pattern ${LIKE_ESCAPE}`)
          .orWhere(`u.firstName LIKE :pattern ${LIKE_ESCAPE}`),
      ),
    );
  }
  return paginate(qb, { column: 'lastName', direction: 'ASC' }, args);
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
    if (values.timeZone) assertTimeZone(values.timeZone);
    await assertEmailFree(tx, values.email);
    return tx.manager.save(tx.manager.create(User, assignDefined({ createdAt: tx.clock.now() }, values)));
  });
}

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
    if (values.timeZone) assertTimeZone(values.timeZone);
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
    await tx.manager.delete(User, { id });
    return user;
  });
}
