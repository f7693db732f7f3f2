// The GraphQL operations the bench sends, written the way the screens would ask (the baseline answers the
// same fields in the same shape: baseline-server.ts), and a small client for the setup and the writes.

export const TYPENAME = '{ __typename }';

/** The catalogue's first page, anonymous: 20 trainings by title with their organisations and 5 sessions each. */
export const CATALOGUE = `query Catalogue {
  trainings(first: 20) {
    totalCount
    nodes { id code title organisations { id name } sessions(first: 5) { nodes { id title startDate endDate maxUsers learnerCount } } }
  }
}`;

/** The session page: session, training, organisations, 20 events with location and registrant count, 50 learners. */
export const SESSION_PAGE = `query SessionPage($id: ID!) {
  session(id: $id) {
    id title startDate endDate maxUsers learnerCount pendingCount status
    training { id code title }
    organisations { id name }
    events(first: 20) {
      totalCount
      nodes { id name startAt endAt timeZone location { id name timeZone } inscriptions(role: LEARNER) { totalCount } }
    }
    learners(first: 50) { totalCount nodes { id firstName lastName email } }
  }
}`;

/** The staff sessions table (#7 screen 4): upcoming sessions the viewer manages or teaches, by start date. */
export const SESSIONS_TABLE = `query StaffSessions {
  sessions(orderBy: START_DATE_ASC, filter: { status: UPCOMING, asStaff: true }, first: 20) {
    totalCount
    nodes { id title startDate endDate status maxUsers learnerCount pendingCount training { id title } }
  }
}`;

/** A learner's agenda as /me asks it: the open events they are confirmed in, soonest first. */
export const AGENDA = `query Agenda {
  events(filter: { mine: true, ended: false }, first: 20) {
    totalCount
    nodes { id name startAt endAt timeZone location { id name } session { id title } }
  }
}`;

export const ADD_INSCRIPTION = `mutation Register($input: AddInscriptionInput!) { addInscription(input: $input) { id state } }`;
export const CREATE_SESSION = `mutation BenchSession($input: CreateSessionInput!) { createSession(input: $input) { id } }`;
export const CREATE_EVENT = `mutation BenchEvent($input: CreateEventInput!) { createEvent(input: $input) { id } }`;
export const REPEAT_EVENT = `mutation Repeat($id: ID!, $weeks: Int!) { repeatEvent(id: $id, weekdays: [MONDAY], weeks: $weeks) { id } }`;

export const graphqlBody = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Sends one operation; throws on a GraphQL error. */
export async function call<T = any>(baseUrl: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<T> {
  const response = await fetch(`${baseUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: graphqlBody(query, variables),
  });
  const json = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (json.errors?.length || !json.data) throw new Error(`GraphQL ${response.status}: ${JSON.stringify(json.errors ?? json)}`);
  return json.data;
}

/** Signs in through next-auth's credentials endpoint and returns the session cookie ("name=value"). */
/** One password sign-in through next-auth's credentials callback: the session cookie it set, and where it sent the browser. */
export async function signInAttempt(baseUrl: string, email: string, password: string): Promise<{ session: string | undefined; url: string }> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/`, json: 'true' }).toString(),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('next-auth.session-token='));
  const url = response.headers.get('location') ?? ((await response.json().catch(() => ({}))) as { url?: string }).url ?? '';
  return { session, url };
}

export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const { session, url } = await signInAttempt(baseUrl, email, password);
  if (!session) throw new Error(`signing in ${email} gave no session cookie (sent to ${url})`);
  return session;
}

/** Keys sorted at every level, so two answers compare by content. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  return value;
}

/** The first place two JSON values differ ("" when equal), for the bench's same-answer check. */
export function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const found = firstDifference((a as any)[key], (b as any)[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path || '.'}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`;
}
