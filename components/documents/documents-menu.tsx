'use client';

import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileText } from '@tabler/icons-react';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/**
 * The « Documents » menu button of a page's header (#10): the event's and the session's menus put their
 * sections in it (Menu.Label, then items). Downloads are plain links to authenticated routes: the browser
 * sends the session cookie, and the file saves under the name the route gives.
 */
export function DocumentsMenu({ name, children }: { name: string; children: ReactNode }) {
  const t = useTranslations('documents');
  return (
    // Without the initial-focus placeholder: a bare div inside role="menu" fails axe (aria-required-children).
    <Menu position="bottom-end" withinPortal shadow="md" width={320} withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button variant="default" leftSection={<IconFileText size={16} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />} aria-label={t('menuFor', { name })}>
          {t('menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  );
}

/**
 * One download of the menu: a link the browser saves; with nothing to download (null), a disabled item (a
 * disabled link is no menu item for axe).
 */
export function DownloadItem({ href, icon, children }: { href: string | null; icon: ReactNode; children: ReactNode }) {
  return href ? (
    <Menu.Item component="a" href={href} download leftSection={icon}>
      {children}
    </Menu.Item>
  ) : (
    <Menu.Item disabled leftSection={icon}>
      {children}
    </Menu.Item>
  );
}
