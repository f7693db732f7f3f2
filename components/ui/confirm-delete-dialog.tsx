'use client';

import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconBan } from '@tabler/icons-react';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useErrorMessage } from './error-messages';
import { ApiRequestError } from './graphql-fetch';

/** What the API says a deletion would do: what goes with it, or why it will be refused (nothing to confirm). */
export type DeletionImpactText = string | { refused: string };

/**
 * The confirmation every destructive action goes through (#7): it names what goes with the object (asked of
 * the API when the dialog opens), says it is final, and only then offers the red button. Mantine's Modal
 * traps the focus and gives it back to the button that opened it.
 */
export function ConfirmDeleteDialog({
  opened,
  onClose,
  title,
  loadImpact,
  confirmLabel,
  onConfirm,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  /**
   * What will go with it, as a sentence (e.g. "3 sessions, 12 events and 42 registrations…"), or, when the API
   * will refuse the deletion (a location that events use), the reason: the dialog then offers no red button.
   */
  loadImpact: () => Promise<DeletionImpactText>;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
}) {
  const t = useTranslations('confirm');
  const common = useTranslations('common');
  const errorMessage = useErrorMessage();
  const [impact, setImpact] = useState<DeletionImpactText | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (!opened) return;
    let current = true;
    setImpact(null);
    setError(null);
    loadImpact().then(
      (text) => current && setImpact(text),
      (e: unknown) => current && setError(e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({})),
    );
    return () => {
      current = false;
    };
    // Asked again each time the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
    } catch (e) {
      setError(e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({}));
    } finally {
      setPending(false);
    }
  }

  const refused = typeof impact === 'object' && impact !== null;
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack gap="md">
        {impact === null && !error ? (
          <Group gap="sm">
            <Loader size="sm" aria-hidden />
            <Text size="sm">{t('loadingImpact')}</Text>
          </Group>
        ) : typeof impact === 'object' && impact !== null ? (
          <Alert color="red" variant="light" icon={<IconBan size={18} aria-hidden />} title={t('refusedTitle')}>
            <Text size="sm">{impact.refused}</Text>
          </Alert>
        ) : (
          impact && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
              <Text size="sm">{impact}</Text>
              <Text size="sm" fw={600} mt={4}>
                {t('irreversible')}
              </Text>
            </Alert>
          )
        )}
        {error && (
          <Text role="alert" c="red.9" size="sm">
            {error}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {refused ? common('close') : common('cancel')}
          </Button>
          {!refused && (
            <Button color="red.9" onClick={confirm} loading={pending} disabled={impact === null}>
              {confirmLabel}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
