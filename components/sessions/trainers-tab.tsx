'use client';

import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUserMinus } from '@tabler/icons-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { AddPeople } from './add-people';
import { PeopleTable } from './people-table';
import { RemoveInscriptionDialog } from './remove-inscription';
import type { PeopleList, PersonRow } from './session-people';

/** The Trainers tab (#7 screen 5): the session's trainers, added among the people in scope, and removed. */
export function TrainersTab({ sessionId, canManage, trainers }: { sessionId: string; canManage: boolean; trainers: PeopleList }) {
  const t = useTranslations('sessionPage.trainers');
  const router = useRouter();
  const [removing, setRemoving] = useState<PersonRow | null>(null);
  return (
    <Stack gap="lg">
      <Paper p="lg">
        <Title order={2}>{t('title')}</Title>
        <Text size="sm" c="dimmed" mb={canManage ? 'md' : 0}>
          {t('help')}
        </Text>
        {canManage && <AddPeople sessionId={sessionId} role="TRAINER" />}
      </Paper>
      <Paper p={0} component="section" aria-label={t('listTitle', { count: trainers.totalCount })}>
        <Title order={3} p="md">
          {t('listTitle', { count: trainers.totalCount })}
        </Title>
        <PeopleTable
          label={t('table')}
          list={trainers}
          empty={canManage ? t('empty') : t('emptyReadOnly')}
          actions={
            canManage
              ? (row) => (
                  <Button
                    size="xs"
                    variant="outline"
                    color="red.9"
                    leftSection={<IconUserMinus size={14} aria-hidden />}
                    aria-label={t('removeLabel', { name: row.name })}
                    onClick={() => setRemoving(row)}
                  >
                    {t('remove')}
                  </Button>
                )
              : undefined
          }
        />
      </Paper>
      <RemoveInscriptionDialog person={removing} role="TRAINER" onClose={() => setRemoving(null)} onRemoved={() => router.refresh()} />
    </Stack>
  );
}
