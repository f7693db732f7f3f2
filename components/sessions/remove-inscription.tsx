'use client';

import { notifications } from '@mantine/notifications';
import { useTranslations } from 'next-intl';
import { ConfirmDeleteDialog } from '../ui/confirm-delete-dialog';
import { graphqlFetch } from '../ui/graphql-fetch';
import { RemoveSessionInscription } from './session-operations';
import type { PersonRow } from './session-people';

/**
 * Removing someone from the session, after a confirmation saying what goes with it: their registrations to
 * the events not ended (R3) and, for a learner holding a seat, that the seat goes to the waiting list (R6).
 * With `event`, removing a learner from that event only (#8 screen 4): their seat goes to its waiting list.
 */
export function RemoveInscriptionDialog({
  person,
  role,
  event,
  onClose,
  onRemoved,
}: {
  person: Pick<PersonRow, 'inscriptionId' | 'name' | 'state'> | null;
  role: 'LEARNER' | 'TRAINER';
  event?: { name: string };
  onClose: () => void;
  onRemoved: () => void;
}) {
  const fromSession = useTranslations('sessionPage.remove');
  const fromEvent = useTranslations('eventPage.remove');
  const name = person?.name ?? '';
  const seat = role === 'LEARNER' && person?.state === 'CONFIRMED';
  const texts = event
    ? { title: fromEvent('title', { name, event: event.name }), impact: fromEvent(seat ? 'impactSeat' : 'impact', { name }), done: fromEvent('done', { name }) }
    : {
        title: fromSession(role === 'LEARNER' ? 'learnerTitle' : 'trainerTitle', { name }),
        impact: fromSession(seat ? 'impactSeat' : 'impact', { name }),
        done: fromSession('done', { name }),
      };
  return (
    <ConfirmDeleteDialog
      opened={person !== null}
      onClose={onClose}
      title={texts.title}
      confirmLabel={fromSession('confirm')}
      loadImpact={() => Promise.resolve(texts.impact)}
      onConfirm={async () => {
        if (!person) return;
        await graphqlFetch(RemoveSessionInscription, { id: person.inscriptionId });
        notifications.show({ color: 'green', message: texts.done });
        onClose();
        onRemoved();
      }}
    />
  );
}
