'use client';

import { Badge, Button, Card, Collapse, Group, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import type { MyMessagesQuery } from '../../graphql-client/graphql';
import { formatInstant } from '../ui/dates';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { AnchorLink } from '../ui/links';
import { announceMessagesChanged, useMessagesChanged } from './messages-changed';
import { MarkMessagesRead, MyMessages as MyMessagesQueryDocument } from './message-operations';

const SHOWN = 30;

type Received = MyMessagesQuery['myMessages']['nodes'][number];

/**
 * R13: my inbox on /me, newest first. Opening a message shows its text and marks it read (the header's count
 * follows); « tout marquer comme lu » reads them all.
 */
export function MyMessages() {
  const t = useTranslations('messages.inbox');
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const [data, setData] = useState<MyMessagesQuery | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const describe = useCallback((e: unknown) => setError(e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({})), [errorMessage]);

  const load = useCallback(() => {
    graphqlFetch(MyMessagesQueryDocument, { first: SHOWN }).then((result) => {
      setData(result);
      setError(null);
    }, describe);
  }, [describe]);
  useEffect(load, [load]);
  useMessagesChanged(load);

  async function markRead(ids?: string[]) {
    try {
      await graphqlFetch(MarkMessagesRead, { ids });
      announceMessagesChanged();
    } catch (e) {
      describe(e);
    }
  }

  function toggle(message: Received) {
    setOpen(open === message.id ? null : message.id);
    if (!message.read) void markRead([message.id]);
  }

  if (error)
    return (
      <Text role="alert" c="red.9" size="sm">
        {error}
      </Text>
    );
  if (!data) return <Loader size="sm" role="status" aria-label={t('loading')} />;
  const nodes = data.myMessages.nodes;
  if (!nodes.length) return <Text c="dimmed">{t('empty')}</Text>;
  const zone = data.viewer.timeZone;
  return (
    <Stack gap="xs">
      {data.unreadMessageCount > 0 && (
        <Group>
          <Button size="compact-sm" variant="light" onClick={() => void markRead()}>
            {t('markAllRead')}
          </Button>
        </Group>
      )}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {nodes.map((m) => {
          const expanded = open === m.id;
          const panelId = `message-${m.id}`;
          return (
            <Card key={m.id} component="li" withBorder padding="sm" radius="sm">
              <UnstyledButton onClick={() => toggle(m)} aria-expanded={expanded} aria-controls={panelId} w="100%">
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  {!m.read && (
                    <Badge size="xs" color="red.9" variant="filled" mt={3} style={{ flexShrink: 0 }}>
                      {t('new')}
                    </Badge>
                  )}
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" fw={m.read ? 400 : 700} style={{ overflowWrap: 'anywhere' }}>
                      {m.subject}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('from', {
                        sender: m.sender ? `${m.sender.firstName} ${m.sender.lastName}` : t('formerUser'),
                        date: formatInstant(locale, m.sentAt, zone),
                      })}
                    </Text>
                  </div>
                  <Text size="xs" c="cursus.8" style={{ flexShrink: 0 }}>
                    {expanded ? t('close') : t('open')}
                  </Text>
                </Group>
              </UnstyledButton>
              <Collapse expanded={expanded} id={panelId}>
                <Stack gap={6} mt="sm">
                  <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                    {m.body}
                  </Text>
                  <AnchorLink href={`/catalogue/sessions/${m.session.id}${m.event ? `#event-${m.event.id}` : ''}`} size="xs">
                    {m.event ? t('aboutEvent', { event: m.event.name, session: m.session.title }) : t('aboutSession', { session: m.session.title })}
                  </AnchorLink>
                </Stack>
              </Collapse>
            </Card>
          );
        })}
      </Stack>
      {data.myMessages.totalCount > nodes.length && (
        <Text size="sm" c="dimmed">
          {t('more', { count: data.myMessages.totalCount - nodes.length })}
        </Text>
      )}
    </Stack>
  );
}
