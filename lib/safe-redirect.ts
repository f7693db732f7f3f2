/**
 * The one decision of whether a redirect target is a path of this site (#6 §1). Every redirect goes through
 * it: the language switch, the sign-in `callbackUrl`, next-auth's `redirect` callback.
 *
 * A browser reads `/\evil.com`, `/%5Cevil.com` (once decoded by a proxy or a router), `/\tevil.com` or
 * `//evil.com` as another host, so the rule is a narrow allow-list rather than a list of known tricks:
 * one leading `/`, then no `/` or `\` right after it, no backslash, no control character or whitespace, no
 * encoded slash or backslash — checked at every level of %-decoding, so double encoding gains nothing — and
 * no malformed %-sequence. Anything else (a scheme, `//host`, a relative path) is refused.
 */

/** Longer targets are refused: a real path of the site is far shorter. */
export const MAX_REDIRECT_LENGTH = 2048;

// Control characters (C0, DEL, C1), Unicode whitespace, and format characters (zero-width, bidi overrides).
const FORBIDDEN = /[\\\s\p{Cc}\p{Cf}]|%(2f|5c)/iu;
// Each %-decoding pass reveals one more level of encoding; a target encoded deeper than this is refused.
const MAX_DECODING_PASSES = 4;

function isSafeLayer(layer: string): boolean {
  return layer.startsWith('/') && !layer.startsWith('//') && !FORBIDDEN.test(layer);
}

/**
 * `target` itself when it is a path of this site, else null. With `origin` (e.g. `https://cursus.example.org`),
 * an absolute URL of exactly that origin is accepted too and comes back as its path: next-auth passes those.
 */
export function sitePath(target: unknown, origin?: string | null): string | null {
  if (typeof target !== 'string' || target.length > MAX_REDIRECT_LENGTH) return null;
  let path = target;
  if (origin && (target === origin || target.startsWith(`${origin}/`))) path = target.slice(origin.length) || '/';
  let layer = path;
  for (let pass = 0; pass <= MAX_DECODING_PASSES; pass++) {
    if (!isSafeLayer(layer)) return null;
    let decoded: string;
    try {
      decoded = decodeURIComponent(layer);
    } catch {
      return null;
    }
    if (decoded === layer) return new URL(path, 'http://site.invalid').host === 'site.invalid' ? path : null;
    layer = decoded;
  }
  return null;
}
