'use client';

import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { graphql } from '../../graphql-client';
import { applyApiErrors, fieldId } from '../ui/api-form-errors';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import type { OrganisationRow } from './organisation-tree';

const CreateOrganisation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
    }
  }
`);

const UpdateOrganisation = graphql(`
  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {
    updateOrganisation(id: $id, input: $input) {
      id
      name
    }
  }
`);

interface OrganisationValues {
  name: string;
  code: string;
  parentId: string | null;
}

const FORM_ID = 'organisation-form';
const FIELDS = ['name', 'code', 'parentId'] as const;

/**
 * Creating, renaming or moving an organisation (#8 screen 8). Every other organisation is offered as the
 * parent: which ones would make a cycle is the API's rule (PARENT_CYCLE), shown next to the field.
 */
export function OrganisationFormDialog({
  organisations,
  organisation,
  parentId = null,
  onClose,
}: {
  organisations: { id: string; name: string }[];
  /** Absent for a new organisation. */
  organisation?: OrganisationRow;
  /** The parent a new organisation starts under. */
  parentId?: string | null;
  onClose: () => void;
}) {
  const t = useTranslations('organisations.form');
  const common = useTranslations('common');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<OrganisationValues>({
    mode: 'controlled',
    initialValues: organisation
      ? { name: organisation.name, code: organisation.code ?? '', parentId: organisation.parent?.id ?? null }
      : { name: '', code: '', parentId },
  });
  const parentName = organisations.find((o) => o.id === parentId)?.name;

  async function submit(values: OrganisationValues) {
    setGeneral([]);
    const input = { name: values.name.trim(), code: values.code.trim() || null, parentId: values.parentId };
    try {
      const saved = organisation
        ? (await graphqlFetch(UpdateOrganisation, { id: organisation.id, input })).updateOrganisation
        : (await graphqlFetch(CreateOrganisation, { input })).createOrganisation;
      notifications.show({ color: 'green', message: t(organisation ? 'saved' : 'created', { name: saved.name }) });
      onClose();
      router.refresh();
    } catch (error) {
      const errors = error instanceof ApiRequestError ? error.errors : [{ message: String(error) }];
      setGeneral(applyApiErrors(errors, { formId: FORM_ID, fields: FIELDS, setFieldError: form.setFieldError, message: errorMessage }));
    }
  }

  const id = (field: (typeof FIELDS)[number]) => fieldId(FORM_ID, field);
  const title = organisation
    ? t('editTitle', { name: organisation.name })
    : parentName
      ? t('createChildTitle', { parent: parentName })
      : t('createTitle');
  return (
    <Modal opened onClose={onClose} title={title} centered>
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
          <TextInput id={id('name')} label={t('name')} required maxLength={255} data-autofocus {...form.getInputProps('name')} />
          <TextInput id={id('code')} label={t('code')} description={t('codeHelp')} maxLength={64} {...form.getInputProps('code')} />
          <Select
            id={id('parentId')}
            label={t('parent')}
            description={t('parentHelp')}
            placeholder={t('parentPlaceholder')}
            data={organisations.filter((o) => o.id !== organisation?.id).map((o) => ({ value: o.id, label: o.name }))}
            searchable
            clearable
            // Opened by a click or the keyboard, not by the focus a refusal gives it (it would hide the message).
            openOnFocus={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('parentId')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {common('cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {organisation ? t('save') : t('create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
