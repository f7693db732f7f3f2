'use client';

import { useRouter } from 'next/navigation';
import { manageRoutes } from '../manage/routes';
import { type ActionableEvent, EventRowActions } from './event-row-actions';

/**
 * The event page's header menu (#8 screen 4: « every action of the row »): the events tool's menu, then the page
 * asks the API again; once the event is deleted, its session's events take its place.
 */
export function EventPageActions({ event }: { event: ActionableEvent }) {
  const router = useRouter();
  return (
    <EventRowActions
      event={event}
      onChanged={({ deleted }) => (deleted ? router.push(manageRoutes.sessionTab(event.sessionId, 'events')) : router.refresh())}
    />
  );
}
