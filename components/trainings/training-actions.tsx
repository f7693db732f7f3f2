'use client';

import { Button } from '@mantine/core';
import { IconCalendarPlus, IconPencil, IconTrash } from '@tabler/icons-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { manageRoutes } from '../manage/routes';
import { ButtonLink } from '../ui/links';
import { DeleteTrainingDialog } from './delete-training';

/** The training page's actions, as the API allows them (viewerCan). */
export function TrainingActions({ training, canEdit, canDelete }: { training: { id: string; title: string }; canEdit: boolean; canDelete: boolean }) {
  const t = useTranslations('trainings.actions');
  const router = useRouter();
  const [deleting, setDeleting] = useState(false);
  return (
    <>
      {canEdit && (
        <>
          <ButtonLink href={manageRoutes.newSession(training.id)} leftSection={<IconCalendarPlus size={16} aria-hidden />}>
            {t('newSession')}
          </ButtonLink>
          <ButtonLink href={manageRoutes.editTraining(training.id)} variant="default" leftSection={<IconPencil size={16} aria-hidden />}>
            {t('edit')}
          </ButtonLink>
        </>
      )}
      {canDelete && (
        <Button variant="outline" color="red.9" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDeleting(true)}>
          {t('delete')}
        </Button>
      )}
      <DeleteTrainingDialog
        training={training}
        opened={deleting}
        onClose={() => setDeleting(false)}
        onDeleted={() => {
          router.push(manageRoutes.trainings);
          router.refresh();
        }}
      />
    </>
  );
}
