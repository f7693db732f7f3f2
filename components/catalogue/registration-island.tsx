'use client';

import { Alert, Button, Group, Loader, Modal, Paper, Stack, Text } from '@mantine/core';
import { IconCheck, IconClock, IconHourglass, IconInfoCircle, IconLock } from '@tabler/icons-react';
import { usePathname } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InscriptionState, RegistrationClosure } from '../../graphql-client/graphql';
import { formatWithZone } from '../ui/dates';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError } from '../ui/graphql-fetch';
import { ButtonLink } from '../ui/links';

/** What the API says about a session or an event and the viewer (`registration`, `viewerRegistration`). */
export interface RegistrationView {
  viewer: { timeZone: string; user: { id: string } | null };
  registration: {
    open: boolean;
    closure: RegistrationClosure | null;
    unregistrationOpen: boolean;
    unregistrationClosure: RegistrationClosure | null;
    seatsLeft: number | null;
    full: boolean;
    waiting: number;
    validation: boolean;
    closesAt: string | null;
  };
  viewerRegistration: RegistrationAnswer | null;
}

/** The API's answer to a registration: confirmed, waitlisted at a position, or awaiting validation. */
export interface RegistrationAnswer {
  id: string;
  state: InscriptionState;
  position: number | null;
}

export interface RegistrationIslandProps {
  kind: 'session' | 'event';
  load: () => Promise<RegistrationView>;
  register: () => Promise<RegistrationAnswer>;
  unregister: () => Promise<unknown>;
  /** Told after each registration (the answer) and unregistration (null), e.g. to refresh the page around. */
  onChange?: (answer: RegistrationAnswer | null) => void;
}

type Loaded = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; view: RegistrationView };
type Notice = { tone: 'success' | 'error'; text: string } | null;
// The states are standing notes (Mantine's Alert would announce each as an alert); answers and refusals are live.

/**
 * #9 §2–3: the registration button of a session or an event, for every state the API describes: anonymous
 * (sign in, come back here), open with seats, full (the waiting list), waitlisted at position N, awaiting
 * validation, confirmed (unregister with a confirmation, where allowed), or closed with the reason why.
 * Every decision comes from the API; after each action the state is read again.
 */
