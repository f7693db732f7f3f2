'use client';

import { notifications } from '@mantine/notifications';
import { useTranslations } from 'next-intl';
import { graphql } from '../../graphql-client';
import { ConfirmDeleteDialog } from '../ui/confirm-delete-dialog';
import { graphqlFetch } from '../ui/graphql-fetch';

const LocationUsage = graphql(`
  query LocationUsage($id: ID!) {
    location(id: $id) {
      eventCount
    }
  }
`);

const DeleteLocation = graphql(`
  mutation DeleteLocation($id: ID!) {
    deleteLocation(id: $id) {
      id
    }
  }
`);

/**
 * Deleting a location (issue 8 screen 6). The API refuses while events are held there (LOCATION_IN_USE): the
 * dialog asks how many when it opens and, if any, says so instead of offering the button; should an event
 * arrive in between, the API's refusal is shown with its count.
 */
export function DeleteLocationDialog({
  location,
  opened,
  onClose,
  onDeleted,
}: {
  location: { id: string; name: string };
  opened: boolean;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const t = useTranslations('locations.delete');
  return (
    <ConfirmDeleteDialog
      opened={opened}
      onClose={onClose}
      title={t('title', { name: location.name })}
      confirmLabel={t('confirm')}
      loadImpact={async () => {
        const count = (await graphqlFetch(LocationUsage, { id: location.id })).location.eventCount ?? 0;
        return count > 0 ? { refused: t('inUse', { count }) } : t('free');
      }}
      onConfirm={async () => {
        await graphqlFetch(DeleteLocation, { id: location.id });
        notifications.show({ color: 'green', message: t('done', { name: location.name }) });
        onClose();
        onDeleted();
      }}
    />
  );
}
