'use client';

import { Anchor, Badge, Button, Group, Popover, Stack, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import type { HeaderNotificationsQuery } from '../../graphql-client/graphql';
import { formatInstant } from '../ui/dates';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { HeaderNotifications, MarkNotificationsRead } from './notification-operations';

/**
 * #9 §4: the bell of the site and management headers, for a signed-in user: the unread count, the latest
 * notifications (a promotion from a waiting list, a validation decision), and « tout marquer comme lu ».
 */
export function NotificationsMenu() {
  const t = useTranslations('notifications');
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const [data, setData] = useState<HeaderNotificationsQuery | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [marking, setMarking] = useState(false);

  const load = useCallback(async () => {
    try {
      setData(await graphqlFetch(HeaderNotifications));
      setError(null);
    } catch (e) {
      setError(e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({}));
    }
    // errorMessage is only read when a load fails.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  async function markAllRead() {
    setMarking(true);
    try {
      await graphqlFetch(MarkNotificationsRead);
      await load();
    } catch (e) {
      setError(e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({}));
    } finally {
      setMarking(false);
    }
  }

  const unread = data?.unreadNotificationCount ?? 0;
  const nodes = data?.notifications.nodes ?? [];
  return (
    <Popover width={340} position="bottom-end" shadow="md" withArrow onOpen={() => void load()}>
      <Popover.Target>
        {/* The popover's ARIA (aria-expanded, aria-controls) goes on its direct child: the button itself. */}
        <Button
          variant="subtle"
          color="gray"
          size="compact-md"
          px={6}
          aria-label={t('button', { count: unread })}
          leftSection={<IconBell size={20} aria-hidden />}
          rightSection={
            unread > 0 ? (
              <Badge size="sm" circle color="red.9" variant="filled" aria-hidden>
                {unread}
              </Badge>
            ) : undefined
          }
        />
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm">
          <Group justify="space-between">
            <Text fw={700} size="sm">
              {t('title')}
            </Text>
            {unread > 0 && (
              <Button size="compact-xs" variant="subtle" onClick={markAllRead} loading={marking}>
                {t('markAllRead')}
              </Button>
            )}
          </Group>
          {error && (
            <Text role="alert" c="red.9" size="sm">
              {error}
            </Text>
          )}
          {data && nodes.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('empty')}
            </Text>
          )}
          {nodes.length > 0 && (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {nodes.map((n) => (
                <li key={n.id}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    {!n.read && (
                      <Badge size="xs" color="red.9" variant="filled" mt={3} style={{ flexShrink: 0 }}>
                        {t('new')}
                      </Badge>
                    )}
                    <div>
                      <Anchor component={Link} href={`/catalogue/sessions/${n.session.id}`} size="sm" fw={n.read ? 400 : 600}>
                        {t(`kind.${n.kind}`, { session: n.session.title, event: n.event?.name ?? '', onEvent: n.event ? 'yes' : 'no' })}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {formatInstant(locale, n.createdAt, data!.viewer.timeZone)}
                      </Text>
                    </div>
                  </Group>
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
