'use client';

import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMail, IconUserPlus } from '@tabler/icons-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { PeopleSearch, type Person } from '../people/people-search';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { AddSessionInscription, PersonByEmail } from './session-operations';

/**
 * Adds one or several people to the session (#7 screen 5), found as one types among the people in the
 * viewer's scope (the API's `users(search:)`). Learners from outside that scope are enrolled by their exact
 * e-mail address (`userByEmail`, then `addInscription` with the address).
 */
export function AddPeople({ sessionId, role }: { sessionId: string; role: 'LEARNER' | 'TRAINER' }) {
  const t = useTranslations('sessionPage.add');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [chosen, setChosen] = useState<Person[]>([]);
  const [adding, setAdding] = useState(false);
  const kind = role === 'LEARNER' ? 'learners' : 'trainers';

  async function addChosen() {
    setAdding(true);
    const failures: string[] = [];
    let added = 0;
    for (const person of chosen) {
      try {
        await graphqlFetch(AddSessionInscription, { input: { sessionId, userId: person.id, role } });
        added++;
      } catch (e) {
        failures.push(`${person.label} : ${e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({})}`);
      }
    }
    setAdding(false);
    if (added) notifications.show({ color: 'green', message: t(`${kind}Added`, { count: added }) });
    for (const failure of failures) notifications.show({ color: 'red', message: failure, autoClose: false });
    setChosen([]);
    router.refresh();
  }

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <PeopleSearch label={t(`${kind}Label`)} chosen={chosen} onChange={setChosen} />
        <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={addChosen} loading={adding} disabled={chosen.length === 0}>
          {t(`${kind}Submit`, { count: chosen.length })}
        </Button>
      </Group>
      {role === 'LEARNER' && <EnrolByEmail sessionId={sessionId} />}
    </Stack>
  );
}

/** Someone outside the viewer's scope: the exact address, the name it belongs to, then the enrolment. */
function EnrolByEmail({ sessionId }: { sessionId: string }) {
  const t = useTranslations('sessionPage.add');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [match, setMatch] = useState<{ name: string; email: string } | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = (e: unknown) => setError(e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({}));

  async function look() {
    setBusy(true);
    setError(null);
    try {
      const { userByEmail } = await graphqlFetch(PersonByEmail, { email: email.trim() });
      setMatch(userByEmail ? { name: `${userByEmail.firstName} ${userByEmail.lastName}`, email: email.trim() } : null);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  async function enrol(person: { name: string; email: string }) {
    setBusy(true);
    setError(null);
    try {
      await graphqlFetch(AddSessionInscription, { input: { sessionId, email: person.email, role: 'LEARNER' } });
      notifications.show({ color: 'green', message: t('learnersAdded', { count: 1 }) });
      setEmail('');
      setMatch(undefined);
      router.refresh();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="xs">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (email.trim()) look();
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            style={{ flex: 1, minWidth: 260 }}
            type="email"
            label={t('emailLabel')}
            description={t('emailHelp')}
            value={email}
            onChange={(event) => {
              setEmail(event.currentTarget.value);
              setMatch(undefined);
            }}
            error={error}
          />
          <Button type="submit" variant="default" leftSection={<IconMail size={16} aria-hidden />} loading={busy && match === undefined} disabled={!email.trim()}>
            {t('emailLook')}
          </Button>
        </Group>
      </form>
      {match === null && (
        <Text size="sm" role="status">
          {t('emailNone')}
        </Text>
      )}
      {match && (
        <Group gap="sm" role="status">
          <Text size="sm">{t('emailFound', { name: match.name })}</Text>
          <Button size="xs" onClick={() => enrol(match)} loading={busy}>
            {t('emailEnrol', { name: match.name })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
