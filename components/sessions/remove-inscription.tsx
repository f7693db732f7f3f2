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
 */
export function RemoveInscriptionDialog({
  person,
  role,
  onClose,
  onRemoved,
}: {
  person: PersonRow | null;
  role: 'LEARNER' | 'TRAINER';
  onClose: () => void;
  onRemoved: () => void;
}) {
  const t = useTranslations('sessionPage.remove');
  const name = person?.name ?? '';
  return (
    <ConfirmDeleteDialog
      opened={person !== null}
      onClose={onClose}
      title={t(role === 'LEARNER' ? 'learnerTitle' : 'trainerTitle', { name })}
      confirmLabel={t('confirm')}
      loadImpact={() =>
        Promise.resolve(role === 'LEARNER' && person?.state === 'CONFIRMED' ? t('impactSeat', { name }) : t('impact', { name }))
      }
      onConfirm={async () => {
        if (!person) return;
        await graphqlFetch(RemoveSessionInscription, { id: person.inscriptionId });
        notifications.show({ color: 'green', message: t('done', { name }) });
        onClose();
        onRemoved();
      }}
    />
  );
}
