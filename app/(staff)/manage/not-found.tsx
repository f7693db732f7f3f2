import { Paper, Stack, Text, Title } from '@mantine/core';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '../../../components/ui/links';

/** A missing object and one outside the viewer's scope look the same (the API answers NOT_FOUND for both). */
export default async function ManageNotFound() {
  const t = await getTranslations('manage.notFound');
  return (
    <Paper p="xl" maw={560}>
      <Stack gap="md" align="flex-start">
        <Title order={1}>{t('title')}</Title>
        <Text>{t('body')}</Text>
        <ButtonLink href="/manage" variant="default">
          {t('back')}
        </ButtonLink>
      </Stack>
    </Paper>
  );
}
