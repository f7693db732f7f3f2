'use client';

import { Alert, Button, Stack, TextInput } from '@mantine/core';
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
      <Alert color="green" icon={<IconCircleCheck aria-hidden />} title={t('doneTitle')} role="status">
        {t(done ? 'done' : 'already')}
      </Alert>
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
