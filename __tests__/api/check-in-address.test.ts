/**
 * #10 §2: self check-in is throttled per learner (check-in.test.ts) and also per client address, read from the
 * request as sign-in reads it (the first X-Forwarded-For hop, else X-Real-IP): one address cannot try codes
 * through many accounts. Over real HTTP on /api/graphql (server/graphql-http.ts), on a database of its own, with
 * an event going on now (the runtime's clock is the system's).
 */
import { systemActor } from '../../domain/actor';
import { CHECK_IN_ADDRESS_THROTTLE, CHECK_IN_THROTTLE } from '../../domain/check-in';
import { createApiToken } from '../../domain/api-tokens';
import { systemClock } from '../../domain/clock';
import { createUser } from '../../domain/users';
import { LoginAttempt, User } from '../../entities';
import { authSecret } from '../../lib/auth-secret';
import { checkInCode, checkInStep } from '../../lib/check-in-code';
import type { TestApi } from '../support/api';
import { factories } from '../support/factories';
import { HttpHarness, openHttpHarness } from '../support/http-harness';

jest.setTimeout(120_000);

let h: HttpHarness;
let adminToken: string;
let f: ReturnType<typeof factories>;

const CHECK_IN = `mutation($eventId: ID!, $code: String!) { checkIn(eventId: $eventId, code: $code) { status method } }`;
const ctx = () => ({ manager: h.dataSource.manager, clock: systemClock, actor: systemActor });

