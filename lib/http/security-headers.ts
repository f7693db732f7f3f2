/**
 * The security headers of every page and API response (#6 §6), set by proxy.ts (pages, Next's routes) and by
 * server/graphql-http.ts (/api/graphql).
 *
 * Content-Security-Policy, directive by directive:
 * - scripts: only those carrying this response's nonce, and what they load ('strict-dynamic': Next's chunks,
 *   GraphiQL's lazily imported bundles). Next reads the nonce from the request's CSP header and puts it on its
 *   own inline scripts (the RSC payload) and script tags; pages are rendered per request (the layout reads
 *   the session), so every page gets a fresh one. No 'unsafe-inline' and no 'unsafe-eval' in production
 *   (React needs eval in development only);
 * - styles: 'unsafe-inline' on purpose. Mantine (CSS-in-JS) writes `<style>` elements and style attributes,
 *   and Monaco (the playground's editor) inserts `<style>` elements at run time: neither can carry a nonce.
 *   Injected CSS cannot run script; with script-src locked down, the remaining risk is cosmetic. Note: a nonce
 *   in style-src would make browsers ignore 'unsafe-inline', so there is none;
 * - workers: Monaco's language workers (the playground), bundled and served from our own origin;
 * - images and fonts: our own, and data: URIs (GraphiQL's stylesheet inlines its fonts and icons);
 * - connect: our own origin only (the API, next-auth);
 * - frame-ancestors 'none' (and X-Frame-Options DENY for older browsers): no page can be framed (clickjacking);
 * - no plugins, no <base>, forms post to this site only.
 * Over https, upgrade-insecure-requests, and Strict-Transport-Security (one year, subdomains included): only
 * then, since a plain-http site (the default `npm start`) would be unreachable once upgraded.
 */
export interface SecurityHeaderOptions {
  /** A fresh random value per response (proxy.ts). */
  nonce: string;
  /** Served over https (lib/site-url.ts servedOverHttps). */
  https: boolean;
  /** `next dev`: React needs eval for its error overlays. */
  development: boolean;
}

export function contentSecurityPolicy({ nonce, https, development }: SecurityHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** A fresh CSP nonce: 128 random bits, for one response. */
export const freshNonce = (): string => Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(options),
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    // Full URL to this site, the origin only to others, nothing on a downgrade to http.
    'referrer-policy': 'strict-origin-when-cross-origin',
    ...(options.https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
