import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getRuntime } from './runtime';
import { authSecret } from '../lib/auth-secret';
import { sitePath } from '../lib/safe-redirect';
import { clientAddress } from './client-address';

export const SESSION_MAX_AGE_SECONDS = 8 * 3600;

/**
 * next-auth: e-mail and password, JWT in an http-only cookie. The cookie carries the user id and the
 * account's session version; every API request checks both against the database (server/actor.ts), so a
 * deactivated account or a changed password ends existing sessions at once.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    // The token itself expires with the session (next-auth's default for the JWT is 30 days).
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/login' },
    providers: [
      CredentialsProvider({
        name: 'Cursus',
        credentials: { email: { label: 'E-mail', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, request) {
          const runtime = await getRuntime();
          const outcome = await runtime.signIn(credentials?.email ?? '', credentials?.password ?? '', clientAddress(request?.headers ?? {}));
          if (!outcome) return null;
          // next-auth passes the message to the client as `error`: the form shows the delay.
          if (outcome.kind === 'throttled') throw new Error(`THROTTLED:${outcome.retryAfterSeconds}`);
          const { user } = outcome;
          return { id: String(user.id), name: `${user.firstName} ${user.lastName}`, email: user.email, sessionVersion: user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      // Where next-auth sends the browser after signing in or out: a path of this site, else home (#6 §1).
      redirect({ url, baseUrl }) {
        return `${baseUrl}${sitePath(url, baseUrl) ?? '/'}`;
      },
      jwt({ token, user }) {
        if (user) token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        return token;
      },
    },
  };
}
