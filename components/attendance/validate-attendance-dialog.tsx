'use client';

import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { ValidateAttendance } from './attendance-operations';

/** « Valider les présences », after a confirmation saying what it locks (#10 §1); the API's refusal is shown here. */
export function ValidateAttendanceDialog({
  event,
  opened,
  onClose,
  onDone,
}: {
  event: { id: string; name: string };
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useTranslations('attendance');
  const errorMessage = useErrorMessage();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await graphqlFetch(ValidateAttendance, { eventId: event.id });
      notifications.show({ color: 'green', message: t('validatedDone') });
      onClose();
      onDone();
    } catch (e) {
      setError(e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({}));
    } finally {
      setPending(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={() => {
        setError(null);
        onClose();
      }}
      title={t('validateTitle', { event: event.name })}
    >
      <Stack>
        <Text size="sm">{t('validateText')}</Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button loading={pending} onClick={confirm}>
            {t('validateConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
