'use client';

import { Badge, Button } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { graphqlFetch } from '../ui/graphql-fetch';
import { useMessagesChanged } from './messages-changed';
import { UnreadMessageCount } from './message-operations';

/** Where a learner reads their messages: the inbox section of /me. */
export const INBOX_HREF = '/me#my-messages';

/**
 * R13: the envelope of the site and management headers, next to the bell: how many of my messages are unread,
 * linking to my inbox on /me. A count that fails to load shows no badge (the link still works).
 */
export function MessagesLink() {
  const t = useTranslations('messages');
  const [unread, setUnread] = useState(0);
  const load = useCallback(() => {
    graphqlFetch(UnreadMessageCount).then(
      (data) => setUnread(data.unreadMessageCount),
      () => undefined,
    );
  }, []);
  useEffect(load, [load]);
  useMessagesChanged(load);
  return (
    <Button
      component={Link}
      href={INBOX_HREF}
      variant="subtle"
      color="gray"
      size="compact-md"
      px={6}
      aria-label={t('headerLink', { count: unread })}
      leftSection={<IconMail size={20} aria-hidden />}
      rightSection={
        unread > 0 ? (
          <Badge size="sm" circle color="red.9" variant="filled" aria-hidden data-testid="unread-messages">
            {unread}
          </Badge>
        ) : undefined
      }
    />
  );
}
