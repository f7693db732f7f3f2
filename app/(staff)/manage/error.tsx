'use client';

import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslations } from 'next-intl';

export default function ManageError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('manage.error');
  return (
    <Paper p="xl" maw={560}>
      <Stack gap="md" align="flex-start">
        <Title order={1}>{t('title')}</Title>
        <Text>{t('body')}</Text>
        <Button onClick={reset}>{t('retry')}</Button>
      </Stack>
    </Paper>
  );
}