export function RegistrationIsland({ kind, load, register, unregister, onChange }: RegistrationIslandProps) {
  const t = useTranslations('registration');
  const common = useTranslations('common');
  const locale = useLocale();
  const pathname = usePathname();
  const errorMessage = useErrorMessage();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const describe = (e: unknown) => (e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({}));
  // The wrappers pass a new `load` on each render: the latest is read through a ref, and loading runs on mount.
  const loadRef = useRef(load);
  loadRef.current = load;
  const refresh = useCallback(async () => {
    try {
      setLoaded({ status: 'ready', view: await loadRef.current() });
    } catch (error) {
      setLoaded({ status: 'failed', error });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** Runs a mutation, shows its explicit answer (or the API's refusal), then reads the state again. */
  async function act<T>(mutation: () => Promise<T>, success: (result: T) => string): Promise<T | undefined> {
    setBusy(true);
    let result: T | undefined;
    try {
      result = await mutation();
      setNotice({ tone: 'success', text: success(result) });
    } catch (e) {
      setNotice({ tone: 'error', text: describe(e) });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
    await refresh();
    return result;
  }

  async function onRegister() {
    const answer = await act(register, (a) => t(`answer.${a.state}`, { kind, position: a.position ?? 0 }));
    if (answer) onChange?.(answer);
  }

  async function onUnregister() {
    const done = await act(async () => (await unregister(), true), () => t('unregistered', { kind }));
    if (done) onChange?.(null);
  }

  const label = t('region', { kind });
  if (loaded.status === 'loading')
    return (
      <Paper p="md" withBorder aria-label={label} aria-busy="true" component="section">
        <Group gap="sm">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{t('loading')}</Text>
        </Group>
      </Paper>
    );
  if (loaded.status === 'failed')
    return (
      <Paper p="md" withBorder aria-label={label} component="section">
        <Text role="alert" c="red.9" size="sm">
          {describe(loaded.error)}
        </Text>
      </Paper>
    );

  const { viewer, registration, viewerRegistration } = loaded.view;
  const mine = viewerRegistration && viewerRegistration.state !== 'CANCELLED' ? viewerRegistration : null;
  const closesAt = registration.closesAt ? formatWithZone(locale, registration.closesAt, viewer.timeZone) : null;

  return (
    <Paper p="md" withBorder aria-label={label} component="section">
      <Stack gap="sm">
        {notice && (
          <Text role={notice.tone === 'error' ? 'alert' : 'status'} c={notice.tone === 'error' ? 'red.9' : 'teal.9'} size="sm" fw={600}>
            {notice.text}
          </Text>
        )}
        {mine ? (
          <>
            <Alert role="note" color={mine.state === 'CONFIRMED' ? 'green' : 'cursus'} variant="light" icon={stateIcon(mine.state)}>
              <Text size="sm">{t(`state.${mine.state}`, { kind, position: mine.position ?? 0 })}</Text>
            </Alert>
            {registration.unregistrationOpen ? (
              <Group>
                <Button variant="outline" color="red.9" onClick={() => setConfirming(true)} disabled={busy}>
                  {t(`leave.${mine.state}`)}
                </Button>
              </Group>
            ) : (
              registration.unregistrationClosure && (
                <Text size="sm" c="dimmed">
                  {t(`cannotLeave.${registration.unregistrationClosure}`, { kind })}
                </Text>
              )
            )}
          </>
        ) : registration.open ? (
          <>
            {viewerRegistration?.state === 'CANCELLED' && (
              <Text size="sm" c="dimmed">
                {t('refusedBefore')}
              </Text>
            )}
            <Text size="sm">
              {registration.full
                ? t('full', { kind, waiting: registration.waiting })
                : registration.seatsLeft === null
                  ? t('unlimited')
                  : t('seatsLeft', { count: registration.seatsLeft })}
            </Text>
            {registration.validation && <Text size="sm">{t('validation')}</Text>}
            {closesAt && (
              <Text size="sm" c="dimmed">
                {t('closesAt', { date: closesAt })}
              </Text>
            )}
            <Group>
              {viewer.user ? (
                <Button onClick={onRegister} loading={busy}>
                  {registration.full ? t('joinWaitlist') : t('register')}
                </Button>
              ) : (
                <ButtonLink href={`/login?callbackUrl=${encodeURIComponent(pathname ?? '/')}`}>{t('register')}</ButtonLink>
              )}
            </Group>
            {!viewer.user && (
              <Text size="xs" c="dimmed">
                {t('signInFirst')}
              </Text>
            )}
          </>
        ) : (
          <Alert role="note" color="gray" variant="light" icon={<IconLock size={18} aria-hidden />}>
            <Text size="sm">{t(`closed.${registration.closure ?? 'ENDED'}`, { kind, date: closesAt ?? '' })}</Text>
          </Alert>
        )}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('confirmTitle', { kind })} centered>
        <Stack gap="md">
          <Text size="sm">{t(`confirmBody.${mine?.state === 'CONFIRMED' ? 'seat' : 'waiting'}`, { kind })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {common('cancel')}
            </Button>
            <Button color="red.9" onClick={onUnregister} loading={busy}>
              {t('confirmLeave')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

function stateIcon(state: InscriptionState) {
  if (state === 'CONFIRMED') return <IconCheck size={18} aria-hidden />;
  if (state === 'WAITLISTED') return <IconHourglass size={18} aria-hidden />;
  if (state === 'PENDING') return <IconClock size={18} aria-hidden />;
  return <IconInfoCircle size={18} aria-hidden />;
}
