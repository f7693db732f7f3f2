'use client';

import { Loader, Tabs, TabsList, TabsPanel, TabsTab, Text } from '@mantine/core';
import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { type ReactNode, useState } from 'react';

// The calendar component is loaded only when its tab is opened: the list view needs none of its code.
const MyCalendar = dynamic(() => import('./my-calendar'), {
  ssr: false,
  loading: () => <Loader size="sm" />,
});

/** My events: a list (rendered by the server) or a week/month calendar (#9 §5). */
export function MyAgenda({ list, timeZone, zoneLabel }: { list: ReactNode; timeZone: string; zoneLabel: string }) {
  const t = useTranslations('me');
  const [tab, setTab] = useState<string | null>('list');
  return (
    <Tabs value={tab} onChange={setTab} keepMounted={false}>
      <TabsList>
        <TabsTab value="list">{t('listView')}</TabsTab>
        <TabsTab value="calendar">{t('calendarView')}</TabsTab>
      </TabsList>
      <TabsPanel value="list" pt="md">
        {list}
      </TabsPanel>
      <TabsPanel value="calendar" pt="md">
        <Text size="sm" c="dimmed" mb="xs">
          {t('calendarZone', { zone: zoneLabel })}
        </Text>
        <MyCalendar timeZone={timeZone} />
      </TabsPanel>
    </Tabs>
  );
}
