/**
 * The client address for throttling (sign-in #6 §4, self check-in #10 §2): the first X-Forwarded-For hop (set by
 * the reverse proxy), else X-Real-IP, else none. Reads next-auth's plain header record, a Web `Headers`, or the
 * API's request headers (server/actor.ts RequestHeaders) alike.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | { get(name: string): string | null }): string | null {
  const get = (name: string) => (typeof headers.get === 'function' ? (headers.get(name) ?? undefined) : (headers as Record<string, string | string[] | undefined>)[name]);
  const forwarded = get('x-forwarded-for');
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  const real = get('x-real-ip');
  return first || (Array.isArray(real) ? real[0] : real)?.trim() || null;
}
