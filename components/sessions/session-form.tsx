'use client';

import { Alert, Badge, Button, Group, Input, NumberInput, Paper, Radio, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { graphql } from '../../graphql-client';
import type { InscriptionMode } from '../../graphql-client/graphql';
import { manageRoutes } from '../manage/routes';
import { applyApiErrors, fieldId } from '../ui/api-form-errors';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { formatWithZone } from '../ui/dates';
import { ButtonLink } from '../ui/links';
import { fromLocalField, toLocalField } from '../ui/local-date-time';
import type { SessionFormValues } from './session-values';

const CreateSession = graphql(`
  mutation CreateSession($input: CreateSessionInput!) {
    createSession(input: $input) {
      id
      title
    }
  }
`);

const UpdateSession = graphql(`
  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {
    updateSession(id: $id, input: $input) {
      id
      title
    }
  }
`);

/** R2: the end the training's duration gives for a start the user typed (the API computes it, never the page). */
const DraftEnd = graphql(`
  query SessionDraftEnd($trainingId: ID!, $startDate: DateTimeISO) {
    sessionDraft(trainingId: $trainingId, startDate: $startDate) {
      endDate
    }
  }
`);

/** The form's fields in display order (the first invalid one gets the focus). */
const FIELDS = [
  'title',
  'startDate',
  'endDate',
  'description',
  'defaultSession',
  'publicRegistration',
  'publicUnregistration',
  'registrationValidation',
  'maxUsers',
  'registrationClosesAt',
  'promotionCutoffHours',
  'eventInscriptionMode',
] as const;
const FORM_ID = 'session-form';
const MODES: InscriptionMode[] = ['AUTOMATIC', 'MANUAL', 'PUBLIC'];
/** A date's help goes under it (the date in words), so the two fields stay aligned; a refusal right under the field. */
const DATE_ORDER: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'error', 'description'];
/** How long typing in the start may pause before the end is asked for again. */
const FOLLOW_DELAY_MS = 400;

// An empty or incomplete date goes as null, which the API refuses naming the field: the page does not
// decide what is required, and never sends "now" in the user's place.
const toInput = (values: SessionFormValues, zone: string) => ({
  ...values,
  title: values.title.trim(),
  startDate: fromLocalField(values.startDate, zone),
  endDate: fromLocalField(values.endDate, zone),
  maxUsers: values.maxUsers === '' ? null : Number(values.maxUsers),
  // #9: both settings are optional; empty clears them.
  promotionCutoffHours: values.promotionCutoffHours === '' ? null : Number(values.promotionCutoffHours),
  registrationClosesAt: values.registrationClosesAt === '' ? null : fromLocalField(values.registrationClosesAt, zone),
});

/**
 * Creating or editing a session (#7, screen 3, seed 000), on the training form's pattern: pre-filled from
 * `sessionDraft` (new) or the session (edit), dates typed in the viewer's zone with the zone named, the
 * organisations shown read-only (R1), the API's refusals next to their field with the typed values kept.
 * For a new session, the end follows the start (the API's draft for that start) until the user changes it.
 */
