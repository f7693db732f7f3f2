'use client';

import { graphqlFetch } from '../ui/graphql-fetch';
import { RegistrationAnswer, RegistrationIsland } from './registration-island';
import { EventRegistrationState, RegisterToEvent, UnregisterFromEvent } from './registration-operations';

export interface EventRegistrationProps {
  eventId: string;
  /** Told after each registration (the API's answer) and unregistration (null). */
  onChange?: (answer: RegistrationAnswer | null) => void;
}

/** #9 §3: the registration button of a PUBLIC event for the session's learners, self-contained like the session's. */
export function EventRegistration({ eventId, onChange }: EventRegistrationProps) {
  return (
    <RegistrationIsland
      key={eventId}
      kind="event"
      load={async () => {
        const { viewer, event } = await graphqlFetch(EventRegistrationState, { id: eventId });
        return { viewer, registration: event.registration, viewerRegistration: event.viewerRegistration };
      }}
      register={async () => (await graphqlFetch(RegisterToEvent, { id: eventId })).registerToEvent}
      unregister={() => graphqlFetch(UnregisterFromEvent, { id: eventId })}
      onChange={onChange}
    />
  );
}
