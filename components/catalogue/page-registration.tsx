'use client';

import { useRouter } from 'next/navigation';
import { EventRegistration } from './event-registration';
import { SessionRegistration } from './session-registration';

/**
 * The registration islands as a server page holds them: after each registration change the page's server data
 * (seats, the reader's state, the events they may join) is read again.
 */
export function SessionRegistrationOnPage({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  return <SessionRegistration sessionId={sessionId} onChange={() => router.refresh()} />;
}

export function EventRegistrationOnPage({ eventId }: { eventId: string }) {
  const router = useRouter();
  return <EventRegistration eventId={eventId} onChange={() => router.refresh()} />;
}
