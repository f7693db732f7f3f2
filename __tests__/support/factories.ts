import { randomBytes } from 'node:crypto';
import { Actor } from '../../domain/actor';
import { TestApi } from './api';

const unique = () => randomBytes(4).toString('hex');

/** Data factories with random names, going through the public GraphQL API. */
export function factories(api: TestApi) {
  const f = {
    async organisation(name = `Org ${unique()}`): Promise<string> {
      const data = await api.ok(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, {
        input: { name },
      });
      return data.createOrganisation.id;
    },
    async user(overrides: Record<string, unknown> = {}): Promise<string> {
      const id = unique();
      const data = await api.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: { email: `user-${id}@example.org`, firstName: 'Prénom', lastName: `Nom ${id}`, ...overrides },
      });
      return data.createUser.id;
    },
    async location(timeZone = 'Europe/Paris', overrides: Record<string, unknown> = {}): Promise<string> {
      const data = await api.ok(`mutation($input: CreateLocationInput!) { createLocation(input: $input) { id } }`, {
        input: { name: `Salle ${unique()}`, address: '1 rue de la Paix', timeZone, ...overrides },
      });
      return data.createLocation.id;
    },
    async training(overrides: Record<string, unknown> = {}): Promise<string> {
      const organisationIds = (overrides.organisationIds as string[]) ?? [await f.organisation()];
      const data = await api.ok(`mutation($input: CreateTrainingInput!) { createTraining(input: $input) { id } }`, {
        input: { code: `T-${unique()}`, title: `Formation ${unique()}`, ...overrides, organisationIds },
      });
      return data.createTraining.id;
    },
    async session(overrides: Record<string, unknown> = {}): Promise<string> {
      const trainingId = (overrides.trainingId as string) ?? (await f.training());
      const data = await api.ok(`mutation($input: CreateSessionInput!) { createSession(input: $input) { id } }`, {
        input: { startDate: '2026-03-01T00:00:00Z', endDate: '2026-06-30T00:00:00Z', ...overrides, trainingId },
      });
      return data.createSession.id;
    },
    async event(sessionId: string, overrides: Record<string, unknown> = {}): Promise<string> {
      const data = await api.ok(`mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`, {
        input: { sessionId, name: `Séance ${unique()}`, startAt: '2026-03-10T08:00:00Z', endAt: '2026-03-10T11:00:00Z', ...overrides },
      });
      return data.createEvent.id;
    },
    async inscription(input: { sessionId?: string; eventId?: string; userId: string; role?: string }, actor?: Actor) {
      const data = await api.ok(
        `mutation($input: AddInscriptionInput!) { addInscription(input: $input) { id state } }`,
        { input: { role: 'LEARNER', ...input } },
        actor,
      );
      return data.addInscription as { id: string; state: string };
    },
  };
  return f;
}
