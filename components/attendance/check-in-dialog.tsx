'use client';

import { Alert, Box, Center, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { EventCheckInCodeQuery } from '../../graphql-client/graphql';
import { formatWithZone } from '../ui/dates';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { EventCheckInCode } from './attendance-operations';

type Shown = EventCheckInCodeQuery['eventCheckIn'];

/**
 * « Afficher le QR code » (#10 §2): full screen, for the room's projector. The code rotates: the next one is asked
 * of the API when this one expires (the API also accepts the previous code, so a learner scanning at the turn, or
 * a clock a little off, still gets in). The SVG is made by the server from the code alone.
 */
export function CheckInDialog({ event, opened, onClose }: { event: { id: string; name: string; timeZone: string }; opened: boolean; onClose: () => void }) {
  const t = useTranslations('attendance');
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!opened) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current = true;
    const load = async () => {
      try {
        const { eventCheckIn } = await graphqlFetch(EventCheckInCode, { eventId: event.id });
        if (!current) return;
        setShown(eventCheckIn);
        setError(null);
        const wait = new Date(eventCheckIn.expiresAt).getTime() - Date.now();
        timer = setTimeout(load, Math.min(Math.max(wait, 1000), eventCheckIn.stepSeconds * 1000) + 200);
      } catch (e) {
        if (!current) return;
        setError(e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({}));
        timer = setTimeout(load, 5000);
      }
    };
    void load();
    const ticker = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      current = false;
      clearTimeout(timer);
      clearInterval(ticker);
    };
    // Runs while the dialog is open; the event does not change meanwhile.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, event.id]);

  const seconds = shown ? Math.max(0, Math.ceil((new Date(shown.expiresAt).getTime() - now) / 1000)) : 0;
  return (
    <Modal opened={opened} onClose={onClose} fullScreen title={t('qrTitle', { event: event.name })} closeButtonProps={{ 'aria-label': t('close') }}>
      <Center mih="70vh">
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {!shown && !error && (
          <Stack align="center">
            <Loader aria-hidden />
            <Text>{t('qrLoading')}</Text>
          </Stack>
        )}
        {shown && (
          <Stack align="center" gap="md" maw={640}>
            <Text ta="center" size="lg">
              {t('qrHelp', { seconds: shown.stepSeconds })}
            </Text>
            <Box
              role="img"
              aria-label={t('qrImage')}
              w="min(70vh, 90vw)"
              maw={520}
              style={{ background: 'white', lineHeight: 0 }}
              // Made by the qrcode package on the server from the URL alone: paths, no text of anyone's.
              dangerouslySetInnerHTML={{ __html: shown.qrSvg }}
            />
            <Title order={2} ff="monospace" fz={48} data-testid="check-in-code" aria-live="polite">
              {t('qrCode', { code: shown.code })}
            </Title>
            <Text c="dimmed">{t('qrExpires', { seconds })}</Text>
            <Text size="sm" c="dimmed" ta="center">
              {t('qrWindow', {
                opens: formatWithZone(locale, shown.opensAt, event.timeZone),
                closes: formatWithZone(locale, shown.closesAt, event.timeZone),
              })}
            </Text>
          </Stack>
        )}
      </Center>
    </Modal>
  );
}
