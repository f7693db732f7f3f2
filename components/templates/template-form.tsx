'use client';

import { Alert, Button, Grid, Group, Paper, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../graphql-client';
import type { TemplateKind } from '../../graphql-client/graphql';
import { manageRoutes } from '../manage/routes';
import { applyApiErrors, fieldId } from '../ui/api-form-errors';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { OwnerSelect } from '../ui/owner-select';
import { type OwnerChoices, ownerInput } from '../ui/owner-values';
import { PlaceholderList, placeholderTag } from './placeholder-list';
import { TemplatePreview } from './template-preview';
import { TemplatePlaceholders } from './template-operations';
import { type PlaceholderInfo, TEMPLATE_KINDS, TEMPLATE_LOCALES, type TemplateFormValues } from './template-values';

const CreateTemplate = graphql(`
  mutation CreateTemplate($input: CreateTemplateInput!) {
    createTemplate(input: $input) {
      id
      name
    }
  }
`);

const UpdateTemplate = graphql(`
  mutation UpdateTemplate($id: ID!, $input: UpdateTemplateInput!) {
    updateTemplate(id: $id, input: $input) {
      id
      name
    }
  }
`);

/** The form's fields in display order (the first invalid one gets the focus). */
const FIELDS = ['name', 'kind', 'locale', 'organisationId', 'subject', 'body'] as const;
const FORM_ID = 'template-form';

const toInput = (values: TemplateFormValues) => ({
  name: values.name.trim(),
  kind: values.kind,
  locale: values.locale,
  subject: values.subject,
  body: values.body,
  organisationId: ownerInput(values.organisationId),
});

/**
 * Creating or editing a template (issue 8 screen 7). Beside the body, the placeholders the chosen kind may
 * use, as the API's registry lists them (asked again when the kind changes); choosing one inserts it at the
 * cursor; and the live preview with sample data (#10 §4). The API refuses an unknown placeholder, naming it,
 * next to the body (or subject).
 */
export function TemplateForm({
  templateId,
  initialValues,
  initialPlaceholders,
  choices,
}: {
  /** Absent for a new template. */
  templateId?: string;
  initialValues: TemplateFormValues;
  /** The placeholders of the initial kind, read by the server page. */
  initialPlaceholders: PlaceholderInfo[];
  choices: OwnerChoices;
}) {
  const t = useTranslations('templates.form');
  const kinds = useTranslations('templates.kind');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [general, setGeneral] = useState<string[]>([]);
  const [placeholders, setPlaceholders] = useState(initialPlaceholders);
  const [loadingPlaceholders, setLoadingPlaceholders] = useState(false);
  const body = useRef<HTMLTextAreaElement>(null);
  const form = useForm<TemplateFormValues>({ mode: 'controlled', initialValues });
  const kind = form.values.kind;
  const [listedKind, setListedKind] = useState(initialValues.kind);

  useEffect(() => {
    if (kind === listedKind) return;
    let current = true;
    setLoadingPlaceholders(true);
    graphqlFetch(TemplatePlaceholders, { kind })
      .then(
        (data) => current && (setPlaceholders(data.templatePlaceholders), setListedKind(kind)),
        () => current && setGeneral([errorMessage({})]),
      )
      .finally(() => current && setLoadingPlaceholders(false));
    return () => {
      current = false;
    };
    // Asked again only when the kind changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kind]);

  /** Puts the tag where the cursor was in the body (at its end if it never had the focus), then the cursor after it. */
  function insert(tag: string) {
    const field = body.current;
    const text = form.values.body;
    const start = field?.selectionStart ?? text.length;
    const end = field?.selectionEnd ?? text.length;
    form.setFieldValue('body', text.slice(0, start) + tag + text.slice(end));
    requestAnimationFrame(() => {
      field?.focus();
      field?.setSelectionRange(start + tag.length, start + tag.length);
    });
  }

  async function submit(values: TemplateFormValues) {
    setGeneral([]);
    try {
      const input = toInput(values);
      const saved = templateId
        ? (await graphqlFetch(UpdateTemplate, { id: templateId, input })).updateTemplate
        : (await graphqlFetch(CreateTemplate, { input })).createTemplate;
      notifications.show({ color: 'green', message: t(templateId ? 'saved' : 'created', { name: saved.name }) });
      router.push(manageRoutes.templates);
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
      <Stack gap="lg">
        {hasErrors && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} title={t('errorsTitle')} role="alert">
            {general.length ? general.map((text) => <Text key={text} size="sm">{text}</Text>) : <Text size="sm">{t('errorsBody')}</Text>}
          </Alert>
        )}
        <Paper p="lg">
          <Stack gap="md">
            <Group grow align="flex-start" wrap="wrap">
              <TextInput id={id('name')} label={t('name')} description={t('nameHelp')} required maxLength={255} miw={240} {...form.getInputProps('name')} />
              <Select
                id={id('kind')}
                label={t('kind')}
                description={t('kindHelp')}
                data={TEMPLATE_KINDS.map((value) => ({ value, label: kinds(value) }))}
                required
                allowDeselect={false}
                miw={240}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('kind')}
                onChange={(value) => value && form.setFieldValue('kind', value as TemplateKind)}
              />
            </Group>
            <Group grow align="flex-start" wrap="wrap">
              <Select
                id={id('locale')}
                label={t('locale')}
                data={TEMPLATE_LOCALES.map((value) => ({ value, label: t(`locales.${value}`) }))}
                required
                allowDeselect={false}
                miw={200}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps('locale')}
              />
              <OwnerSelect id={id('organisationId')} choices={choices} miw={240} {...form.getInputProps('organisationId')} />
            </Group>
          </Stack>
        </Paper>
        <Paper p="lg">
          <Grid gap="lg">
            {/* Editor, preview and placeholders side by side on wide screens; on narrower ones the preview goes under them. */}
            <Grid.Col span={{ base: 12, sm: 7, lg: 5 }}>
              <Stack gap="md">
                <TextInput id={id('subject')} label={t('subject')} description={t('subjectHelp')} maxLength={255} {...form.getInputProps('subject')} />
                <Textarea
                  id={id('body')}
                  ref={body}
                  label={t('body')}
                  description={t('bodyHelp', { example: placeholderTag('session.title') })}
                  required
                  autosize
                  minRows={12}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                  {...form.getInputProps('body')}
                />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }} order={{ base: 3, lg: 2 }}>
              <TemplatePreview kind={kind} locale={form.values.locale} subject={form.values.subject} body={form.values.body} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 5, lg: 3 }} order={{ base: 2, lg: 3 }}>
              <PlaceholderList placeholders={placeholders} loading={loadingPlaceholders} onInsert={insert} />
            </Grid.Col>
          </Grid>
        </Paper>
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {templateId ? t('save') : t('create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
