import type { Metadata } from 'next';
import { getServerSession } from 'next-auth';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SignOutButton } from '../components/sign-out-button';
import { authOptions } from '../server/auth-options';
import { currentLocale, messages } from '../lib/i18n';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Cursus', template: '%s — Cursus' },
  description: 'Cursus — gestion des formations',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await currentLocale();
  const t = messages(locale);
  const session = await getServerSession(authOptions());
  const other = locale === 'fr' ? 'en' : 'fr';
  return (
    <html lang={locale}>
      <body>
        <header className="site-header">
          <Link href="/" className="site-brand">
            Cursus
          </Link>
          <nav className="site-nav" aria-label="Navigation">
            <Link href="/">{t.catalogue}</Link>
            <Link href="/playground">{t.playground}</Link>
          </nav>
          <div className="site-account">
            <a href={`/api/lang?to=${other}`} lang={other}>
              {t.switchLanguage}
            </a>
            {session?.user ? (
              <>
                <span>
                  {t.signedInAs} {session.user.name}
                </span>
                <SignOutButton label={t.signOut} />
              </>
            ) : (
              <Link href="/login">{t.signIn}</Link>
            )}
          </div>
        </header>
        {children}
      </body>
    </html>
  );
}
