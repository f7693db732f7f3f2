'use client';

import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { fieldId } from '../ui/api-form-errors';
import { useErrorMessage } from '../ui/error-messages';
import { type ApiError, ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { CheckIn } from './attendance-operations';

const FORM = 'check-in';

/**
 * « Je suis présent·e » (#10 §2): sends the code (from the QR code's address, or typed from the screen) and says
 * what the API answered: present, or why not (expired, another event's, outside the window, too many tries…).
 */
export function CheckInForm({ eventId, initialCode, alreadyPresent }: { eventId: string; initialCode: string; alreadyPresent: boolean }) {
  const t = useTranslations('checkIn');
  const errorMessage = useErrorMessage();
  const [code, setCode] = useState(initialCode);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setPending(true);
    try {
      await graphqlFetch(CheckIn, { eventId, code });
      setDone(true);
    } catch (failure) {
      const first: ApiError = failure instanceof ApiRequestError ? failure.errors[0] : { message: '' };
      const retryAfter = first.details?.retryAfter;
      setError(first.reason === 'THROTTLED' && retryAfter ? t('throttled', { seconds: Number(retryAfter) }) : errorMessage(first));
      document.getElementById(fieldId(FORM, 'code'))?.focus();
    } finally {
      setPending(false);
    }
  }

  if (done || alreadyPresent)
    return (
      // Dark text on the page's background: a light Alert's tinted background missed AA contrast (axe).
      <Paper withBorder p="md" role="status">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconCircleCheck color="var(--mantine-color-teal-9)" aria-hidden />
          <Stack gap={2}>
            <Text fw={700}>{t('doneTitle')}</Text>
            <Text size="sm">{t(done ? 'done' : 'already')}</Text>
          </Stack>
        </Group>
      </Paper>
    );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          id={fieldId(FORM, 'code')}
          label={t('code')}
          description={t('codeHelp')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={error}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
        />
        <Button type="submit" size="lg" loading={pending}>
          {t('submit')}
        </Button>
      </Stack>
    </form>
  );
}
