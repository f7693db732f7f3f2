'use client';

import { notifications } from '@mantine/notifications';
import { useTranslations } from 'next-intl';
import { graphql } from '../../graphql-client';
import { ConfirmDeleteDialog } from '../ui/confirm-delete-dialog';
import { graphqlFetch } from '../ui/graphql-fetch';

const TrainingDeletionImpact = graphql(`
  query TrainingDeletionImpact($id: ID!) {
    training(id: $id) {
      deletionImpact {
        sessions
        events
        inscriptions
      }
    }
  }
`);

const DeleteTraining = graphql(`
  mutation DeleteTraining($id: ID!) {
    deleteTraining(id: $id) {
      id
    }
  }
`);

/** Deleting a training, after a confirmation naming its sessions, events and registrations. */
export function DeleteTrainingDialog({
  training,
  opened,
  onClose,
  onDeleted,
}: {
  training: { id: string; title: string };
  opened: boolean;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const t = useTranslations('trainings.delete');
  return (
    <ConfirmDeleteDialog
      opened={opened}
      onClose={onClose}
      title={t('title', { title: training.title })}
      confirmLabel={t('confirm')}
      loadImpact={async () => {
        const { training: found } = await graphqlFetch(TrainingDeletionImpact, { id: training.id });
        const impact = found.deletionImpact ?? { sessions: 0, events: 0, inscriptions: 0 };
        return t('impact', impact);
      }}
      onConfirm={async () => {
        await graphqlFetch(DeleteTraining, { id: training.id });
        notifications.show({ color: 'green', message: t('done', { title: training.title }) });
        onClose();
        onDeleted();
      }}
    />
  );
}
