'use client';

import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import 'dayjs/locale/fr';
import 'dayjs/locale/en';
import type { ReactNode } from 'react';
import { cssVariablesResolver, theme } from './theme';

/** Everything client components need around them: the theme, notifications, date pickers, URL state (nuqs). */
export function Providers({ locale, children }: { locale: string; children: ReactNode }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
        <NuqsAdapter>
          <Notifications position="top-right" />
          {children}
        </NuqsAdapter>
      </DatesProvider>
    </MantineProvider>
  );
}
