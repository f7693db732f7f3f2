'use client';

import { Select, type SelectProps } from '@mantine/core';
import { useTranslations } from 'next-intl';
import { type OwnerChoices, SHARED } from './owner-values';

/** Picks the owning organisation of a location or template, or "shared" for administrators. */
export function OwnerSelect({ choices, ...props }: Omit<SelectProps, 'data'> & { choices: OwnerChoices }) {
  const t = useTranslations('owner');
  return (
    <Select
      label={t('label')}
      description={choices.canShare ? t('helpAdmin') : t('help')}
      data={[
        ...(choices.canShare ? [{ value: SHARED, label: t('shared') }] : []),
        ...choices.organisations.map((o) => ({ value: o.id, label: o.name })),
      ]}
      required
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
