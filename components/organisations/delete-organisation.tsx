'use client';

import { notifications } from '@mantine/notifications';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { graphql } from '../../graphql-client';
import { ConfirmDeleteDialog } from '../ui/confirm-delete-dialog';
import { graphqlFetch } from '../ui/graphql-fetch';
import { type OrganisationRow, useContentsText } from './organisation-tree';

const DeleteOrganisation = graphql(`
  mutation DeleteOrganisation($id: ID!) {
    deleteOrganisation(id: $id) {
      id
    }
  }
`);

/**
 * Deleting an organisation (#8 screen 8): only an empty one. For one that still holds something, the dialog
 * says what, from the API's `contents`, and offers no delete button (the API would refuse: ORGANISATION_NOT_EMPTY).
 */
export function DeleteOrganisationDialog({ organisation, onClose }: { organisation: OrganisationRow; onClose: () => void }) {
  const t = useTranslations('organisations.delete');
  const contentsText = useContentsText();
  const router = useRouter();
  return (
    <ConfirmDeleteDialog
      opened
      onClose={onClose}
      title={t('title', { name: organisation.name })}
      confirmLabel={t('confirm')}
      loadImpact={async () => {
        const held = contentsText(organisation.contents);
        return held ? { refused: t('refused', { name: organisation.name, contents: held }) } : t('empty');
      }}
      onConfirm={async () => {
        await graphqlFetch(DeleteOrganisation, { id: organisation.id });
        notifications.show({ color: 'green', message: t('done', { name: organisation.name }) });
        onClose();
        router.refresh();
      }}
    />
  );
}
