import type { GraphQLContext } from '../graphql/context';
import { createContext } from '../graphql/context';
import { actorFromRequest } from './actor';
import type { CursusRuntime } from './runtime';

/** The request → actor → context step, the same for the API route and for server-rendered pages. */
export async function contextForRequest(runtime: CursusRuntime, request: Request): Promise<GraphQLContext> {
  const { dataSource, clock } = runtime;
  return createContext(dataSource, await actorFromRequest(request, dataSource.manager, clock), clock);
}
