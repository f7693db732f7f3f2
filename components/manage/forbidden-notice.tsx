import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { getTranslations } from 'next-intl/server';

/** Shown in place of a screen the viewer's role does not allow (the API said so: viewerCan, canCreate…). */
export async function ForbiddenNotice() {
  const t = await getTranslations('manage.forbidden');
  return (
    <Alert color="orange" variant="light" icon={<IconLock size={18} aria-hidden />} title={t('title')}>
      {t('body')}
    </Alert>
  );
}
