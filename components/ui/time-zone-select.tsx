'use client';

import { Select, type SelectProps } from '@mantine/core';
import { useTranslations } from 'next-intl';

/**
 * An IANA time zone picked from the API's `timeZones` list (#8), searchable by city or area, never typed
 * freely: the list holds exactly the names the API accepts.
 */
export function TimeZoneSelect({ timeZones, ...props }: Omit<SelectProps, 'data'> & { timeZones: NonNullable<SelectProps['data']> }) {
  const t = useTranslations('form');
  return (
    <Select
      data={timeZones}
      searchable
      // Opened by a click or the keyboard, not by the focus a refusal gives it (it would hide the message).
      openOnFocus={false}
      allowDeselect={false}
      limit={100}
      maxDropdownHeight={280}
      placeholder={t('timeZonePlaceholder')}
      nothingFoundMessage={t('timeZoneNothingFound')}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
