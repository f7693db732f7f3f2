/**
 * Signing in: the domain's signIn (domain/sign-in.ts) with a clock the test moves, and once through the real
 * next-auth route (app/api/auth/[...nextauth]/route.ts) down to a guarded query on /api/graphql.
 *
 * The database is this file's own: a temporary SQLite file (so that a second DataSource — a second
 * "process" — can open the same database) or a fresh database on the MySQL/MariaDB server of DATABASE_URL.
 */
import { HttpHarness, openHttpHarness, SESSION_COOKIE } from '../support/http-harness';
import { CredentialsSignIn, signInThroughNextAuth } from '../support/http-next-auth';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { anonymousActor, systemActor } from '../../domain/actor';
import { DomainContext } from '../../domain/context';
import { setPassword, signIn, SignInThrottled, THROTTLE } from '../../domain/sign-in';
import { createUser, updateUser } from '../../domain/users';
import { LoginAttempt } from '../../entities';
import { SESSION_MAX_AGE_SECONDS } from '../../server/auth-options';
import { FixedClock, systemClock } from '../../domain/clock';
import { verifyPassword } from '../../lib/password';
import { dataSourceOptions, openDataSource } from '../../server/db';

// Counts the password checks (the real argon2 verification still runs): #6 §4 bounds how many are made.
jest.mock('../../lib/password', () => {
  const actual = jest.requireActual<typeof import('../../lib/password')>('../../lib/password');
  return { ...actual, verifyPassword: jest.fn(actual.verifyPassword) };
});

const PASSWORD = 'correct horse battery staple';
const passwordChecks = jest.mocked(verifyPassword);
const savedNextAuthUrl = process.env.NEXTAUTH_URL;

let h: HttpHarness;
let authRoute: typeof import('../../app/api/auth/[...nextauth]/route');
const clock = new FixedClock(new Date('2026-03-02T08:00:00Z'));

/** A context as the sign-in form has it: anonymous, on a DataSource, with the test's clock. */
const contextOn = (dataSource: DataSource): DomainContext => ({ manager: dataSource.manager, clock, actor: anonymousActor });
const ctx = () => contextOn(h.dataSource);
const sys = () => ({ manager: h.dataSource.manager, clock: systemClock, actor: systemActor });
const unique = () => randomBytes(4).toString('hex');
const minutes = (base: Date, n: number) => new Date(base.getTime() + n * 60_000);

/** A user with PASSWORD set (or none). */
async function account({ password = PASSWORD as string | null } = {}) {
  const email = `user-${unique()}@example.org`;
  const user = await createUser(sys(), { email, firstName: 'Prénom', lastName: 'Nom' });
  if (password) await setPassword(sys(), user.id, password);
  return { id: user.id, email };
}

/** The SignInThrottled a call fails with (the test fails if it does not). */
async function throttled(call: Promise<unknown>): Promise<SignInThrottled> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SignInThrottled);
  return error as SignInThrottled;
}

const attemptsFor = (dataSource: DataSource, key: string) => dataSource.manager.countBy(LoginAttempt, { throttleKey: key });

beforeAll(async () => {
  process.env.NEXTAUTH_URL = 'http://localhost:3000';
  h = await openHttpHarness({ sqlite: 'file' });
  authRoute = await import('../../app/api/auth/[...nextauth]/route');
});

