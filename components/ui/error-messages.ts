'use client';

import { useTranslations } from 'next-intl';
import type { ApiError } from './graphql-fetch';

/**
 * The API's errors in the UI language (#7): the reason's message, else the code's, else a generic text, so
 * a reason or code added later still reads as something sensible.
 */
export function useErrorMessage() {
  const t = useTranslations('errors');
  return (error: Pick<ApiError, 'code' | 'reason' | 'details'>): string => {
    if (error.code === 'NETWORK') return t('network');
    if (error.reason && t.has(`reason.${error.reason}`)) return t(`reason.${error.reason}`, error.details);
    if (error.code && t.has(`code.${error.code}`)) return t(`code.${error.code}`);
    return t('generic');
  };
}
