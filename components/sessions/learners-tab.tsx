'use client';

import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconUserMinus, IconX } from '@tabler/icons-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { AddPeople } from './add-people';
import { PeopleTable } from './people-table';
import { RemoveInscriptionDialog } from './remove-inscription';
import { WaitingListActions } from './waiting-list-actions';
import { ValidateSessionInscription } from './session-operations';
import type { PeopleList, PersonRow } from './session-people';

export interface LearnersTabProps {
  sessionId: string;
  /** The viewer manages the training (the API's viewerCan): add, remove, accept, refuse. */
  canManage: boolean;
  /** R7: the session's registrations wait for a manager. */
  validation: boolean;
  capacity: number | null;
  pending: PeopleList;
  confirmed: PeopleList;
  /** In the waiting list's order (R6), which staff may change (#9 §4). */
  waitlisted: PeopleList;
  /** Seats no confirmed learner holds (null: unlimited), which a manager may give by hand (#9 §4). */
  freeSeats?: number | null;
  refused: PeopleList;
}

/**
 * The Learners tab (#7 screen 5): « 3 / 20 », adding people, the registrations awaiting validation with
 * accept and refuse (R7), the confirmed learners, the waiting list in order (R6) and the refused ones.
 */
export function LearnersTab(props: LearnersTabProps) {
  const t = useTranslations('sessionPage.learners');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [removing, setRemoving] = useState<PersonRow | null>(null);
  const [deciding, setDeciding] = useState<string | null>(null);
  const { pending, confirmed, waitlisted, refused, capacity, canManage } = props;

  async function decide(row: PersonRow, accept: boolean) {
    setDeciding(row.inscriptionId);
    try {
      const { validateInscription } = await graphqlFetch(ValidateSessionInscription, { id: row.inscriptionId, accept });
      notifications.show({ color: 'green', message: t(`decided.${validateInscription.state}`, { name: row.name }) });
      router.refresh();
    } catch (e) {
      notifications.show({ color: 'red', message: e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({}) });
    } finally {
      setDeciding(null);
    }
  }

  const removeButton = (row: PersonRow) => (
    <Button
      size="xs"
      variant="outline"
      color="red.9"
      leftSection={<IconUserMinus size={14} aria-hidden />}
      aria-label={t('removeLabel', { name: row.name })}
      onClick={() => setRemoving(row)}
    >
      {t('remove')}
    </Button>
  );

  const decisionButtons = (row: PersonRow) => (
    <Group gap="xs" justify="flex-end" wrap="nowrap">
      <Button
        size="xs"
        leftSection={<IconCheck size={14} aria-hidden />}
        aria-label={t('acceptLabel', { name: row.name })}
        loading={deciding === row.inscriptionId}
        disabled={deciding !== null}
        onClick={() => decide(row, true)}
      >
        {t('accept')}
      </Button>
      <Button
        size="xs"
        variant="outline"
        color="red.9"
        leftSection={<IconX size={14} aria-hidden />}
        aria-label={t('refuseLabel', { name: row.name })}
        disabled={deciding !== null}
        onClick={() => decide(row, false)}
      >
        {t('refuse')}
      </Button>
    </Group>
  );

  const seats = capacity == null ? t('countUnlimited', { count: confirmed.totalCount }) : `${confirmed.totalCount} / ${capacity}`;

  return (
    <Stack gap="lg">
      <Paper p="lg">
        <Group justify="space-between" align="flex-start" gap="md" wrap="nowrap" mb={canManage ? 'md' : 0}>
          <div style={{ flex: 1 }}>
            <Title order={2}>{t('title')}</Title>
            <Text size="sm" c="dimmed">
              {t('help')}
            </Text>
          </div>
          <div className="seat-count" style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
            <Text fw={700} fz={28} lh={1.1} aria-describedby="seat-count-label">
              {seats}
            </Text>
            <Text size="xs" c="dimmed" id="seat-count-label">
              {capacity == null ? t('countHelpUnlimited') : t('countHelp')}
            </Text>
          </div>
        </Group>
        {canManage && <AddPeople sessionId={props.sessionId} role="LEARNER" />}
      </Paper>

      {(props.validation || pending.totalCount > 0) && (
        <Section title={t('pendingTitle', { count: pending.totalCount })} help={t('pendingHelp')}>
          <PeopleTable label={t('pendingTable')} list={pending} empty={t('pendingEmpty')} actions={canManage ? decisionButtons : undefined} />
        </Section>
      )}

      <Section title={t('confirmedTitle', { count: confirmed.totalCount })}>
        <PeopleTable
          label={t('confirmedTable')}
          list={confirmed}
          empty={canManage ? t('confirmedEmpty') : t('confirmedEmptyReadOnly')}
          actions={canManage ? removeButton : undefined}
        />
      </Section>

      {(capacity != null || waitlisted.totalCount > 0) && (
        <Section title={t('waitlistTitle', { count: waitlisted.totalCount })} help={t('waitlistHelp')}>
          <PeopleTable
            label={t('waitlistTable')}
            list={waitlisted}
            empty={t('waitlistEmpty')}
            actions={
              canManage
                ? (row) => (
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <WaitingListActions row={row} last={waitlisted.totalCount} canPromote={props.freeSeats !== 0} />
                      {removeButton(row)}
                    </Group>
                  )
                : undefined
            }
          />
        </Section>
      )}

      {refused.totalCount > 0 && (
        <Section title={t('refusedTitle', { count: refused.totalCount })}>
          <PeopleTable label={t('refusedTable')} list={refused} empty="" />
        </Section>
      )}

      <RemoveInscriptionDialog person={removing} role="LEARNER" onClose={() => setRemoving(null)} onRemoved={() => router.refresh()} />
    </Stack>
  );
}

function Section({ title, help, children }: { title: string; help?: string; children: React.ReactNode }) {
  return (
    <Paper p={0} component="section" aria-label={title}>
      <Stack gap={2} p="md">
        <Title order={3}>{title}</Title>
        {help && (
          <Text size="sm" c="dimmed">
            {help}
          </Text>
        )}
      </Stack>
      {children}
    </Paper>
  );
}
