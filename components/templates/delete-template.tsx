'use client';

import { notifications } from '@mantine/notifications';
import { useTranslations } from 'next-intl';
import { graphql } from '../../graphql-client';
import { ConfirmDeleteDialog } from '../ui/confirm-delete-dialog';
import { graphqlFetch } from '../ui/graphql-fetch';

const DeleteTemplate = graphql(`
  mutation DeleteTemplate($id: ID!) {
    deleteTemplate(id: $id) {
      id
    }
  }
`);

/** Deleting a template, after a confirmation (nothing else goes with it). */
export function DeleteTemplateDialog({
  template,
  opened,
  onClose,
  onDeleted,
}: {
  template: { id: string; name: string };
  opened: boolean;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const t = useTranslations('templates.delete');
  return (
    <ConfirmDeleteDialog
      opened={opened}
      onClose={onClose}
      title={t('title', { name: template.name })}
      confirmLabel={t('confirm')}
      loadImpact={async () => t('impact')}
      onConfirm={async () => {
        await graphqlFetch(DeleteTemplate, { id: template.id });
        notifications.show({ color: 'green', message: t('done', { name: template.name }) });
        onClose();
        onDeleted();
      }}
    />
  );
}
