'use client';

import { AppShell, Badge, Burger, Divider, Group, NavLink, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { SignOutButton } from '../ui/sign-out-button';
import { MessagesLink } from '../messages/messages-link';
import { NotificationsMenu } from '../notifications/notifications-menu';
import { activeItem, NAV_ITEMS, NavItem } from './nav-items';

export interface ShellViewer {
  name: string;
  email: string | null;
  isAdmin: boolean;
  /** Key under `manage.role`. */
  role: 'admin' | 'manager' | 'trainer';
}

/**
 * The management area's frame (#7): header (brand, signed-in user, language switch, sign-out), the menu
 * (a sidebar from 992 px, a drawer behind the burger below, e.g. on a 768 px tablet) and the page.
 */
export function ManageShell({ viewer, languageSwitch, children }: { viewer: ShellViewer; languageSwitch: ReactNode; children: ReactNode }) {
  const t = useTranslations('manage');
  const common = useTranslations('common');
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = usePathname();
  const active = activeItem(pathname);
  const items = NAV_ITEMS.filter(
    (item) => !item.administration || viewer.isAdmin || (item.administration === 'managers' && viewer.role === 'manager'),
  );
  const administration = items.filter((item) => item.administration);

  const link = (item: NavItem) => {
    const label = t(`nav.${item.key}`);
    const icon = <item.icon size={18} stroke={1.6} aria-hidden />;
    if (!item.ready)
      return (
        <Tooltip key={item.key} label={common('comingSoon')} position="right">
          <NavLink
            component="span"
            label={label}
            leftSection={icon}
            rightSection={<Badge size="xs" variant="light" color="gray">{common('comingSoonShort')}</Badge>}
            aria-disabled="true"
            className="nav-disabled"
          />
        </Tooltip>
      );
    return (
      <NavLink
        key={item.key}
        component={Link}
        href={item.href}
        label={label}
        leftSection={icon}
        active={active?.key === item.key}
        aria-current={active?.key === item.key ? 'page' : undefined}
        onClick={close}
      />
    );
  };

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'md', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <a href="#main" className="skip-link">
        {common('skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={opened}
              aria-controls="manage-navigation"
            />
            <Link href="/manage" className="manage-brand">
              Cursus <span className="manage-brand-area">{t('home')}</span>
            </Link>
          </Group>
          <Group gap="md" wrap="nowrap">
            {languageSwitch}
            <MessagesLink />
            <NotificationsMenu />
            <Stack gap={0} visibleFrom="sm" align="flex-end">
              <Text size="sm" fw={600} lh={1.3}>
                {viewer.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.3}>
                {t(`role.${viewer.role}`)}
              </Text>
            </Stack>
            <SignOutButton withIcon />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="manage-navigation" aria-label={common('mainNavigation')}>
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap={2}>{items.filter((item) => !item.administration).map(link)}</Stack>
          {administration.length > 0 && (
            <>
              <Divider my="sm" label={t('nav.administration')} labelPosition="left" />
              <Stack gap={2}>{administration.map(link)}</Stack>
            </>
          )}
        </AppShell.Section>
        <AppShell.Section hiddenFrom="sm">
          <Divider my="sm" />
          <Text size="sm" fw={600}>
            {viewer.name}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`role.${viewer.role}`)}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
