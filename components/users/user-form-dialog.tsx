'use client';

import { Alert, Button, Group, Modal, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { graphql } from '../../graphql-client';
import { applyApiErrors, fieldId } from '../ui/api-form-errors';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { TimeZoneSelect } from '../ui/time-zone-select';
import { fullName, type UserRow } from './users-table';

const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      firstName
      lastName
    }
  }
`);

const UpdateUser = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      firstName
      lastName
    }
  }
`);

interface UserValues {
  email: string;
  firstName: string;
  lastName: string;
  locale: string;
  timeZone: string;
  isAdmin: boolean;
}

const FORM_ID = 'user-form';
const FIELDS = ['email', 'firstName', 'lastName', 'locale', 'timeZone', 'isAdmin'] as const;
const NEW_USER: UserValues = { email: '', firstName: '', lastName: '', locale: 'fr', timeZone: 'Europe/Paris', isAdmin: false };

/** Creating or editing an account (#8 screen 8, administrators), in a dialog over the users table. */
export function UserFormDialog({ user, timeZones, onClose }: { user?: UserRow; timeZones: string[]; onClose: () => void }) {
  const t = useTranslations('users.form');
  const locales = useTranslations('account.locales');
  const common = useTranslations('common');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<UserValues>({
    mode: 'controlled',
    initialValues: user
      ? { email: user.email ?? '', firstName: user.firstName, lastName: user.lastName, locale: user.locale, timeZone: user.timeZone, isAdmin: user.isAdmin }
      : NEW_USER,
  });

  async function submit(values: UserValues) {
    setGeneral([]);
    const input = { ...values, email: values.email.trim(), firstName: values.firstName.trim(), lastName: values.lastName.trim() };
    try {
      const saved = user
        ? (await graphqlFetch(UpdateUser, { id: user.id, input })).updateUser
        : (await graphqlFetch(CreateUser, { input })).createUser;
      notifications.show({ color: 'green', message: t(user ? 'saved' : 'created', { name: fullName(saved) }) });
      onClose();
      router.refresh();
    } catch (error) {
      const errors = error instanceof ApiRequestError ? error.errors : [{ message: String(error) }];
      setGeneral(applyApiErrors(errors, { formId: FORM_ID, fields: FIELDS, setFieldError: form.setFieldError, message: errorMessage }));
    }
  }

  const id = (field: (typeof FIELDS)[number]) => fieldId(FORM_ID, field);
  return (
    <Modal opened onClose={onClose} title={user ? t('editTitle', { name: fullName(user) }) : t('createTitle')} size="lg" centered>
      <form id={FORM_ID} onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {general.length > 0 && (
            <Alert color="red" variant="light" role="alert" title={t('errorsTitle')}>
              {general.map((text) => (
                <Text key={text} size="sm">
                  {text}
                </Text>
              ))}
            </Alert>
          )}
          <TextInput id={id('email')} type="email" label={t('email')} description={t('emailHelp')} required maxLength={255} data-autofocus {...form.getInputProps('email')} />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput id={id('firstName')} label={t('firstName')} required maxLength={100} miw={200} {...form.getInputProps('firstName')} />
            <TextInput id={id('lastName')} label={t('lastName')} required maxLength={100} miw={200} {...form.getInputProps('lastName')} />
          </Group>
          <Group grow align="flex-start" wrap="wrap">
            <Select
              id={id('locale')}
              label={t('locale')}
              data={['fr', 'en'].map((value) => ({ value, label: locales(value) }))}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              miw={160}
              {...form.getInputProps('locale')}
            />
            <TimeZoneSelect id={id('timeZone')} label={t('timeZone')} timeZones={timeZones} required miw={240} {...form.getInputProps('timeZone')} />
          </Group>
          <Switch id={id('isAdmin')} label={t('isAdmin')} description={t('isAdminHelp')} {...form.getInputProps('isAdmin', { type: 'checkbox' })} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {common('cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {user ? t('save') : t('create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
