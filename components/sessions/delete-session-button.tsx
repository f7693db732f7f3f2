'use client';

import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { manageRoutes } from '../manage/routes';
import { DeleteSessionDialog } from './delete-session';

/** The session page's delete action (seed 002): the same confirmation as the sessions table, then the table. */
export function DeleteSessionButton({ session }: { session: { id: string; title: string } }) {
  const t = useTranslations('sessionsTable.actions');
  const router = useRouter();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button color="red.9" variant="outline" leftSection={<IconTrash size={16} aria-hidden />} onClick={open}>
        {t('delete')}
      </Button>
      {opened && <DeleteSessionDialog session={session} opened onClose={close} onDeleted={() => router.push(manageRoutes.sessions)} />}
    </>
  );
}
