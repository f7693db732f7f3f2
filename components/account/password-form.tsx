'use client';

import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { graphql } from '../../graphql-client';
import { applyApiErrors, fieldId } from '../ui/api-form-errors';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';

const ChangePassword = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const FORM_ID = 'password-form';
const FIELDS = ['currentPassword', 'newPassword'] as const;

/**
 * Changing one's password (#8 screen 9). The API ends every browser session of the account, this one
 * included (its cookie carries the old version), so the form signs this browser in again with the new one.
 */
export function PasswordForm({ email }: { email: string }) {
  const t = useTranslations('account');
  const errorMessage = useErrorMessage();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm({ mode: 'controlled', initialValues: { currentPassword: '', newPassword: '' } });

  async function submit(values: { currentPassword: string; newPassword: string }) {
    setGeneral([]);
    try {
      await graphqlFetch(ChangePassword, values);
    } catch (error) {
      const errors = error instanceof ApiRequestError ? error.errors : [{ message: String(error) }];
      setGeneral(applyApiErrors(errors, { formId: FORM_ID, fields: FIELDS, setFieldError: form.setFieldError, message: errorMessage }));
      return;
    }
    const again = await signIn('credentials', { email, password: values.newPassword, redirect: false });
    if (!again?.ok || again.error) {
      window.location.assign('/login?callbackUrl=/account');
      return;
    }
    form.reset();
    notifications.show({ color: 'green', message: t('password.changed') });
  }

  return (
    <Paper p="lg" component="section" aria-labelledby={`${FORM_ID}-title`}>
      <form id={FORM_ID} onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Title order={2} id={`${FORM_ID}-title`}>
            {t('password.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('password.help')}
          </Text>
          {general.length > 0 && (
            <Alert color="red" variant="light" role="alert" title={t('errorsTitle')}>
              {general.map((text) => (
                <Text key={text} size="sm">
                  {text}
                </Text>
              ))}
            </Alert>
          )}
          {/* The account's e-mail, for password managers. */}
          <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
          <Group grow align="flex-start" wrap="wrap">
            <PasswordInput
              id={fieldId(FORM_ID, 'currentPassword')}
              label={t('password.current')}
              autoComplete="current-password"
              required
              miw={220}
              {...form.getInputProps('currentPassword')}
            />
            <PasswordInput
              id={fieldId(FORM_ID, 'newPassword')}
              label={t('password.new')}
              autoComplete="new-password"
              required
              miw={220}
              {...form.getInputProps('newPassword')}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting}>
              {t('password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
