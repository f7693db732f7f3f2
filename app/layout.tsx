import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './globals.css';
import { mantineHtmlProps } from '@mantine/core';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ClientMessages } from '../components/ui/client-messages';
import { Providers } from '../components/ui/providers';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('home');
  return { title: { default: 'Cursus', template: '%s — Cursus' }, description: t('title') };
}

/**
 * The document: its language (next-intl, i18n/request.ts), the design system and the client providers.
 * Light colour scheme only, set statically by mantineHtmlProps: no colour-scheme script is needed.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale} {...mantineHtmlProps}>
      <body>
        <ClientMessages namespaces={['common']}>
          <Providers locale={locale}>{children}</Providers>
        </ClientMessages>
      </body>
    </html>
  );
}
