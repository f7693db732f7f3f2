'use client';

import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslations } from 'next-intl';
import { graphql } from '../../graphql-client';
import { applyApiErrors, fieldId } from '../ui/api-form-errors';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { fullName, type UserRow } from './users-table';

const SetUserPassword = graphql(`
  mutation SetUserPassword($userId: ID!, $password: String!) {
    setUserPassword(userId: $userId, password: $password)
  }
`);

const FORM_ID = 'user-password-form';

/** An administrator sets someone's password (#8 screen 8); the API ends that person's browser sessions. */
export function UserPasswordDialog({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const t = useTranslations('users.password');
  const common = useTranslations('common');
  const errorMessage = useErrorMessage();
  const form = useForm({ mode: 'controlled', initialValues: { password: '' } });

  async function submit({ password }: { password: string }) {
    try {
      await graphqlFetch(SetUserPassword, { userId: user.id, password });
      notifications.show({ color: 'green', message: t('done', { name: fullName(user) }) });
      onClose();
    } catch (error) {
      const errors = error instanceof ApiRequestError ? error.errors : [{ message: String(error) }];
      const general = applyApiErrors(errors, { formId: FORM_ID, fields: ['password'], setFieldError: form.setFieldError, message: errorMessage });
      if (general.length) form.setFieldError('password', general.join(' '));
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('title', { name: fullName(user) })} centered>
      <form id={FORM_ID} onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('help')}</Text>
          <PasswordInput
            id={fieldId(FORM_ID, 'password')}
            label={t('label')}
            autoComplete="new-password"
            required
            data-autofocus
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {common('cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
