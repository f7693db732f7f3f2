import { siteOrigin } from './site-url';

/**
 * The site's address for absolute links (JSON-LD, sitemap, calendar entries): the declared one (NEXTAUTH_URL),
 * else the host the request came to. Only for links a reader follows, never for a security decision.
 */
export function requestOrigin(headers: Headers): string {
  const declared = siteOrigin();
  if (declared) return declared;
  const host = headers.get('host') ?? 'localhost';
  return `http://${host}`;
}
