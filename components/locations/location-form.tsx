'use client';

import { Alert, Button, Group, Modal, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { graphql } from '../../graphql-client';
import { applyApiErrors, fieldId } from '../ui/api-form-errors';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { OwnerSelect } from '../ui/owner-select';
import { TimeZoneSelect } from '../ui/time-zone-select';
import { ownerInput, ownerValue } from '../ui/owner-values';
import type { LocationChoices, LocationRow } from './location-values';

const CreateLocation = graphql(`
  mutation CreateLocation($input: CreateLocationInput!) {
    createLocation(input: $input) {
      id
      name
    }
  }
`);

const UpdateLocation = graphql(`
  mutation UpdateLocation($id: ID!, $input: UpdateLocationInput!) {
    updateLocation(id: $id, input: $input) {
      id
      name
    }
  }
`);

interface LocationFormValues {
  name: string;
  address: string;
  timeZone: string | null;
  capacity: number | string;
  organisationId: string | null;
}

/** The form's fields in display order (the first invalid one gets the focus). */
const FIELDS = ['name', 'address', 'timeZone', 'capacity', 'organisationId'] as const;
const FORM_ID = 'location-form';
function initialValues(location: LocationRow | undefined, choices: LocationChoices): LocationFormValues {
  if (location)
    return {
      name: location.name,
      address: location.address,
      timeZone: location.timeZone,
      capacity: location.capacity ?? '',
      organisationId: ownerValue(location.organisation, choices),
    };
  return { name: '', address: '', timeZone: null, capacity: '', organisationId: ownerValue(undefined, choices) };
}

const toInput = (values: LocationFormValues) => ({
  name: values.name.trim(),
  address: values.address,
  // An unpicked zone is sent as it is: the API names the field.
  timeZone: values.timeZone ?? '',
  capacity: values.capacity === '' ? null : Number(values.capacity),
  organisationId: ownerInput(values.organisationId),
});

/**
 * Creating or editing a location (issue 8 screen 6), in a dialog: the time zone is picked from the API's list
 * (searchable), never typed; the owner among the organisations the viewer manages, or shared for
 * administrators. The API's refusals go next to their fields (the training form's pattern).
 */
export function LocationFormDialog({
  opened,
  onClose,
  location,
  choices,
}: {
  opened: boolean;
  onClose: () => void;
  /** Absent for a new location. */
  location?: LocationRow;
  choices: LocationChoices;
}) {
  const t = useTranslations('locations.form');
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<LocationFormValues>({ mode: 'controlled', initialValues: initialValues(location, choices) });

  async function submit(values: LocationFormValues) {
    setGeneral([]);
    try {
      const input = toInput(values);
      const saved = location
        ? (await graphqlFetch(UpdateLocation, { id: location.id, input })).updateLocation
        : (await graphqlFetch(CreateLocation, { input })).createLocation;
      notifications.show({ color: 'green', message: t(location ? 'saved' : 'created', { name: saved.name }) });
      onClose();
      router.refresh();
    } catch (error) {
      const errors = error instanceof ApiRequestError ? error.errors : [{ message: String(error) }];
      setGeneral(applyApiErrors(errors, { formId: FORM_ID, fields: FIELDS, setFieldError: form.setFieldError, message: errorMessage }));
    }
  }

  const id = (field: (typeof FIELDS)[number]) => fieldId(FORM_ID, field);
  const hasErrors = Object.keys(form.errors).length > 0 || general.length > 0;

  return (
    <Modal opened={opened} onClose={onClose} title={location ? t('editTitle', { name: location.name }) : t('createTitle')} size="lg" centered>
      <form id={FORM_ID} onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {hasErrors && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} title={t('errorsTitle')} role="alert">
              {general.length ? general.map((text) => <Text key={text} size="sm">{text}</Text>) : <Text size="sm">{t('errorsBody')}</Text>}
            </Alert>
          )}
          <TextInput id={id('name')} label={t('name')} description={t('nameHelp')} required maxLength={255} data-autofocus {...form.getInputProps('name')} />
          <Textarea id={id('address')} label={t('address')} autosize minRows={2} {...form.getInputProps('address')} />
          <TimeZoneSelect
            id={id('timeZone')}
            label={t('timeZone')}
            description={t('timeZoneHelp')}
            timeZones={choices.timeZones}
            required
            {...form.getInputProps('timeZone')}
          />
          <NumberInput id={id('capacity')} label={t('capacity')} description={t('capacityHelp')} min={1} allowDecimal={false} {...form.getInputProps('capacity')} />
          <OwnerSelect id={id('organisationId')} choices={choices} {...form.getInputProps('organisationId')} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {location ? t('save') : t('create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
