'use client';

import { Select } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { graphql } from '../../graphql-client';
import { graphqlFetch } from '../ui/graphql-fetch';

const TrainingOptions = graphql(`
  query SessionsTrainingOptions($search: String!) {
    trainings(search: $search, first: 20, orderBy: TITLE_ASC) {
      nodes {
        id
        code
        title
      }
    }
  }
`);

interface Option {
  id: string;
  code?: string;
  title: string;
}

/**
 * The sessions table's training filter (#7 screen 4): the first trainings come with the page; typing asks the
 * API for those whose title or code matches, so every training can be picked however many there are.
 */
export function TrainingFilter({
  options,
  value,
  known,
  onChange,
}: {
  options: Option[];
  value: string | null;
  /** The chosen training, when the page knows it (from its rows) and it is not among the options. */
  known?: Option;
  onChange: (id: string | null) => void;
}) {
  const t = useTranslations('sessionsTable');
  const [found, setFound] = useState<Option[]>([]);
  const lookUp = useDebouncedCallback((search: string) => {
    if (!search.trim()) return setFound([]);
    graphqlFetch(TrainingOptions, { search }).then(
      (data) => setFound(data.trainings.nodes),
      () => setFound([]),
    );
  }, 250);
  const all = new Map<string, Option>();
  for (const option of [...(known ? [known] : []), ...options, ...found]) all.set(option.id, option);
  const data = [...all.values()].map((o) => ({ value: o.id, label: o.code ? `${o.title} (${o.code})` : o.title }));
  return (
    <Select
      label={t('trainingFilter')}
      placeholder={t('allTrainings')}
      data={data}
      value={value}
      onChange={(id) => onChange(id || null)}
      onSearchChange={lookUp}
      searchable
      clearable
      nothingFoundMessage={t('noTraining')}
      w={{ base: '100%', sm: 320 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
