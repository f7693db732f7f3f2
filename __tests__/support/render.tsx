import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render, RenderOptions } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { NuqsTestingAdapter, OnUrlUpdateFunction } from 'nuqs/adapters/testing';
import type { ReactElement, ReactNode } from 'react';
import { cssVariablesResolver, theme } from '../../components/ui/theme';
import { loadMessages } from '../../i18n/messages';

export interface ScreenOptions {
  locale?: 'fr' | 'en';
  /** The page's query string, read by nuqs. */
  searchParams?: string;
  /** Told of every URL change nuqs makes. */
  onUrlUpdate?: OnUrlUpdateFunction;
}

/** Renders a component as the app does: French (or English) messages, the theme, notifications, URL state. */
export function renderScreen(ui: ReactElement, { locale = 'fr', searchParams = '', onUrlUpdate }: ScreenOptions = {}, options?: RenderOptions) {
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <NextIntlClientProvider locale={locale} messages={loadMessages(locale)} timeZone="Europe/Paris">
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
          <NuqsTestingAdapter searchParams={searchParams} onUrlUpdate={onUrlUpdate} hasMemory>
            <Notifications />
            {children}
          </NuqsTestingAdapter>
        </MantineProvider>
      </NextIntlClientProvider>
    );
  }
  return render(ui, { wrapper: Wrapper, ...options });
}
