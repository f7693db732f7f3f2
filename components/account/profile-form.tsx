'use client';

import { Alert, Button, Group, Input, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
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

const UpdateOwnProfile = graphql(`
  mutation UpdateOwnProfile($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      locale
      timeZone
    }
  }
`);

interface ProfileValues {
  firstName: string;
  lastName: string;
  locale: string;
  timeZone: string;
}

const FORM_ID = 'profile-form';
const FIELDS = ['firstName', 'lastName', 'locale', 'timeZone'] as const;
const LOCALES = ['fr', 'en'] as const;

/**
 * The user's own profile (#8 screen 9): name, language and time zone, chosen from the API's list of zones.
 * A new language also becomes the switch's choice (/api/lang), which outranks the profile on this browser.
 */
export function ProfileForm({
  user,
  timeZones,
  zoneName,
}: {
  user: ProfileValues & { id: string; email: string };
  timeZones: string[];
  /** The current zone's name in the reader's language. */
  zoneName: string;
}) {
  const t = useTranslations('account');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [general, setGeneral] = useState<string[]>([]);
  const { id, email, ...initialValues } = user;
  const form = useForm<ProfileValues>({ mode: 'controlled', initialValues });
  const localeLabels = useTranslations('account.locales');

  async function submit(values: ProfileValues) {
    setGeneral([]);
    try {
      const input = { ...values, firstName: values.firstName.trim(), lastName: values.lastName.trim() };
      await graphqlFetch(UpdateOwnProfile, { id, input });
      notifications.show({ color: 'green', message: t('profile.saved') });
      form.resetDirty(values);
      if (values.locale !== initialValues.locale) window.location.assign(`/api/lang?to=${values.locale}&back=/account`);
      else router.refresh();
    } catch (error) {
      const errors = error instanceof ApiRequestError ? error.errors : [{ message: String(error) }];
      setGeneral(applyApiErrors(errors, { formId: FORM_ID, fields: FIELDS, setFieldError: form.setFieldError, message: errorMessage }));
    }
  }

  const fid = (field: (typeof FIELDS)[number]) => fieldId(FORM_ID, field);

  return (
    <Paper p="lg" component="section" aria-labelledby={`${FORM_ID}-title`}>
      <form id={FORM_ID} onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Title order={2} id={`${FORM_ID}-title`}>
            {t('profile.title')}
          </Title>
          {general.length > 0 && (
            <Alert color="red" variant="light" role="alert" title={t('errorsTitle')}>
              {general.map((text) => (
                <Text key={text} size="sm">
                  {text}
                </Text>
              ))}
            </Alert>
          )}
          <TextInput label={t('profile.email')} description={t('profile.emailHelp')} value={email} readOnly variant="filled" />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput id={fid('firstName')} label={t('profile.firstName')} required maxLength={100} miw={220} {...form.getInputProps('firstName')} />
            <TextInput id={fid('lastName')} label={t('profile.lastName')} required maxLength={100} miw={220} {...form.getInputProps('lastName')} />
          </Group>
          <Input.Wrapper label={t('profile.locale')} labelElement="div" labelProps={{ id: `${fid('locale')}-label` }}>
            <SegmentedControl
              id={fid('locale')}
              aria-labelledby={`${fid('locale')}-label`}
              display="flex"
              data={LOCALES.map((locale) => ({ value: locale, label: localeLabels(locale) }))}
              w="fit-content"
              {...form.getInputProps('locale')}
            />
          </Input.Wrapper>
          <TimeZoneSelect
            id={fid('timeZone')}
            label={t('profile.timeZone')}
            description={t('profile.timeZoneHelp', { zone: zoneName })}
            timeZones={timeZones}
            required
            {...form.getInputProps('timeZone')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting}>
              {t('profile.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
