'use client';

import { Badge, Group, Loader, Paper, Spoiler, Stack, Text, Title } from '@mantine/core';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import type { SessionMessagesQuery } from '../../graphql-client/graphql';
import { formatInstant } from '../ui/dates';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { useMessagesChanged } from './messages-changed';
import { SessionMessages } from './message-operations';

const SHOWN = 50;

/**
 * R13: the messages sent to a session's learners and to its events' registrants, newest first, with what each
 * did (how many learners, how many e-mails queued). Loaded in the browser: only the session's staff may list
 * them, and it reloads when a message is sent from this page.
 */
export function SentMessages({ sessionId }: { sessionId: string }) {
  const t = useTranslations('messages.sent');
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const [data, setData] = useState<SessionMessagesQuery | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    graphqlFetch(SessionMessages, { sessionId, first: SHOWN }).then(
      (result) => {
        setData(result);
        setError(null);
      },
      (e) => setError(e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({})),
    );
    // errorMessage is only read when a load fails.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sessionId]);
  useEffect(load, [load]);
  useMessagesChanged(load);

  return (
    <Paper p="lg" component="section" aria-labelledby="sent-messages-title">
      <Title order={2} id="sent-messages-title" mb="sm">
        {t('title')}
      </Title>
      {error ? (
        <Text role="alert" c="red.9" size="sm">
          {error}
        </Text>
      ) : !data ? (
        <Loader size="sm" role="status" aria-label={t('loading')} />
      ) : !data.sessionMessages.nodes.length ? (
        <Text c="dimmed" size="sm">
          {t('empty')}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {data.sessionMessages.nodes.map((m) => (
            <li key={m.id}>
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {m.subject}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('meta', {
                      date: formatInstant(locale, m.createdAt, data.viewer.timeZone),
                      sender: m.sender ? `${m.sender.firstName} ${m.sender.lastName}` : t('formerUser'),
                      to: m.event ? t('toEvent', { event: m.event.name }) : t('toSession'),
                    })}
                  </Text>
                </div>
                <Group gap={6}>
                  <Badge variant="light" color="gray" tt="none">
                    {t(`channel.${m.channels}`)}
                  </Badge>
                  <Badge variant="light" color="cursus" tt="none">
                    {t('learners', { count: m.recipientCount })}
                  </Badge>
                  {m.channels !== 'INTERNAL' && (
                    <Badge variant="light" color="cursus" tt="none">
                      {t('emails', { count: m.emailCount })}
                    </Badge>
                  )}
                </Group>
              </Group>
              <Spoiler maxHeight={44} showLabel={t('more')} hideLabel={t('less')} mt={4}>
                <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                  {m.body}
                </Text>
              </Spoiler>
            </li>
          ))}
        </Stack>
      )}
      {data && data.sessionMessages.totalCount > data.sessionMessages.nodes.length && (
        <Text size="sm" c="dimmed" mt="sm">
          {t('notShown', { count: data.sessionMessages.totalCount - data.sessionMessages.nodes.length })}
        </Text>
      )}
    </Paper>
  );
}
