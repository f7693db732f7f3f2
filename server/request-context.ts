import type { GraphQLContext } from '../graphql/context';
import { createContext } from '../graphql/context';
import { databaseUnavailableError, isDatabaseUnavailable } from '../graphql/database-unavailable';
import { actorFromRequest } from './actor';
import type { CursusRuntime } from './runtime';

/** The request → actor → context step, the same for the API route and for server-rendered pages. */
export async function contextForRequest(runtime: CursusRuntime, request: Request): Promise<GraphQLContext> {
  const { dataSource, clock } = runtime;
  const actor = await actorFromRequest(request, dataSource.manager, clock).catch((error: unknown) => {
    // #6 §9: finding the caller's token or user needs the database; Apollo answers this error with a 503.
    throw isDatabaseUnavailable(error) ? databaseUnavailableError(error) : error;
  });
  return createContext(dataSource, actor, clock);
}
