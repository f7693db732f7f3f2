'use client';

import { graphqlFetch } from '../ui/graphql-fetch';
import { RegistrationAnswer, RegistrationIsland } from './registration-island';
import { RegisterToSession, SessionRegistrationState, UnregisterFromSession } from './registration-operations';

export interface SessionRegistrationProps {
  sessionId: string;
  /** Told after each registration (the API's answer) and unregistration (null). */
  onChange?: (answer: RegistrationAnswer | null) => void;
}

/** #9 §2: the registration button of a session, self-contained: it reads its state from the API. */
export function SessionRegistration({ sessionId, onChange }: SessionRegistrationProps) {
  return (
    <RegistrationIsland
      key={sessionId}
      kind="session"
      load={async () => {
        const { viewer, session } = await graphqlFetch(SessionRegistrationState, { id: sessionId });
        return { viewer, registration: session.registration, viewerRegistration: session.viewerRegistration };
      }}
      register={async () => (await graphqlFetch(RegisterToSession, { id: sessionId })).registerToSession}
      unregister={() => graphqlFetch(UnregisterFromSession, { id: sessionId })}
      onChange={onChange}
    />
  );
}
