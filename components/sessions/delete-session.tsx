'use client';

import { notifications } from '@mantine/notifications';
import { useTranslations } from 'next-intl';
import { graphql } from '../../graphql-client';
import { ConfirmDeleteDialog } from '../ui/confirm-delete-dialog';
import { graphqlFetch } from '../ui/graphql-fetch';

const SessionDeletionImpact = graphql(`
  query SessionDeletionImpact($id: ID!) {
    session(id: $id) {
      deletionImpact {
        events
        inscriptions
      }
    }
  }
`);

const DeleteSession = graphql(`
  mutation DeleteSession($id: ID!) {
    deleteSession(id: $id) {
      id
    }
  }
`);

/** Deleting a session, after a confirmation naming its events and registrations (#7 screen 4). */
export function DeleteSessionDialog({
  session,
  opened,
  onClose,
  onDeleted,
}: {
  session: { id: string; title: string };
  opened: boolean;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const t = useTranslations('sessionsTable.delete');
  return (
    <ConfirmDeleteDialog
      opened={opened}
      onClose={onClose}
      title={t('title', { title: session.title })}
      confirmLabel={t('confirm')}
      loadImpact={async () => {
        const { session: found } = await graphqlFetch(SessionDeletionImpact, { id: session.id });
        return t('impact', found.deletionImpact ?? { events: 0, inscriptions: 0 });
      }}
      onConfirm={async () => {
        await graphqlFetch(DeleteSession, { id: session.id });
        notifications.show({ color: 'green', message: t('done', { title: session.title }) });
        onClose();
        onDeleted();
      }}
    />
  );
}
