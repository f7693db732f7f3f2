import { Actor } from '../../domain/actor';

/** A signed-in user who manages these organisations (ids as the API gives them). */
export const managerActor = (userId: string, ...organisations: string[]): Actor => ({
  kind: 'user',
  userId: Number(userId),
  isAdmin: false,
  managedOrganisationIds: organisations.map(Number),
});
