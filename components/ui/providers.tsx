'use client';

import { MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import 'dayjs/locale/fr';
import 'dayjs/locale/en';
import { useTranslations } from 'next-intl';
import { type ReactNode, useMemo } from 'react';
import { cssVariablesResolver, theme } from './theme';

/** Everything client components need around them: the theme, notifications, date pickers, URL state (nuqs). */
export function Providers({ locale, children }: { locale: string; children: ReactNode }) {
  const t = useTranslations('common');
  const close = t('close');
  // Close buttons of dialogs and notifications are icons: they get a label in the UI language.
  const localTheme = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Notification: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
        },
      }),
    [close],
  );
  return (
    <MantineProvider theme={localTheme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
        <NuqsAdapter>
          <Notifications position="bottom-right" />
          {children}
        </NuqsAdapter>
      </DatesProvider>
    </MantineProvider>
  );
}
