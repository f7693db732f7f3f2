'use client';

import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconMail } from '@tabler/icons-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { MessageChannels } from '../../graphql-client/graphql';
import { applyApiErrors, fieldId } from '../ui/api-form-errors';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { announceMessagesChanged } from './messages-changed';
import { SendMessage } from './message-operations';

const FORM_ID = 'send-message-form';
const FIELDS = ['subject', 'body', 'channels'] as const;
const CHANNELS: MessageChannels[] = ['BOTH' as MessageChannels, 'INTERNAL' as MessageChannels, 'EMAIL' as MessageChannels];

/** Whom the message goes to: a session's learners, or an event's learner registrants. */
export type MessageTarget = { sessionId: string; name: string } | { eventId: string; name: string };

interface Values {
  subject: string;
  body: string;
  channels: MessageChannels;
}

/**
 * Seed 002, « l'enveloppe » (R13): the button and the dialog that message all the learners of a session, or of
 * an event, in their Cursus inbox, by e-mail, or both. The API's field errors show next to the fields; once sent,
 * the dialog says what was done (« Message envoyé à 12 apprenants, 12 e-mails en file d'attente »).
 */
export function SendMessageButton({ target }: { target: MessageTarget }) {
  const t = useTranslations('messages.send');
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconMail size={16} aria-hidden />} onClick={() => setOpened(true)}>
        {t('button')}
      </Button>
      {opened && <SendMessageDialog target={target} onClose={() => setOpened(false)} />}
    </>
  );
}

export function SendMessageDialog({ target, onClose }: { target: MessageTarget; onClose: () => void }) {
  const t = useTranslations('messages.send');
  const common = useTranslations('common');
  const errorMessage = useErrorMessage();
  const [done, setDone] = useState<{ internalRecipients: number; emailsQueued: number; channels: MessageChannels } | null>(null);
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<Values>({ mode: 'controlled', initialValues: { subject: '', body: '', channels: 'BOTH' as MessageChannels } });
  const toEvent = 'eventId' in target;

  async function submit(values: Values) {
    setGeneral([]);
    try {
      const input = { ...(toEvent ? { eventId: target.eventId } : { sessionId: target.sessionId }), ...values };
      const { sendMessage } = await graphqlFetch(SendMessage, { input });
      const result = { internalRecipients: sendMessage.internalRecipients, emailsQueued: sendMessage.emailsQueued, channels: values.channels };
      setDone(result);
      notifications.show({ color: 'green', message: summary(result) });
      announceMessagesChanged();
    } catch (error) {
      const errors = error instanceof ApiRequestError ? error.errors : [{ message: String(error) }];
      setGeneral(applyApiErrors(errors, { formId: FORM_ID, fields: FIELDS, setFieldError: form.setFieldError, message: errorMessage }));
    }
  }

  const summary = (r: { internalRecipients: number; emailsQueued: number; channels: MessageChannels }) =>
    r.channels === 'EMAIL'
      ? t('doneEmail', { emails: r.emailsQueued })
      : r.channels === 'INTERNAL'
        ? t('doneInternal', { learners: r.internalRecipients })
        : t('doneBoth', { learners: r.internalRecipients, emails: r.emailsQueued });

  return (
    <Modal opened onClose={onClose} title={t(toEvent ? 'titleEvent' : 'titleSession', { name: target.name })} size="lg" centered>
      {done ? (
        <Stack gap="md">
          <Alert color="green" variant="light" role="status">
            {summary(done)}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {common('close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form id={FORM_ID} onSubmit={form.onSubmit(submit)} noValidate>
          <Stack gap="md">
            <Text size="sm">{t(toEvent ? 'helpEvent' : 'helpSession')}</Text>
            {general.length > 0 && (
              <Alert color="red" variant="light" role="alert">
                {general.join(' ')}
              </Alert>
            )}
            <TextInput id={fieldId(FORM_ID, 'subject')} label={t('subject')} required maxLength={255} data-autofocus {...form.getInputProps('subject')} />
            <Textarea
              id={fieldId(FORM_ID, 'body')}
              label={t('body')}
              description={t('bodyHelp')}
              required
              autosize
              minRows={6}
              maxRows={14}
              {...form.getInputProps('body')}
            />
            <Radio.Group id={fieldId(FORM_ID, 'channels')} label={t('channels')} required {...form.getInputProps('channels')}>
              <Stack gap="xs" mt="xs">
                {CHANNELS.map((channel) => (
                  <Radio key={channel} value={channel} label={t(`channel.${channel}`)} description={t(`channelHelp.${channel}`)} />
                ))}
              </Stack>
            </Radio.Group>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {common('cancel')}
              </Button>
              <Button type="submit" loading={form.submitting} leftSection={<IconMail size={16} aria-hidden />}>
                {t('submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
