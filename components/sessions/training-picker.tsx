'use client';

import { Alert, Loader, NavLink, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChevronRight, IconSearch } from '@tabler/icons-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { manageRoutes } from '../manage/routes';
import { useErrorMessage } from '../ui/error-messages';
import { type ApiError, ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { ButtonLink } from '../ui/links';
import { PICKER_SIZE, PickSessionTraining } from './training-picker-operations';

export interface PickerTraining {
  id: string;
  code: string;
  title: string;
  organisations: string[];
}

export interface PickerResults {
  totalCount: number;
  nodes: PickerTraining[];
}

const RESULTS_ID = 'training-picker-results';
const SEARCH_DELAY_MS = 250;

/**
 * The first step of a new session (#7, screen 3, seed 000): « une recherche via le titre ou le code »,
 * results as you type (the API's `trainings(search, managed: true)`: only trainings whose sessions the viewer
 * may create), and one click on a training goes to the form. Keyboard: the arrow keys move from the search
 * into the results and back; Enter opens one.
 */
export function TrainingPicker({ initial }: { initial: PickerResults }) {
  const t = useTranslations('sessionForm.pick');
  const errorMessage = useErrorMessage();
  const [search, setSearch] = useState('');
  const [wanted] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const [results, setResults] = useState<PickerResults & { search: string }>({ ...initial, search: '' });
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const shown = useRef('');
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (wanted === shown.current) return;
    let current = true;
    setLoading(true);
    graphqlFetch(PickSessionTraining, { search: wanted || null, first: PICKER_SIZE })
      .then(({ trainings }) => {
        if (!current) return;
        shown.current = wanted;
        setFailure(null);
        setResults({
          search: wanted,
          totalCount: trainings.totalCount,
          nodes: trainings.nodes.map((n) => ({ id: n.id, code: n.code, title: n.title, organisations: n.organisations.map((o) => o.name) })),
        });
      })
      .catch((error: unknown) => current && setFailure(error instanceof ApiRequestError ? error.errors[0] : { message: String(error) }))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [wanted]);

  const links = () => Array.from(listRef.current?.querySelectorAll<HTMLAnchorElement>('a') ?? []);
  function moveFromSearch(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    links()[0]?.focus();
  }
  function moveInList(event: KeyboardEvent<HTMLAnchorElement>, index: number) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const next = index + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) searchRef.current?.focus();
    else links()[next]?.focus();
  }

  const { nodes, totalCount } = results;
  return (
    <Paper p="lg" maw={760}>
      <Stack gap="md">
        <TextInput
          ref={searchRef}
          type="search"
          label={t('searchLabel')}
          description={t('searchHelp')}
          placeholder={t('searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={loading ? <Loader size="xs" aria-hidden /> : null}
          autoComplete="off"
          aria-controls={RESULTS_ID}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          onKeyDown={moveFromSearch}
        />
        <Text size="sm" c="dimmed" role="status">
          {loading ? t('loading') : t('count', { count: totalCount })}
        </Text>
        {failure && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(failure)}
          </Alert>
        )}
        {nodes.length === 0 ? (
          results.search ? (
            <Text size="sm">{t('noMatch', { search: results.search })}</Text>
          ) : (
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{t('none')}</Text>
              <ButtonLink href={manageRoutes.newTraining} variant="light">
                {t('createTraining')}
              </ButtonLink>
            </Stack>
          )
        ) : (
          <ul ref={listRef} id={RESULTS_ID} aria-label={t('results')} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }}>
            {nodes.map((training, index) => (
              <li key={training.id}>
                <NavLink
                  component={Link}
                  href={manageRoutes.newSession(training.id)}
                  onKeyDown={(event: KeyboardEvent<HTMLAnchorElement>) => moveInList(event, index)}
                  label={
                    <>
                      <Text span ff="monospace" fw={600} size="sm" mr="xs">
                        {training.code}
                      </Text>
                      <Text span fw={500} size="sm">
                        {training.title}
                      </Text>
                    </>
                  }
                  description={training.organisations.join(', ')}
                  rightSection={<IconChevronRight size={16} aria-hidden />}
                  styles={{ root: { borderRadius: 'var(--mantine-radius-md)', border: '1px solid var(--mantine-color-gray-3)' } }}
                />
              </li>
            ))}
          </ul>
        )}
        {totalCount > nodes.length && (
          <Text size="sm" c="dimmed">
            {t('more', { shown: nodes.length, total: totalCount })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
