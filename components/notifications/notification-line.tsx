'use client';

import { Anchor, Badge, Group, Text } from '@mantine/core';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { HeaderNotificationsQuery } from '../../graphql-client/graphql';
import { formatInstant } from '../ui/dates';

export type NotificationNode = HeaderNotificationsQuery['notifications']['nodes'][number];

/** One notification in words (« Une place s’est libérée… »), linking to its session, with its date and « Nouveau ». */
export function NotificationLine({ notification: n, timeZone, action }: { notification: NotificationNode; timeZone: string; action?: ReactNode }) {
  const t = useTranslations('notifications');
  const locale = useLocale();
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      {!n.read && (
        <Badge size="xs" color="red.9" variant="filled" mt={3} style={{ flexShrink: 0 }}>
          {t('new')}
        </Badge>
      )}
      <div style={{ flex: 1 }}>
        <Anchor component={Link} href={`/catalogue/sessions/${n.session.id}`} size="sm" fw={n.read ? 400 : 600}>
          {t(`kind.${n.kind}`, { session: n.session.title, event: n.event?.name ?? '', onEvent: n.event ? 'yes' : 'no' })}
        </Anchor>
        <Text size="xs" c="dimmed">
          {formatInstant(locale, n.createdAt, timeZone)}
        </Text>
      </div>
      {action}
    </Group>
  );
}
