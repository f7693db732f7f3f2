'use client';

import { ActionIcon, Menu } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

export interface RowAction {
  key: string;
  label: string;
  icon: ReactNode;
  /** A link, or… */
  href?: string;
  /** …an action (e.g. opening a confirmation). */
  onClick?: () => void;
  color?: string;
}

/**
 * A row's actions behind one menu button with text labels (ui.md: the seeds' pencil, clock, envelope, bin).
 * Actions that cannot apply are not passed at all: never a dead item.
 */
export function RowActions({ name, actions }: { name: string; actions: RowAction[] }) {
  const t = useTranslations('common');
  if (!actions.length) return null;
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('actionsFor', { name })}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {actions.map((action) =>
          action.href ? (
            <Menu.Item key={action.key} component={Link} href={action.href} leftSection={action.icon} color={action.color}>
              {action.label}
            </Menu.Item>
          ) : (
            <Menu.Item key={action.key} onClick={action.onClick} leftSection={action.icon} color={action.color}>
              {action.label}
            </Menu.Item>
          ),
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
