'use client';

import { useCallback, useEffect, useState } from 'react';
import type { HeaderNotificationsQuery } from '../../graphql-client/graphql';
import { useErrorMessage } from '../ui/error-messages';
import { ApiRequestError, graphqlFetch } from '../ui/graphql-fetch';
import { HeaderNotifications, MarkNotificationsRead } from './notification-operations';

// Told when notifications are marked read, so that the header's bell and the list on /me agree.
const CHANGED = 'cursus:notifications-read';

/** My latest notifications from the API, and marking them read (some, or all when no ids are given). */
export function useNotifications(first: number) {
  const errorMessage = useErrorMessage();
  const [data, setData] = useState<HeaderNotificationsQuery | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [marking, setMarking] = useState(false);
  const describe = (e: unknown) => (e instanceof ApiRequestError ? errorMessage(e.errors[0]) : errorMessage({}));

  const load = useCallback(async () => {
    try {
      setData(await graphqlFetch(HeaderNotifications, { first }));
      setError(null);
    } catch (e) {
      setError(describe(e));
    }
    // describe is only read when a load fails.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [first]);

  useEffect(() => {
    void load();
    const reload = () => void load();
    window.addEventListener(CHANGED, reload);
    return () => window.removeEventListener(CHANGED, reload);
  }, [load]);

  async function markRead(ids?: string[]) {
    setMarking(true);
    try {
      await graphqlFetch(MarkNotificationsRead, { ids });
      window.dispatchEvent(new Event(CHANGED));
    } catch (e) {
      setError(describe(e));
    } finally {
      setMarking(false);
    }
  }

  return { data, error, marking, load, markRead };
}
