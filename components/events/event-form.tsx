'use client';

import { Alert, Anchor, Button, Group, MultiSelect, NumberInput, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconEye } from '@tabler/icons-react';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { InscriptionMode } from '../../graphql-client/graphql';
import { manageRoutes } from '../manage/routes';
import { applyApiErrors, fieldId } from '../ui/api-form-errors';
import { formatWithZone, zoneName } from '../ui/dates';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError } from '../ui/graphql-fetch';
import { fromLocalField, toLocalField } from '../ui/local-date-time';

/** What the form edits; dates as typed (wall-clock in the zone of the chosen location). */
export interface EventFormValues {
  name: string;
  description: string;
  startAt: string;
  endAt: string;
  locationId: string | null;
  locationExtra: string;
  trainerIds: string[];
  maxUsers: number | string;
  inscriptionMode: InscriptionMode;
}

/** The API's input for those values: instants in UTC, an empty capacity as unlimited. */
export interface EventFormInput {
  name: string;
  description: string;
  /** Null for an empty or incomplete field: the API refuses it, naming the field. */
  startAt: string | null;
  endAt: string | null;
  locationId: string | null;
  locationExtra: string;
  trainerIds: string[];
  maxUsers: number | null;
  inscriptionMode: InscriptionMode;
}

export interface EventFormOptions {
  /** The session's trainers: the only ones an event may have (R9). */
  trainers: { id: string; name: string }[];
  /** The locations the viewer may hold events at. */
  locations: { id: string; name: string; timeZone: string }[];
  /** The zone of an event without a location. */
  defaultTimeZone: string;
  /** The viewer may create locations: the hint links to the locations screen. */
  canManageLocations: boolean;
}

export const EVENT_FORM_ID = 'event-form';
/** The form's fields in display order (the first invalid one gets the focus). */
const FIELDS = ['name', 'description', 'locationId', 'startAt', 'endAt', 'locationExtra', 'trainerIds', 'maxUsers', 'inscriptionMode'] as const;
const MODES: InscriptionMode[] = ['AUTOMATIC', 'MANUAL', 'PUBLIC'];
const DATE_ORDER: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'error', 'description'];

const zoneOf = (options: EventFormOptions, locationId: string | null) =>
  options.locations.find((l) => l.id === locationId)?.timeZone ?? options.defaultTimeZone;

/** The form's values for instants: the wall-clock they read in the zone of the given location. */
export function eventFormValues(
  event: Omit<EventFormValues, 'startAt' | 'endAt' | 'maxUsers'> & { startAt: string | null; endAt: string | null; maxUsers: number | null },
  options: EventFormOptions,
): EventFormValues {
  const zone = zoneOf(options, event.locationId);
  const field = (instant: string | null) => (instant ? toLocalField(instant, zone) : '');
  return { ...event, startAt: field(event.startAt), endAt: field(event.endAt), maxUsers: event.maxUsers ?? '' };
}

/**
 * The event form (#8 screen 2, seed 001 « création de la séance »), the same for creating and editing. Start
 * and end are typed and shown in the chosen location's zone, which it names; choosing another location keeps
 * the same instants and shows them in the new zone (the event does not move, its local times read differently).
 * Trainers are offered only among the session's (R9). The API's refusals go next to their fields.
 */
