import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { CheckInForm } from '../../../../components/attendance/check-in-form';
import { formatRange, zoneName } from '../../../../components/ui/dates';
import { runOperation } from '../../../../server/execute';
import { CheckInPage as CheckInPageQuery } from './operations';
import { ClientMessages } from '../../../../components/ui/client-messages';

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<{ code?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('checkIn');
  return { title: t('title'), robots: { index: false } };
}

/**
 * Where the trainer's QR code leads (#10 §2): signed in (else to /login and back), the learner sees the event
 * and « Je suis présent·e »; only that button's POST records anything (a GET changes nothing, so a prefetch or a
 * preview of the link cannot check anyone in).
 */
export default async function CheckInPageView({ params, searchParams }: Props) {
  const [{ eventId }, { code }] = await Promise.all([params, searchParams]);
  const [{ event }, t, locale] = await Promise.all([runOperation(CheckInPageQuery, { id: eventId }), getTranslations('checkIn'), getLocale()]);
  const mine = event.attendance[0];
  return (
    <ClientMessages namespaces={['checkIn', 'errors']}>
      <Container component="main" size="sm" py="xl" className="page" id="main">
        <Stack gap="lg">
          <Title order={1}>{t('title')}</Title>
          <Paper p="lg" withBorder>
            <Stack gap={4}>
              <Title order={2}>{event.name}</Title>
              <Text>{event.session.title}</Text>
              <Text>
                {formatRange(locale, event.startAt, event.endAt, event.timeZone)} ({zoneName(locale, event.timeZone, event.startAt)})
              </Text>
              {event.location && <Text>{event.location.name}</Text>}
            </Stack>
          </Paper>
          <CheckInForm eventId={event.id} initialCode={typeof code === 'string' ? code : ''} alreadyPresent={mine?.status === 'PRESENT'} />
        </Stack>
      </Container>
    </ClientMessages>
  );
}
