'use client';

import { Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslations } from 'next-intl';
import { NotificationLine } from './notification-line';
import { useNotifications } from './use-notifications';

const SHOWN = 20;

/** #9 §5: my notifications on /me, the latest first, each to mark read, or all at once. */
export function MyNotifications() {
  const t = useTranslations('notifications');
  const { data, error, marking, markRead } = useNotifications(SHOWN);
  if (error)
    return (
      <Text role="alert" c="red.9" size="sm">
        {error}
      </Text>
    );
  if (!data) return <Loader size="sm" role="status" aria-label={t('loading')} />;
  const nodes = data.notifications.nodes;
  if (!nodes.length) return <Text c="dimmed">{t('empty')}</Text>;
  return (
    <Stack gap="xs">
      {data.unreadNotificationCount > 0 && (
        <Group>
          <Button size="compact-sm" variant="light" onClick={() => void markRead()} loading={marking}>
            {t('markAllRead')}
          </Button>
        </Group>
      )}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {nodes.map((n) => (
          <Card key={n.id} component="li" withBorder padding="sm" radius="sm">
            <NotificationLine
              notification={n}
              timeZone={data.viewer.timeZone}
              action={
                !n.read && (
                  <Button size="compact-xs" variant="subtle" onClick={() => void markRead([n.id])} disabled={marking}>
                    {t('markRead')}
                  </Button>
                )
              }
            />
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
