'use client';

import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { RetryOutboxMail } from './outbox-operations';

/** « Renvoyer » (#10 §8): shown only where the API says the e-mail may be queued again (`viewerCan.retry`). */
export function RetryMailButton({ id }: { id: string }) {
  const t = useTranslations('outbox.retry');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  async function retry() {
    setBusy(true);
    try {
      await graphqlFetch(RetryOutboxMail, { id });
      notifications.show({ color: 'green', message: t('done') });
      router.refresh();
    } catch (e) {
      notifications.show({ color: 'red', message: e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({}) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button leftSection={<IconSend size={16} aria-hidden />} loading={busy} onClick={retry}>
      {t('button')}
    </Button>
  );
}