beforeAll(async () => {
  h = await openHttpHarness();
  const admin = await createUser(ctx(), { email: 'admin@example.org', firstName: 'Ada', lastName: 'Admin' });
  await h.dataSource.manager.update(User, { id: admin.id }, { isAdmin: true });
  adminToken = (await createApiToken(ctx(), 'check-in test', admin.id)).token;
  // The factories over HTTP, as the administrator.
  const api = {
    async ok(query: string, variables?: Record<string, unknown>) {
      const { body } = await h.graphql(query, variables, { token: adminToken });
      if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
  } as unknown as TestApi;
  f = factories(api);
}, 120_000);
afterAll(() => h.close());

/** An event going on now with `learners` confirmed learners, each with a token of their own. */
async function eventWithLearners(learners: number) {
  const now = Date.now();
  const trainingId = await f.training({ organisationIds: [await f.organisation()] });
  const sessionId = await f.session({
    trainingId,
    eventInscriptionMode: 'AUTOMATIC',
    startDate: new Date(now - 86_400_000).toISOString(),
    endDate: new Date(now + 30 * 86_400_000).toISOString(),
  });
  const tokens: string[] = [];
  for (let i = 0; i < learners; i += 1) {
    const userId = await f.user();
    await f.inscription({ sessionId, userId });
    tokens.push((await createApiToken(ctx(), 'learner', Number(userId))).token);
  }
  const eventId = await f.event(sessionId, {
    startAt: new Date(now - 10 * 60_000).toISOString(),
    endAt: new Date(now + 2 * 3_600_000).toISOString(),
  });
  return { eventId, tokens };
}

const currentCode = (eventId: string) => checkInCode(authSecret(), Number(eventId), checkInStep(new Date()));
/** A six-digit code that is neither the current nor the previous one (those are accepted). */
const wrongCode = (eventId: string) => {
  const good = new Set([currentCode(eventId), checkInCode(authSecret(), Number(eventId), checkInStep(new Date()) - 1)]);
  return ['000000', '111111', '222222'].find((code) => !good.has(code))!;
};

async function checkIn(eventId: string, code: string, token: string, headers: Record<string, string>) {
  const { body } = await h.post(JSON.stringify({ query: CHECK_IN, variables: { eventId, code } }), { token }, headers);
  return body as { data?: { checkIn: { status: string; method: string } }; errors?: { extensions: Record<string, unknown> }[] };
}
const reasonOf = (answer: Awaited<ReturnType<typeof checkIn>>) => answer.errors?.[0]?.extensions.reason ?? answer.data?.checkIn.status;

/** Wrong codes from `headers`, spread over the accounts so that none reaches its own limit. */
async function failFrom(eventId: string, tokens: string[], count: number, headers: Record<string, string>) {
  for (let i = 0; i < count; i += 1)
    expect(reasonOf(await checkIn(eventId, wrongCode(eventId), tokens[i % tokens.length], headers))).toMatch(/CHECKIN_CODE_(INVALID|EXPIRED)/);
}

describe('self check-in throttled per client address', () => {
  // Enough accounts to spread the address's limit without any account reaching its own.
  const spread = Math.ceil(CHECK_IN_ADDRESS_THROTTLE.limit / (CHECK_IN_THROTTLE.limit - 1));

  it(`refuses an address after ${CHECK_IN_ADDRESS_THROTTLE.limit} failed attempts over many accounts, even with the right code; another address goes on`, async () => {
    const { eventId, tokens } = await eventWithLearners(spread + 1);
    const address = { 'x-forwarded-for': '198.51.100.7, 10.0.0.1' };
    await failFrom(eventId, tokens.slice(0, spread), CHECK_IN_ADDRESS_THROTTLE.limit, address);
    // A fresh account from the same address, with the right code: the address is spent.
    const fresh = tokens[spread];
    const refused = await checkIn(eventId, currentCode(eventId), fresh, address);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'THROTTLED' });
    const retryAfter = (refused.errors?.[0].extensions.details as { retryAfter: number }).retryAfter;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(CHECK_IN_ADDRESS_THROTTLE.windowMs / 1000);
    // The address is the first X-Forwarded-For hop, whatever proxies come after it.
    expect(reasonOf(await checkIn(eventId, currentCode(eventId), fresh, { 'x-forwarded-for': '198.51.100.7' }))).toBe('THROTTLED');
    // The same account from another address (X-Real-IP when there is no X-Forwarded-For) checks in.
    expect(await checkIn(eventId, currentCode(eventId), fresh, { 'x-real-ip': '203.0.113.9' })).toEqual({
      data: { checkIn: { status: 'PRESENT', method: 'SELF' } },
    });
    // What is counted is under the address's key; the refusal added nothing to it.
    expect(await h.dataSource.manager.countBy(LoginAttempt, { throttleKey: 'checkin:ip:198.51.100.7' })).toBe(CHECK_IN_ADDRESS_THROTTLE.limit);
    expect(await h.dataSource.manager.countBy(LoginAttempt, { throttleKey: 'checkin:ip:203.0.113.9' })).toBe(0);
  });

  it('does not count successes: a room of learners behind one address all check in', async () => {
    const { eventId, tokens } = await eventWithLearners(spread + 3);
    const address = { 'x-forwarded-for': '198.51.100.8' };
    await failFrom(eventId, tokens.slice(0, spread), CHECK_IN_ADDRESS_THROTTLE.limit - 1, address);
    // Three learners succeed from the same address: none of them uses up the last failure left.
    for (const token of tokens.slice(spread))
      expect((await checkIn(eventId, currentCode(eventId), token, address)).data?.checkIn.status).toBe('PRESENT');
    expect(reasonOf(await checkIn(eventId, wrongCode(eventId), tokens[spread], address))).toMatch(/CHECKIN_CODE_(INVALID|EXPIRED)/);
    expect(reasonOf(await checkIn(eventId, currentCode(eventId), tokens[0], address))).toBe('THROTTLED');
  });

  it('with no address in the request, only the learner is throttled', async () => {
    const { eventId, tokens } = await eventWithLearners(1);
    const ofAddresses = () => h.dataSource.manager.createQueryBuilder(LoginAttempt, 'a').where("a.throttleKey LIKE 'checkin:ip:%'").getCount();
    const before = await ofAddresses();
    await failFrom(eventId, tokens, CHECK_IN_THROTTLE.limit, {});
    expect(reasonOf(await checkIn(eventId, currentCode(eventId), tokens[0], {}))).toBe('THROTTLED');
    expect(await ofAddresses()).toBe(before);
  });
});