afterAll(async () => {
  await h.close();
  if (savedNextAuthUrl === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = savedNextAuthUrl;
});

describe('signIn: one answer for every wrong pair', () => {
  it('the right pair returns the user; wrong password, unknown e-mail, no password, deactivated account all return null', async () => {
    clock.set(new Date('2026-03-02T08:00:00Z'));
    const alice = await account();
    const noPassword = await account({ password: null });
    const deactivated = await account();
    await updateUser(sys(), deactivated.id, { active: false });

    expect(await signIn(ctx(), alice.email, PASSWORD, null)).toMatchObject({ id: alice.id });
    // The e-mail is matched as typed by people: case and surrounding spaces do not matter.
    expect(await signIn(ctx(), `  ${alice.email.toUpperCase()} `, PASSWORD, null)).toMatchObject({ id: alice.id });

    const unknownEmail = `nobody-${unique()}@example.org`;
    const answers = [
      await signIn(ctx(), alice.email, 'wrong password', null),
      await signIn(ctx(), unknownEmail, PASSWORD, null),
      await signIn(ctx(), noPassword.email, '', null),
      await signIn(ctx(), noPassword.email, PASSWORD, null),
      await signIn(ctx(), deactivated.email, PASSWORD, null),
    ];
    expect(answers).toEqual([null, null, null, null, null]);
    // Each counts as a failure, whether the account exists or not.
    for (const email of [alice.email, unknownEmail, deactivated.email])
      expect(await attemptsFor(h.dataSource, `email:${email}`)).toBe(1);
  });

  it('an unknown e-mail takes about as long as a wrong password (no account enumeration by timing)', async () => {
    const bob = await account();
    const base = new Date('2026-03-03T08:00:00Z');
    let step = 0;
    /** Each attempt 16 minutes after the previous one: the throttle never interferes. */
    const timed = async (email: string) => {
      clock.set(minutes(base, 16 * step++));
      const start = process.hrtime.bigint();
      const user = await signIn(ctx(), email, 'not the password', null);
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      expect(user).toBeNull();
      return elapsed;
    };
    const unknown = () => `ghost-${unique()}@example.org`;
    await timed(bob.email); // warm-up: the decoy hash and the statements are prepared once
    await timed(unknown());
    const known: number[] = [];
    const missing: number[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(await timed(bob.email));
      missing.push(await timed(unknown()));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const [k, m] = [median(known), median(missing)];
    // Both verify an argon2 hash (the real one or a decoy): same order of magnitude, with a generous factor.
    expect(Math.max(k, m) / Math.min(k, m)).toBeLessThan(3);
  });
});

describe('signIn: throttling', () => {
  it(`after ${THROTTLE.perEmail} failures for one e-mail, the next attempt — even with the right password — is refused with a retry delay`, async () => {
    const carol = await account();
    const t0 = new Date('2026-03-04T09:00:00Z');
    for (let i = 0; i < THROTTLE.perEmail; i++) {
      clock.set(minutes(t0, i));
      expect(await signIn(ctx(), carol.email, `guess ${i}`, `198.51.100.${i + 1}`)).toBeNull();
    }
    clock.set(minutes(t0, 5));
    const refused = await throttled(signIn(ctx(), carol.email, PASSWORD, '198.51.100.99'));
    // The oldest counted failure (t0) leaves the 15-minute window at t0 + 15 min: 10 minutes from now.
    expect(refused.retryAfterSeconds).toBe(600);
    expect(refused).toMatchObject({ kind: 'FORBIDDEN', reason: 'THROTTLED' });
    // Another spelling of the same address, another client address, no address: the same lock.
    await throttled(signIn(ctx(), ` ${carol.email.toUpperCase()}`, PASSWORD, null));
    await throttled(signIn(ctx(), carol.email, PASSWORD, '192.0.2.200'));

    clock.set(new Date(minutes(t0, 15).getTime() - 1000));
    expect((await throttled(signIn(ctx(), carol.email, PASSWORD, null))).retryAfterSeconds).toBe(1);
    // The window slides: at t0 + 15 min only 4 failures are left in it.
    clock.set(minutes(t0, 15));
    expect(await signIn(ctx(), carol.email, PASSWORD, null)).toMatchObject({ id: carol.id });
    // A success clears the e-mail's failures.
    expect(await attemptsFor(h.dataSource, `email:${carol.email}`)).toBe(0);
  });

  it(`after ${THROTTLE.perAddress} failures from one address (any e-mails), that address is refused, others are not`, async () => {
    const dave = await account();
    const address = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
    const t1 = new Date('2026-03-05T09:00:00Z');
    for (let i = 0; i < THROTTLE.perAddress; i++) {
      clock.set(new Date(t1.getTime() + i * 10_000));
      expect(await signIn(ctx(), `sprayed-${i}-${unique()}@example.org`, 'Password1!', address)).toBeNull();
    }
    clock.set(new Date(t1.getTime() + 200_000));
    const refused = await throttled(signIn(ctx(), dave.email, PASSWORD, address));
    expect(refused.retryAfterSeconds).toBe(15 * 60 - 200);
    expect(await signIn(ctx(), dave.email, PASSWORD, '203.0.113.250')).toMatchObject({ id: dave.id });
  });

  it('the counts live in the database: a second process (another DataSource on the same database) shares them', async () => {
    const erin = await account();
    const other = await openDataSource(dataSourceOptions(h.sameDatabaseEnv!), { migrate: false });
    try {
      const t2 = new Date('2026-03-06T09:00:00Z');
      const processes = [ctx(), contextOn(other), ctx(), contextOn(other), ctx()];
      for (const [i, context] of processes.entries()) {
        clock.set(minutes(t2, i));
        expect(await signIn(context, erin.email, 'wrong', null)).toBeNull();
      }
      expect(await attemptsFor(other, `email:${erin.email}`)).toBe(THROTTLE.perEmail);
      clock.set(minutes(t2, 6));
      expect((await throttled(signIn(contextOn(other), erin.email, PASSWORD, null))).retryAfterSeconds).toBe(9 * 60);
      expect((await throttled(signIn(ctx(), erin.email, PASSWORD, null))).retryAfterSeconds).toBe(9 * 60);
    } finally {
      await other.destroy();
    }
  });

  it('a deactivated user cannot sign in, even with the right password; reactivated, they can', async () => {
    clock.set(new Date('2026-03-07T09:00:00Z'));
    const frank = await account();
    expect(await signIn(ctx(), frank.email, PASSWORD, null)).toMatchObject({ id: frank.id });
    await updateUser(sys(), frank.id, { active: false });
    expect(await signIn(ctx(), frank.email, PASSWORD, null)).toBeNull();
    await updateUser(sys(), frank.id, { active: true });
    expect(await signIn(ctx(), frank.email, PASSWORD, null)).toMatchObject({ id: frank.id });
  });
});

describe('signIn: parallel attempts cannot race the throttle (#6 §4)', () => {
  /**
   * Starts the attempts at once (on MariaDB each runs on its own pooled connection), then checks the answers,
   * the password checks made and the rows left: every attempt is either checked (null) or THROTTLED, and
   * only the checked ones stay recorded as failures.
   */
  async function parallel(attempts: [email: string, address: string][]) {
    passwordChecks.mockClear();
    const results = await Promise.allSettled(attempts.map(([email, address]) => signIn(ctx(), email, 'wrong password', address)));
    const checked = results.filter((r) => r.status === 'fulfilled');
    expect(checked.map((r) => r.value)).toEqual(checked.map(() => null));
    const refused = results.filter((r) => r.status === 'rejected').map((r) => r.reason);
    expect(refused.filter((reason) => !(reason instanceof SignInThrottled))).toEqual([]);
    expect(passwordChecks).toHaveBeenCalledTimes(checked.length);
    return checked.length;
  }

  /** Sequential wrong attempts until the first THROTTLED: how many were still checked. */
  async function checkedUntilThrottled(email: () => string, address: string) {
    for (let n = 0; ; n++) {
      const result = await signIn(ctx(), email(), 'wrong password', address).catch((e: unknown) => e);
      if (result instanceof SignInThrottled) return n;
      expect(result).toBeNull();
    }
  }

  it(`20 parallel wrong passwords for one e-mail: at most ${THROTTLE.perEmail} are checked, the others answer THROTTLED`, async () => {
    clock.set(new Date('2026-03-08T09:00:00Z'));
    const kim = await account();
    const checked = await parallel(Array.from({ length: 20 }, (_, i) => [kim.email, `198.51.100.${i + 1}`]));
    expect(checked).toBeLessThanOrEqual(THROTTLE.perEmail);
    expect(await attemptsFor(h.dataSource, `email:${kim.email}`)).toBe(checked);
    // What the burst left of the budget, and no more, is still checked one by one; then even the right password waits.
    expect(checked + (await checkedUntilThrottled(() => kim.email, '198.51.100.99'))).toBe(THROTTLE.perEmail);
    await throttled(signIn(ctx(), kim.email, PASSWORD, null));
  });

  it(`30 parallel attempts from one address: at most ${THROTTLE.perAddress} are checked, the others answer THROTTLED`, async () => {
    clock.set(new Date('2026-03-09T09:00:00Z'));
    const address = '203.0.113.77';
    const sprayed = () => `sprayed-${unique()}@example.org`;
    const checked = await parallel(Array.from({ length: 30 }, () => [sprayed(), address]));
    expect(checked).toBeLessThanOrEqual(THROTTLE.perAddress);
    expect(await attemptsFor(h.dataSource, `ip:${address}`)).toBe(checked);
    expect(checked + (await checkedUntilThrottled(sprayed, address))).toBe(THROTTLE.perAddress);
  });

  it('parallel right and wrong passwords for a few e-mails and addresses, with expired failures to prune: only the user, null or THROTTLED (no deadlock)', async () => {
    const t = new Date('2026-03-11T09:00:00Z');
    const people = [await account(), await account(), await account()];
    const addresses = ['192.0.2.31', '192.0.2.32'];
    clock.set(minutes(t, -30));
    for (const [i, person] of people.entries()) await signIn(ctx(), person.email, 'old failure', addresses[i % 2]);
    clock.set(t);
    passwordChecks.mockClear();
    const results = await Promise.allSettled(
      Array.from({ length: 24 }, (_, i) => {
        const person = people[i % 3];
        return signIn(ctx(), person.email, i % 4 === 0 ? PASSWORD : 'wrong password', addresses[i % 2]);
      }),
    );
    const unexpected = results.filter((r) =>
      r.status === 'rejected' ? !(r.reason instanceof SignInThrottled) : r.value !== null && !people.some((p) => p.id === r.value!.id),
    );
    expect(unexpected).toEqual([]);
    expect(passwordChecks).toHaveBeenCalledTimes(results.filter((r) => r.status === 'fulfilled').length);
  });

  it('parallel attempts below the limit are all checked, and a success among them clears the failures', async () => {
    clock.set(new Date('2026-03-10T09:00:00Z'));
    const lea = await account();
    expect(await parallel(Array.from({ length: THROTTLE.perEmail - 1 }, (_, i) => [lea.email, `192.0.2.${i + 1}`]))).toBe(
      THROTTLE.perEmail - 1,
    );
    expect(await signIn(ctx(), lea.email, PASSWORD, '192.0.2.1')).toMatchObject({ id: lea.id });
    expect(await attemptsFor(h.dataSource, `email:${lea.email}`)).toBe(0);
    // The success is no failure of its address: the address keeps its one failure of the burst.
    expect(await attemptsFor(h.dataSource, 'ip:192.0.2.1')).toBe(1);
  });
});

describe('through the next-auth route (GET /api/auth/csrf, POST /api/auth/callback/credentials)', () => {
  const failed = (result: CredentialsSignIn) => ({ status: result.status, url: result.body.url, session: result.session });

  it('the right pair sets an http-only session cookie that signs /api/graphql requests in', async () => {
    const grace = await account();
    const result = await signInThroughNextAuth(authRoute, grace.email, PASSWORD, { 'x-forwarded-for': '192.0.2.10' });
    expect(result.status).toBe(200);
    expect(result.session).toBeDefined();
    const session = result.session!;
    expect(session.name).toBe(SESSION_COOKIE);
    expect(session.attributes).toMatchObject({ httponly: true, samesite: 'Lax', path: '/' });
    const expires = new Date(String(session.attributes.expires)).getTime();
    expect(Math.abs(expires - (Date.now() + SESSION_MAX_AGE_SECONDS * 1000))).toBeLessThan(60_000);

    const response = await h.graphql('{ me { id email } }', undefined, { cookie: `${session.name}=${session.value}` });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({ me: { id: String(grace.id), email: grace.email } });
  });

  it('a wrong password, an unknown e-mail and a deactivated account get the same answer, and no session cookie', async () => {
    const henry = await account();
    const ivy = await account();
    await updateUser(sys(), ivy.id, { active: false });
    const headers = { 'x-forwarded-for': '192.0.2.11' };
    const wrong = failed(await signInThroughNextAuth(authRoute, henry.email, 'wrong password', headers));
    const unknown = failed(await signInThroughNextAuth(authRoute, `nobody-${unique()}@example.org`, PASSWORD, headers));
    const inactive = failed(await signInThroughNextAuth(authRoute, ivy.email, PASSWORD, headers));
    expect(wrong).toEqual({ status: 401, url: expect.stringContaining('error=CredentialsSignin'), session: undefined });
    expect(unknown).toEqual(wrong);
    expect(inactive).toEqual(wrong);
  });

  it('past the limit, the route answers THROTTLED with the delay, even for the right password', async () => {
    const jack = await account();
    const headers = { 'x-forwarded-for': '192.0.2.12' };
    for (let i = 0; i < THROTTLE.perEmail; i++)
      expect((await signInThroughNextAuth(authRoute, jack.email, `guess ${i}`, headers)).status).toBe(401);
    const result = await signInThroughNextAuth(authRoute, jack.email, PASSWORD, headers);
    expect(result.status).toBe(401);
    expect(result.session).toBeUndefined();
    const error = new URL(result.body.url!).searchParams.get('error');
    expect(error).toMatch(/^THROTTLED:\d+$/);
    const seconds = Number(error!.split(':')[1]);
    expect(seconds).toBeGreaterThan(THROTTLE.windowMs / 1000 - 60);
    expect(seconds).toBeLessThanOrEqual(THROTTLE.windowMs / 1000);
    // The failures were recorded with the client address of X-Forwarded-For as well.
    expect(await attemptsFor(h.dataSource, 'ip:192.0.2.12')).toBe(THROTTLE.perEmail);
  });
});
