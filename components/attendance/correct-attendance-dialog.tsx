'use client';

import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { AttendanceStatus } from '../../graphql-client/graphql';
import { applyApiErrors, fieldId } from '../ui/api-form-errors';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { CorrectAttendance } from './attendance-operations';
import type { AttendanceRow } from './attendance-rows';
import { RECORDABLE } from './event-attendance';

const FORM = 'correct-attendance';
const FIELDS = ['status', 'comment', 'reason'] as const;

/** A manager's correction of a validated attendance (#10 §1): the status, a comment and the required reason. */
export function CorrectAttendanceDialog({
  eventId,
  row,
  onClose,
  onDone,
}: {
  eventId: string;
  row: AttendanceRow | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useTranslations('attendance');
  const form = useTranslations('form');
  const errorMessage = useErrorMessage();
  const [status, setStatus] = useState<AttendanceStatus>('PRESENT');
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (!row) return;
    setStatus(row.status === 'UNKNOWN' ? 'PRESENT' : row.status);
    setComment(row.comment);
    setReason('');
    setErrors({});
    setGeneral([]);
  }, [row]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!row) return;
    setErrors({});
    setGeneral([]);
    if (!reason.trim()) {
      setErrors({ reason: form('required') });
      document.getElementById(fieldId(FORM, 'reason'))?.focus();
      return;
    }
    setPending(true);
    try {
      await graphqlFetch(CorrectAttendance, { eventId, userId: row.userId, status, reason, comment });
      notifications.show({ color: 'green', message: t('correctedDone') });
      onClose();
      onDone();
    } catch (error) {
      if (!(error instanceof ApiRequestError)) throw error;
      const found: Record<string, string> = {};
      setGeneral(
        applyApiErrors(error.errors, {
          formId: FORM,
          fields: FIELDS,
          setFieldError: (field, message) => (found[field] = message),
          message: errorMessage,
        }),
      );
      setErrors(found);
    } finally {
      setPending(false);
    }
  }

  return (
    <Modal opened={row !== null} onClose={onClose} title={row ? t('correctTitle', { name: row.name }) : ''}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('correctHelp')}
          </Text>
          {general.map((message) => (
            <Alert key={message} color="red" role="alert">
              {message}
            </Alert>
          ))}
          <Radio.Group
            id={fieldId(FORM, 'status')}
            label={t('status')}
            value={status}
            onChange={(value) => setStatus(value as AttendanceStatus)}
            error={errors.status}
            withAsterisk
          >
            <Stack gap="xs" mt="xs">
              {RECORDABLE.map((value) => (
                <Radio key={value} value={value} label={t(`statuses.${value}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <TextInput
            id={fieldId(FORM, 'comment')}
            label={t('comment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            error={errors.comment}
            maxLength={2000}
          />
          <Textarea
            id={fieldId(FORM, 'reason')}
            label={t('reason')}
            description={t('reasonHelp')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            required
            autosize
            minRows={2}
            maxLength={2000}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('correctConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
