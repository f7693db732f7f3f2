import { Badge, Code, Group, Paper, ScrollAreaAutosize, Stack, Text, Title } from '@mantine/core';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PageHeader } from '../../../../../components/manage/page-header';
import { manageRoutes } from '../../../../../components/manage/routes';
import { STATE_COLOR } from '../../../../../components/outbox/outbox-values';
import { RetryMailButton } from '../../../../../components/outbox/retry-mail-button';
import { formatInstant, zoneName } from '../../../../../components/ui/dates';
import { runOperation } from '../../../../../server/execute';
import { OutboxMailPage as OutboxMailPageQuery } from './operations';
import { ClientMessages } from '../../../../../components/ui/client-messages';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { outboxMail } = await runOperation(OutboxMailPageQuery, { id: (await params).id });
  return { title: outboxMail.subject };
}

/**
 * One e-mail of the outbox (#10 §8), for administrators (anyone else: not found, as the API answers): who it
 * is for, where it stands, its text, its HTML as source (React escapes it: shown, never rendered, so nothing in
 * it can run or load; a sandboxed srcdoc frame made axe's checks hang in Chromium), its attachments' names,
 * and « Renvoyer » once it was given up.
 */
export default async function OutboxMailPage({ params }: Props) {
  const { id } = await params;
  const [{ viewer, outboxMail: mail }, t, locale] = await Promise.all([
    runOperation(OutboxMailPageQuery, { id }),
    getTranslations('outbox'),
    getLocale(),
  ]);
  const at = (value: string | null) => (value ? formatInstant(locale, value, viewer.timeZone, 'full') : t('notSent'));
  const purpose = t.has(`purpose.${mail.purpose}`) ? t(`purpose.${mail.purpose}`) : mail.purpose;
  const details: [string, ReactNode][] = [
    [t('mail.recipient'), mail.toName ? `${mail.toName} <${mail.toAddress}>` : mail.toAddress],
    [t('mail.subject'), mail.subject],
    [t('mail.purpose'), purpose],
    [t('mail.attempts'), String(mail.attempts)],
    [t('mail.queued'), at(mail.createdAt)],
    ...(mail.state === 'PENDING' ? [[t('mail.nextAttempt'), at(mail.nextAttemptAt)] as [string, ReactNode]] : []),
    [t('mail.sent'), at(mail.sentAt)],
    [t('mail.attachments'), mail.attachmentNames.length ? mail.attachmentNames.join(', ') : t('mail.noAttachment')],
    [t('mail.messageId'), <code key="id">{mail.messageId}</code>],
  ];
  return (
    <ClientMessages namespaces={['errors', 'outbox']}>
      <>
        <PageHeader
          title={mail.subject}
          crumbs={[{ label: t('title'), href: manageRoutes.outbox }]}
          description={
            <Group gap="xs" component="span">
              <Badge color={STATE_COLOR[mail.state]} variant="light" component="span">
                {t(`state.${mail.state}`)}
              </Badge>
              <span>{t('mail.times', { zone: zoneName(locale, viewer.timeZone) })}</span>
            </Group>
          }
          actions={mail.viewerCan.retry ? <RetryMailButton id={mail.id} /> : undefined}
        />
        <Stack gap="lg">
          <Paper p="lg">
            <dl className="settings-list">
              {details.map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd style={{ overflowWrap: 'anywhere' }}>{value}</dd>
                </div>
              ))}
              {mail.lastError && (
                <div>
                  <dt>{t('mail.lastError')}</dt>
                  <dd>
                    <Text size="sm" c="red.9" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {mail.lastError}
                    </Text>
                  </dd>
                </div>
              )}
            </dl>
          </Paper>
          <Paper p="lg">
            <Stack gap="sm">
              <Title order={2}>{t('mail.text')}</Title>
              <Text component="pre" size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit', margin: 0 }}>
                {mail.text}
              </Text>
            </Stack>
          </Paper>
          <Paper p="lg">
            <Stack gap="sm">
              <Title order={2}>{t('mail.html')}</Title>
              {mail.html ? (
                <ScrollAreaAutosize mah={420} type="auto">
                  <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {mail.html}
                  </Code>
                </ScrollAreaAutosize>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('mail.noHtml')}
                </Text>
              )}
            </Stack>
          </Paper>
        </Stack>
      </>
    </ClientMessages>
  );
}
