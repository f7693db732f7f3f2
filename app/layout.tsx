import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Cursus', template: '%s — Cursus' },
  description: 'Cursus — gestion des formations',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>
        <header className="site-header">
          <Link href="/" className="site-brand">
            Cursus
          </Link>
          <nav className="site-nav" aria-label="Navigation principale">
            <Link href="/">Catalogue</Link>
            <Link href="/playground">Playground</Link>
          </nav>
        </header>
        {children}
      </body>
    </html>
  );
}
