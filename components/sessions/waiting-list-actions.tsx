'use client';

import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconUserCheck } from '@tabler/icons-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import type { PersonRow } from './session-people';
import { MoveInWaitingList, PromoteInscription } from './waiting-list-operations';

/**
 * #9 §4: a waiting learner's row actions for the training's managers: one place up or down (every move is
 * recorded by the API), and a free seat given by hand (after the promotion cut-off, or out of turn).
 */
export function WaitingListActions({ row, last, canPromote }: { row: PersonRow; last: number; canPromote: boolean }) {
  const t = useTranslations('registration.waitingList');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const position = row.position ?? 0;

  async function run(action: () => Promise<string>) {
    setBusy(true);
    try {
      notifications.show({ color: 'green', message: await action() });
      router.refresh();
    } catch (e) {
      notifications.show({ color: 'red', message: e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({}) });
    } finally {
      setBusy(false);
    }
  }

  const move = (to: number) =>
    run(async () => {
      const { moveInWaitingList } = await graphqlFetch(MoveInWaitingList, { id: row.inscriptionId, position: to });
      return t('moved', { name: row.name, position: moveInWaitingList.position ?? to });
    });
  const promote = () =>
    run(async () => {
      await graphqlFetch(PromoteInscription, { id: row.inscriptionId });
      return t('promoted', { name: row.name });
    });

  return (
    <>
      {position > 1 && (
        <Button size="xs" variant="default" leftSection={<IconArrowUp size={14} aria-hidden />} aria-label={t('upLabel', { name: row.name, position })} disabled={busy} onClick={() => move(position - 1)}>
          {t('up')}
        </Button>
      )}
      {position > 0 && position < last && (
        <Button size="xs" variant="default" leftSection={<IconArrowDown size={14} aria-hidden />} aria-label={t('downLabel', { name: row.name, position })} disabled={busy} onClick={() => move(position + 1)}>
          {t('down')}
        </Button>
      )}
      {canPromote && (
        <Button size="xs" leftSection={<IconUserCheck size={14} aria-hidden />} aria-label={t('promoteLabel', { name: row.name })} disabled={busy} onClick={promote}>
          {t('promote')}
        </Button>
      )}
    </>
  );
}
