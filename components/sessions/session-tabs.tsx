'use client';

import { Tabs } from '@mantine/core';
import { IconCalendarTime, IconChecklist, IconSchool, IconUsers } from '@tabler/icons-react';
import { useTranslations } from 'next-intl';
import { parseAsStringLiteral, useQueryState } from 'nuqs';
import type { ReactNode } from 'react';
import { SESSION_TABS, SessionTab } from './session-people';

const ICONS = { learners: IconUsers, trainers: IconSchool, events: IconCalendarTime, attendance: IconChecklist } as const;

/**
 * The session page's tabs (#7 screen 5), the open one in the URL (?tab=learners|trainers|events, learners by
 * default), so a link or a reload opens the same tab. Every panel is rendered by the server page; switching
 * only changes the URL (shallow).
 */
export function SessionTabs({ panels, counts }: { panels: Record<SessionTab, ReactNode>; counts: Partial<Record<SessionTab, number>> }) {
  const t = useTranslations('sessionPage.tabs');
  const [tab, setTab] = useQueryState('tab', parseAsStringLiteral(SESSION_TABS).withDefault('learners').withOptions({ clearOnDefault: true }));
  return (
    <Tabs value={tab} onChange={(value) => value && setTab(value as SessionTab)} keepMounted={false}>
      <Tabs.List mb="lg">
        {SESSION_TABS.map((key) => {
          const Icon = ICONS[key];
          return (
            <Tabs.Tab key={key} value={key} leftSection={<Icon size={16} aria-hidden />}>
              {t(key, { count: counts[key] ?? 0 })}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
      {SESSION_TABS.map((key) => (
        <Tabs.Panel key={key} value={key}>
          {panels[key]}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
