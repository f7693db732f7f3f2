/**
 * The site's public address, as the deployment declares it in NEXTAUTH_URL (next-auth reads the same
 * variable). Behind `next start` a request's own URL says localhost whatever the browser used, so this is what
 * absolute URLs of the site are compared with.
 */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string | null {
  try {
    return env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL).origin : null;
  } catch {
    return null;
  }
}

/**
 * Whether the site is served over https: NEXTAUTH_URL starts with https:// (#6 §6). The declared address is
 * the one signal a client cannot forge (X-Forwarded-Proto can be, when no proxy strips it), and it is already
 * what makes the session cookie Secure, so HSTS and the cookie follow one switch.
 */
export const servedOverHttps = (env: Record<string, string | undefined> = process.env): boolean =>
  siteOrigin(env)?.startsWith('https://') ?? false;