export function EventForm({
  options,
  initialValues,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  options: EventFormOptions;
  initialValues: EventFormValues;
  submitLabel: string;
  /** Sends the input; rejects with the API's errors. */
  onSubmit: (input: EventFormInput) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useTranslations('eventActions.form');
  const modes = useTranslations('inscriptionMode');
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<EventFormValues>({ mode: 'controlled', initialValues });
  const zone = zoneOf(options, form.values.locationId);

  function changeLocation(locationId: string | null) {
    const next = zoneOf(options, locationId);
    // The same instants, re-expressed in the new zone (an incomplete date stays as typed).
    for (const field of ['startAt', 'endAt'] as const) {
      const instant = fromLocalField(form.values[field], zone);
      if (instant) form.setFieldValue(field, toLocalField(instant, next));
    }
    form.setFieldValue('locationId', locationId);
  }

  async function submit(values: EventFormValues) {
    setGeneral([]);
    try {
      await onSubmit({
        ...values,
        name: values.name.trim(),
        startAt: fromLocalField(values.startAt, zone),
        endAt: fromLocalField(values.endAt, zone),
        maxUsers: values.maxUsers === '' ? null : Number(values.maxUsers),
      });
    } catch (error) {
      const errors = error instanceof ApiRequestError ? error.errors : [{ message: String(error) }];
      setGeneral(applyApiErrors(errors, { formId: EVENT_FORM_ID, fields: FIELDS, setFieldError: form.setFieldError, message: errorMessage }));
    }
  }

  const id = (field: (typeof FIELDS)[number]) => fieldId(EVENT_FORM_ID, field);
  const zoneHelp = t(form.values.locationId ? 'zoneHelp' : 'zoneHelpNoLocation', { zone: zoneName(locale, zone), id: zone });
  // Below each date: the date in words in the UI language with its zone named, so what was typed cannot be misread.
  const dateHelp = (value: string) => {
    const instant = fromLocalField(value, zone);
    return <span suppressHydrationWarning>{instant ? formatWithZone(locale, instant, zone, 'full') : zoneHelp}</span>;
  };
  const hasErrors = Object.keys(form.errors).length > 0 || general.length > 0;

  return (
    <form id={EVENT_FORM_ID} onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md">
        <Alert variant="light" color="cursus" icon={<IconEye size={18} aria-hidden />} role="note">
          <Text size="sm">{t('visible')}</Text>
        </Alert>
        {hasErrors && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} title={t('errorsTitle')} role="alert">
            {general.length ? general.map((text) => <Text key={text} size="sm">{text}</Text>) : <Text size="sm">{t('errorsBody')}</Text>}
          </Alert>
        )}
        <TextInput id={id('name')} label={t('name')} description={t('nameHelp')} required maxLength={255} autoFocus {...form.getInputProps('name')} />
        <Textarea id={id('description')} label={t('description')} description={t('descriptionHelp')} autosize minRows={3} {...form.getInputProps('description')} />
        <Select
          id={id('locationId')}
          label={t('location')}
          placeholder={t('locationPlaceholder')}
          description={
            <>
              {options.canManageLocations ? t('locationMissingManager') : t('locationMissing')}{' '}
              {options.canManageLocations && (
                <Anchor component={Link} href={manageRoutes.locations} inherit underline="always">
                  {t('locationsLink')}
                </Anchor>
              )}
            </>
          }
          inputWrapperOrder={DATE_ORDER}
          data={options.locations.map((l) => ({ value: l.id, label: l.name }))}
          searchable
          clearable
          nothingFoundMessage={t('noLocation')}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('locationId')}
          onChange={changeLocation}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            id={id('startAt')}
            type="datetime-local"
            label={t('startAt')}
            description={dateHelp(form.values.startAt)}
            inputWrapperOrder={DATE_ORDER}
            required
            miw={220}
            {...form.getInputProps('startAt')}
          />
          <TextInput
            id={id('endAt')}
            type="datetime-local"
            label={t('endAt')}
            description={dateHelp(form.values.endAt)}
            inputWrapperOrder={DATE_ORDER}
            required
            miw={220}
            {...form.getInputProps('endAt')}
          />
        </Group>
        <Textarea id={id('locationExtra')} label={t('locationExtra')} description={t('locationExtraHelp')} autosize minRows={2} {...form.getInputProps('locationExtra')} />
        <MultiSelect
          id={id('trainerIds')}
          label={t('trainers')}
          description={options.trainers.length ? t('trainersHelp') : t('noTrainers')}
          placeholder={options.trainers.length ? t('trainersPlaceholder') : undefined}
          data={options.trainers.map((u) => ({ value: u.id, label: u.name }))}
          disabled={!options.trainers.length}
          searchable
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('trainerIds')}
        />
        <Group grow align="flex-start" wrap="wrap">
          <NumberInput id={id('maxUsers')} label={t('maxUsers')} description={t('maxUsersHelp')} min={1} allowDecimal={false} miw={220} {...form.getInputProps('maxUsers')} />
          <Radio.Group label={t('inscriptionMode')} description={t('inscriptionModeHelp')} miw={220} {...form.getInputProps('inscriptionMode')}>
            <Stack gap={6} mt="xs">
              {MODES.map((mode, index) => (
                <Radio key={mode} id={index === 0 ? id('inscriptionMode') : undefined} value={mode} label={modes(mode)} />
              ))}
            </Stack>
          </Radio.Group>
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
