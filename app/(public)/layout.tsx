import { Group, Text } from '@mantine/core';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ClientMessages } from '../../components/ui/client-messages';
import { AnchorLink } from '../../components/ui/links';
import { LanguageSwitch } from '../../components/ui/language-switch';
import { MessagesLink } from '../../components/messages/messages-link';
import { NotificationsMenu } from '../../components/notifications/notifications-menu';
import { SignOutButton } from '../../components/ui/sign-out-button';
import { runOperation } from '../../server/execute';
import { SiteHeaderViewer } from './site-header-operations';

/** The public pages (home, sign-in, playground, my account): the site header above them. */
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const [t, locale, { viewer }] = await Promise.all([getTranslations('common'), getLocale(), runOperation(SiteHeaderViewer)]);
  const user = viewer.user;
  // Anonymous visitors get none of the signed-in header's client components (messages, notifications).
  return (
    <ClientMessages namespaces={user ? ['common', 'errors', 'messages', 'notifications'] : ['common']}>
      <header className="site-header">
        <AnchorLink href="/" className="site-brand" underline="never">
          {t('appName')}
        </AnchorLink>
        <nav className="site-nav" aria-label={t('mainNavigation')}>
          <Group gap="lg">
            <AnchorLink href="/catalogue" c="dimmed">
              {t('catalogue')}
            </AnchorLink>
            {user && (
              <AnchorLink href="/me" c="dimmed">
                {t('myTrainings')}
              </AnchorLink>
            )}
            <AnchorLink href="/playground" c="dimmed">
              {t('playground')}
            </AnchorLink>
            {viewer.isStaff && (
              <AnchorLink href="/manage" c="dimmed">
                {t('management')}
              </AnchorLink>
            )}
          </Group>
        </nav>
        <Group className="site-account" gap="md" wrap="nowrap">
          <LanguageSwitch locale={locale} />
          {user ? (
            <>
              <MessagesLink />
              <NotificationsMenu />
              {/* Below 992 px the bell and « Mon compte » say who is signed in: the header keeps to one line. */}
              <Text size="sm" visibleFrom="md">
                {t('signedInAs', { name: `${user.firstName} ${user.lastName}` })}
              </Text>
              <AnchorLink href="/account" size="sm">
                {t('account')}
              </AnchorLink>
              <SignOutButton />
            </>
          ) : (
            <AnchorLink href="/login" size="sm">
              {t('signIn')}
            </AnchorLink>
          )}
        </Group>
      </header>
      {children}
    </ClientMessages>
  );
}