export function SessionForm({
  sessionId,
  training,
  organisations,
  initialValues,
  timeZone,
  zoneLabel,
}: {
  /** Absent for a new session. */
  sessionId?: string;
  training: { id: string; title: string };
  /** The training's organisations, which are the session's (R1). */
  organisations: { id: string; name: string }[];
  initialValues: SessionFormValues;
  /** IANA zone the dates are typed in, and its name in the UI language. */
  timeZone: string;
  zoneLabel: string;
}) {
  const t = useTranslations('sessionForm');
  const settings = useTranslations('registration.settings');
  const modes = useTranslations('inscriptionMode');
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [general, setGeneral] = useState<string[]>([]);
  const form = useForm<SessionFormValues>({ mode: 'controlled', initialValues });
  const endEdited = useRef(false);
  const followed = useRef(0);
  const followTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(followTimer.current), []);

  function followStart(start: string) {
    clearTimeout(followTimer.current);
    // Any answer to an earlier start is stale from now on.
    const request = ++followed.current;
    const startDate = fromLocalField(start, timeZone);
    if (sessionId || endEdited.current || !startDate) return;
    followTimer.current = setTimeout(async () => {
      try {
        const { sessionDraft } = await graphqlFetch(DraftEnd, { trainingId: training.id, startDate });
        if (request === followed.current && !endEdited.current) form.setFieldValue('endDate', toLocalField(sessionDraft.endDate, timeZone));
      } catch {
        // A start the API refuses (out of range…) is said next to the field on submit; the end stays as it is.
      }
    }, FOLLOW_DELAY_MS);
  }

  async function submit(values: SessionFormValues) {
    setGeneral([]);
    try {
      const input = toInput(values, timeZone);
      const saved = sessionId
        ? (await graphqlFetch(UpdateSession, { id: sessionId, input })).updateSession
        : (await graphqlFetch(CreateSession, { input: { ...input, trainingId: training.id } })).createSession;
      notifications.show({ color: 'green', message: t(sessionId ? 'saved' : 'created', { title: saved.title }) });
      router.push(manageRoutes.session(saved.id));
      router.refresh();
    } catch (error) {
      const errors = error instanceof ApiRequestError ? error.errors : [{ message: String(error) }];
      setGeneral(applyApiErrors(errors, { formId: FORM_ID, fields: FIELDS, setFieldError: form.setFieldError, message: errorMessage }));
    }
  }

  const id = (field: (typeof FIELDS)[number]) => fieldId(FORM_ID, field);
  const hasErrors = Object.keys(form.errors).length > 0 || general.length > 0;
  const start = form.getInputProps('startDate');
  const end = form.getInputProps('endDate');
  const closesAt = form.getInputProps('registrationClosesAt');
  const zoneHelp = t('zoneHelp', { zone: zoneLabel, id: timeZone });
  // The browser shows a date field in its own language and order (12/01 may be 1 December or 12 January):
  // below it, the date in words in the UI language, with its zone named, so what was typed cannot be misread.
  const dateHelp = (value: string, extra?: string) => {
    const instant = fromLocalField(value, timeZone);
    return (
      <>
        <span suppressHydrationWarning>{instant ? formatWithZone(locale, instant, timeZone, 'full') : zoneHelp}</span>
        {extra && <Text span display="block" size="xs" c="dimmed" mt={2}>{extra}</Text>}
      </>
    );
  };

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
            <TextInput id={id('title')} label={t('title')} required maxLength={255} {...form.getInputProps('title')} />
            <Group grow align="flex-start" wrap="wrap">
              <TextInput
                id={id('startDate')}
                type="datetime-local"
                label={t('startDate')}
                description={dateHelp(start.value)}
                inputWrapperOrder={DATE_ORDER}
                required
                miw={240}
                {...start}
                onChange={(event: ChangeEvent<HTMLInputElement>) => {
                  start.onChange(event);
                  followStart(event.currentTarget.value);
                }}
              />
              <TextInput
                id={id('endDate')}
                type="datetime-local"
                label={t('endDate')}
                description={dateHelp(end.value, sessionId ? undefined : t('endHelp'))}
                inputWrapperOrder={DATE_ORDER}
                required
                miw={240}
                {...end}
                onChange={(event: ChangeEvent<HTMLInputElement>) => {
                  endEdited.current = true;
                  end.onChange(event);
                }}
              />
            </Group>
            <Textarea id={id('description')} label={t('description')} description={t('descriptionHelp')} autosize minRows={3} {...form.getInputProps('description')} />
            <div>
              <Input.Label labelElement="div" id={`${FORM_ID}-organisations`}>
                {t('organisations')}
              </Input.Label>
              <Input.Description id={`${FORM_ID}-organisations-help`} mb={8}>
                {t('organisationsHelp', { training: training.title })}
              </Input.Description>
              <Group component="ul" gap={6} aria-labelledby={`${FORM_ID}-organisations`} aria-describedby={`${FORM_ID}-organisations-help`} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {organisations.map((o) => (
                  <Badge component="li" key={o.id} variant="light" color="gray" size="lg">
                    {o.name}
                  </Badge>
                ))}
              </Group>
            </div>
          </Stack>
        </Paper>
        <Paper p="lg" component="section" aria-labelledby={`${FORM_ID}-registrations`}>
          <Title order={2} id={`${FORM_ID}-registrations`}>
            {t('registrations')}
          </Title>
          <Text size="sm" c="dimmed" mt={4} mb="md">
            {t('registrationsHelp')}
          </Text>
          <Stack gap="md">
            <Switch id={id('defaultSession')} label={t('defaultSession')} description={t('defaultSessionHelp')} {...form.getInputProps('defaultSession', { type: 'checkbox' })} />
            <Switch id={id('publicRegistration')} label={t('publicRegistration')} description={t('publicRegistrationHelp')} {...form.getInputProps('publicRegistration', { type: 'checkbox' })} />
            <Switch id={id('publicUnregistration')} label={t('publicUnregistration')} description={t('publicUnregistrationHelp')} {...form.getInputProps('publicUnregistration', { type: 'checkbox' })} />
            <Switch id={id('registrationValidation')} label={t('registrationValidation')} description={t('registrationValidationHelp')} {...form.getInputProps('registrationValidation', { type: 'checkbox' })} />
            <NumberInput id={id('maxUsers')} label={t('maxUsers')} description={t('maxUsersHelp')} min={1} allowDecimal={false} maw={360} {...form.getInputProps('maxUsers')} />
            <TextInput
              id={id('registrationClosesAt')}
              type="datetime-local"
              label={settings('registrationClosesAt')}
              description={dateHelp(closesAt.value, settings('registrationClosesAtHelp'))}
              inputWrapperOrder={DATE_ORDER}
              maw={360}
              {...closesAt}
            />
            <NumberInput
              id={id('promotionCutoffHours')}
              label={settings('promotionCutoffHours')}
              description={settings('promotionCutoffHoursHelp')}
              min={0}
              max={8760}
              allowDecimal={false}
              allowNegative={false}
              suffix={settings('hoursSuffix')}
              maw={360}
              {...form.getInputProps('promotionCutoffHours')}
            />
            <Radio.Group label={t('eventInscriptionMode')} description={t('eventInscriptionModeHelp')} {...form.getInputProps('eventInscriptionMode')}>
              <Stack gap="xs" mt="xs">
                {MODES.map((mode, index) => (
                  <Radio key={mode} id={index === 0 ? id('eventInscriptionMode') : undefined} value={mode} label={modes(mode)} description={modes(`${mode}_help`)} />
                ))}
              </Stack>
            </Radio.Group>
          </Stack>
        </Paper>
        <Group justify="flex-end">
          <ButtonLink variant="default" href={sessionId ? manageRoutes.session(sessionId) : manageRoutes.training(training.id)}>
            {t('cancel')}
          </ButtonLink>
          <Button type="submit" loading={form.submitting}>
            {sessionId ? t('save') : t('create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
