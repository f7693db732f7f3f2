'use client';

import { Alert, Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconUserPlus } from '@tabler/icons-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { AddEventRegistrantsMutation, InscriptionMode } from '../../graphql-client/graphql';
import { PeopleSearch, type Person } from '../people/people-search';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { AddEventRegistrants } from './event-page-operations';

type Result = AddEventRegistrantsMutation['addEventRegistrants'][number];

/** One line of the report: the person and what the API did. */
interface Reported {
  person: Person;
  result: Result;
}

const OUTCOME_COLOR = { ADDED: 'green', ALREADY_REGISTERED: 'gray', REFUSED: 'red' } as const;

/**
 * The event page's « bonhomme + » (seed 001, #8 screen 4): search people, choose several, add them in one
 * request (`addEventRegistrants`), then read what happened to each (added or waitlisted, already there, refused
 * and why). Automatic-mode events say that the session's learners are registered already.
 */
export function AddRegistrantsDialog({
  event,
  opened,
  onClose,
  onAdded,
}: {
  event: { id: string; name: string; mode: InscriptionMode };
  opened: boolean;
  onClose: () => void;
  onAdded: () => void;
}) {
  const t = useTranslations('eventPage.add');
  const errorMessage = useErrorMessage();
  const [chosen, setChosen] = useState<Person[]>([]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<Reported[] | null>(null);

  const close = () => {
    setChosen([]);
    setReport(null);
    setError(null);
    onClose();
  };

  async function add() {
    setPending(true);
    setError(null);
    try {
      const { addEventRegistrants } = await graphqlFetch(AddEventRegistrants, { eventId: event.id, userIds: chosen.map((p) => p.id) });
      const byId = new Map(chosen.map((p) => [p.id, p]));
      setReport(addEventRegistrants.map((result) => ({ person: byId.get(result.userId) ?? { id: result.userId, label: result.userId }, result })));
      const added = addEventRegistrants.filter((r) => r.outcome === 'ADDED').length;
      if (added) {
        notifications.show({ color: 'green', message: t('added', { count: added }) });
        onAdded();
      }
      setChosen([]);
    } catch (e) {
      setError(e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({}));
    } finally {
      setPending(false);
    }
  }

  const outcome = ({ result }: Reported) => {
    if (result.outcome === 'REFUSED') return t('refused', { reason: errorMessage({ code: 'BAD_USER_INPUT', reason: result.reason ?? undefined }) });
    if (result.outcome === 'ALREADY_REGISTERED') return t('already');
    return result.inscription?.state === 'WAITLISTED' ? t('waitlisted', { position: result.inscription.position ?? 0 }) : t('confirmed');
  };

  return (
    <Modal opened={opened} onClose={close} title={t('title', { name: event.name })} size="lg" centered>
      <Stack gap="md">
        {event.mode === 'AUTOMATIC' && (
          <Alert variant="light" color="cursus" icon={<IconInfoCircle size={18} aria-hidden />}>
            <Text size="sm">{t('automatic')}</Text>
          </Alert>
        )}
        <Text size="sm">{t('help')}</Text>
        <PeopleSearch label={t('label')} chosen={chosen} onChange={setChosen} autoFocus />
        {error && (
          <Text role="alert" c="red.9" size="sm">
            {error}
          </Text>
        )}
        {report && (
          <Stack gap={6} component="ul" className="plain-list" aria-label={t('reportLabel')} role="list">
            {report.map((line) => (
              <Group key={line.person.id} component="li" gap="sm" wrap="nowrap" justify="space-between">
                <Text size="sm" fw={600}>
                  {line.person.label}
                </Text>
                <Badge variant="dot" color={OUTCOME_COLOR[line.result.outcome]} tt="none" styles={{ root: { maxWidth: 'none', height: 'auto' }, label: { whiteSpace: 'normal' } }}>
                  {outcome(line)}
                </Badge>
              </Group>
            ))}
          </Stack>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('close')}
          </Button>
          <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={add} loading={pending} disabled={chosen.length === 0}>
            {t('submit', { count: chosen.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
