'use client';

import { Badge, Button, Group, Popover, Stack, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslations } from 'next-intl';
import { NotificationLine } from './notification-line';
import { useNotifications } from './use-notifications';

/**
 * #9 §4: the bell of the site and management headers, for a signed-in user: the unread count, the latest
 * notifications (a promotion from a waiting list, a validation decision), and « tout marquer comme lu ».
 */
export function NotificationsMenu() {
  const t = useTranslations('notifications');
  const { data, error, marking, load, markRead } = useNotifications(10);

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
              <Button size="compact-xs" variant="subtle" onClick={() => void markRead()} loading={marking}>
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
          {data && nodes.length > 0 && (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {nodes.map((n) => (
                <li key={n.id}>
                  <NotificationLine notification={n} timeZone={data.viewer.timeZone} />
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
