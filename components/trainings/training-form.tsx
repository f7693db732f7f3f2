'use client';

import { Alert, Button, Group, MultiSelect, NumberInput, Paper, Radio, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { graphql } from '../../graphql-client';
import type { InscriptionMode } from '../../graphql-client/graphql';
import type { TrainingFormValues } from './training-values';
import { manageRoutes } from '../manage/routes';
import { applyApiErrors, fieldId } from '../ui/api-form-errors';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';

const CreateTraining = graphql(`
  mutation CreateTraining($input: CreateTrainingInput!) {
    createTraining(input: $input) {
      id
      title
    }
  }
`);

const UpdateTraining = graphql(`
  mutation UpdateTraining($id: ID!, $input: UpdateTrainingInput!) {
    updateTraining(id: $id, input: $input) {
      id
      title
    }
  }
`);

/** The form's fields in display order (the first invalid one gets the focus). */
const FIELDS = ['code', 'title', 'description', 'organisationIds', 'objectives', 'prerequisites', 'durationHours', 'audience', 'accessibility', 'defaultSessionDays', 'maxUsers', 'publicRegistration', 'publicUnregistration', 'registrationValidation', 'eventInscriptionMode'] as const;
const FORM_ID = 'training-form';
const MODES: InscriptionMode[] = ['AUTOMATIC', 'MANUAL', 'PUBLIC'];

const toInput = (values: TrainingFormValues) => ({
  ...values,
  code: values.code.trim(),
  title: values.title.trim(),
  defaultSessionDays: values.defaultSessionDays === '' ? undefined : Number(values.defaultSessionDays),
  durationHours: values.durationHours === '' ? null : Number(values.durationHours),
  maxUsers: values.maxUsers === '' ? null : Number(values.maxUsers),
});

/**
 * Creating or editing a training (#7, the form pattern every screen copies): labelled fields with help in the
 * users' words, required ones marked, the API's per-field refusals shown next to their field in the UI
 * language with the typed values kept and the first invalid field focused, a notification on success.
 */
export function TrainingForm({
  trainingId,
  initialValues,
  organisations,
}: {
  /** Absent for a new training. */
  trainingId?: string;
  initialValues: TrainingFormValues;
  /** The organisations the viewer may choose (and those the training already has). */
  organisations: { id: string; name: string }[];
}) {
  const t = useTranslations('trainings.form');
  const modes = useTranslations('inscriptionMode');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<TrainingFormValues>({ mode: 'controlled', initialValues });

  async function submit(values: TrainingFormValues) {
    setGeneral([]);
    try {
      const input = toInput(values);
      const saved = trainingId
        ? (await graphqlFetch(UpdateTraining, { id: trainingId, input })).updateTraining
        : (await graphqlFetch(CreateTraining, { input })).createTraining;
      notifications.show({ color: 'green', message: t(trainingId ? 'saved' : 'created', { title: saved.title }) });
      router.push(manageRoutes.training(saved.id));
      router.refresh();
    } catch (error) {
      const errors = error instanceof ApiRequestError ? error.errors : [{ message: String(error) }];
      setGeneral(applyApiErrors(errors, { formId: FORM_ID, fields: FIELDS, setFieldError: form.setFieldError, message: errorMessage }));
    }
  }

  const id = (field: (typeof FIELDS)[number]) => fieldId(FORM_ID, field);
  const hasErrors = Object.keys(form.errors).length > 0 || general.length > 0;

  return (
    <form id={FORM_ID} onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="lg" maw={760}>
        {hasErrors && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} title={t('errorsTitle')} role="alert">
            {general.length ? general.map((text) => <Text key={text} size="sm">{text}</Text>) : <Text size="sm">{t('errorsBody')}</Text>}
          </Alert>
        )}
        <Paper p="lg" component="section" aria-labelledby={`${FORM_ID}-identity`}>
          <Title order={2} id={`${FORM_ID}-identity`} mb="md">
            {t('identity')}
          </Title>
          <Stack gap="md">
            <Group grow align="flex-start" wrap="wrap">
              <TextInput id={id('code')} label={t('code')} description={t('codeHelp')} required maxLength={64} miw={200} {...form.getInputProps('code')} />
              <TextInput id={id('title')} label={t('title')} required maxLength={255} miw={260} {...form.getInputProps('title')} />
            </Group>
            <Textarea id={id('description')} label={t('description')} description={t('descriptionHelp')} autosize minRows={3} {...form.getInputProps('description')} />
            <MultiSelect
              id={id('organisationIds')}
              label={t('organisations')}
              description={t('organisationsHelp')}
              placeholder={t('organisationsPlaceholder')}
              data={organisations.map((o) => ({ value: o.id, label: o.name }))}
              required
              searchable
              {...form.getInputProps('organisationIds')}
            />
          </Stack>
        </Paper>
        <Paper p="lg" component="section" aria-labelledby={`${FORM_ID}-catalogue`}>
          <Title order={2} id={`${FORM_ID}-catalogue`}>
            {t('catalogueSheet')}
          </Title>
          <Text size="sm" c="dimmed" mt={4} mb="md">
            {t('catalogueSheetHelp')}
          </Text>
          <Stack gap="md">
            <Textarea id={id('objectives')} label={t('objectives')} description={t('objectivesHelp')} autosize minRows={3} {...form.getInputProps('objectives')} />
            <Textarea id={id('prerequisites')} label={t('prerequisites')} description={t('prerequisitesHelp')} autosize minRows={2} {...form.getInputProps('prerequisites')} />
            <NumberInput id={id('durationHours')} label={t('durationHours')} description={t('durationHoursHelp')} min={1} max={10000} allowDecimal={false} maw={260} {...form.getInputProps('durationHours')} />
            <Textarea id={id('audience')} label={t('audience')} description={t('audienceHelp')} autosize minRows={2} {...form.getInputProps('audience')} />
            <Textarea id={id('accessibility')} label={t('accessibility')} description={t('accessibilityHelp')} autosize minRows={2} {...form.getInputProps('accessibility')} />
          </Stack>
        </Paper>
        <Paper p="lg" component="section" aria-labelledby={`${FORM_ID}-defaults`}>
          <Title order={2} id={`${FORM_ID}-defaults`}>
            {t('defaults')}
          </Title>
          <Text size="sm" c="dimmed" mt={4} mb="md">
            {t('defaultsHelp')}
          </Text>
          <Stack gap="md">
            <Group grow align="flex-start" wrap="wrap">
              <NumberInput id={id('defaultSessionDays')} label={t('defaultSessionDays')} min={1} max={366} allowDecimal={false} miw={200} {...form.getInputProps('defaultSessionDays')} />
              <NumberInput id={id('maxUsers')} label={t('maxUsers')} description={t('maxUsersHelp')} min={1} allowDecimal={false} miw={200} {...form.getInputProps('maxUsers')} />
            </Group>
            <Switch id={id('publicRegistration')} label={t('publicRegistration')} description={t('publicRegistrationHelp')} {...form.getInputProps('publicRegistration', { type: 'checkbox' })} />
            <Switch id={id('publicUnregistration')} label={t('publicUnregistration')} description={t('publicUnregistrationHelp')} {...form.getInputProps('publicUnregistration', { type: 'checkbox' })} />
            <Switch id={id('registrationValidation')} label={t('registrationValidation')} description={t('registrationValidationHelp')} {...form.getInputProps('registrationValidation', { type: 'checkbox' })} />
            <Radio.Group label={t('eventInscriptionMode')} {...form.getInputProps('eventInscriptionMode')}>
              <Stack gap="xs" mt="xs">
                {MODES.map((mode, index) => (
                  <Radio key={mode} id={index === 0 ? id('eventInscriptionMode') : undefined} value={mode} label={modes(mode)} description={modes(`${mode}_help`)} />
                ))}
              </Stack>
            </Radio.Group>
          </Stack>
        </Paper>
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {trainingId ? t('save') : t('create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
