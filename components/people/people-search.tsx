'use client';

import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { graphql } from '../../graphql-client';
import { graphqlFetch } from '../ui/graphql-fetch';

/** People in the viewer's scope (members of their organisations, registrants of their sessions). */
export const SearchPeople = graphql(`
  query SearchPeople($search: String!) {
    users(search: $search, first: 10) {
      nodes {
        id
        firstName
        lastName
        email
      }
    }
  }
`);

export interface Person {
  id: string;
  label: string;
}

const personLabel = (p: { firstName: string; lastName: string; email?: string | null }) =>
  p.email ? `${p.firstName} ${p.lastName} (${p.email})` : `${p.firstName} ${p.lastName}`;

/**
 * Picks one or several people, found as one types among the people in the viewer's scope (the API's
 * `users(search:)`): the session's learners and trainers tabs (#7) and an event's registrants (#8). The chosen
 * stay listed whatever the current search finds.
 */
export function PeopleSearch({
  label,
  chosen,
  onChange,
  autoFocus,
}: {
  label: string;
  chosen: Person[];
  onChange: (people: Person[]) => void;
  autoFocus?: boolean;
}) {
  const t = useTranslations('sessionPage.add');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [found, setFound] = useState<Person[]>([]);
  const [searching, setSearching] = useState(false);

  useEffect(() => {
    if (!debounced) return setFound([]);
    let current = true;
    setSearching(true);
    graphqlFetch(SearchPeople, { search: debounced })
      .then(({ users }) => current && setFound(users.nodes.map((u) => ({ id: u.id, label: personLabel(u) }))))
      .catch(() => current && setFound([]))
      .finally(() => current && setSearching(false));
    return () => {
      current = false;
    };
  }, [debounced]);

  // Emptied by the caller after adding: the typed search goes too.
  useEffect(() => {
    if (!chosen.length) setSearch('');
  }, [chosen.length]);

  const options = [...chosen, ...found.filter((p) => !chosen.some((c) => c.id === p.id))];
  return (
    <MultiSelect
      style={{ flex: 1, minWidth: 260 }}
      label={label}
      description={t('searchHelp')}
      placeholder={t('searchPlaceholder')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The API has already filtered: show what it found.
      filter={({ options: all }) => all}
      data={options.map((p) => ({ value: p.id, label: p.label }))}
      value={chosen.map((p) => p.id)}
      onChange={(ids) => onChange(ids.map((id) => options.find((p) => p.id === id)!).filter(Boolean))}
      nothingFoundMessage={debounced && !searching ? t('nothingFound') : undefined}
      clearable
      data-autofocus={autoFocus || undefined}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
