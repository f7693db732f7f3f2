import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../graphql/context';
import { createContext } from '../graphql/context';
import { DomainError } from '../domain/errors';
import { actorFromRequest } from './actor';
import type { CursusRuntime } from './runtime';

/**
 * The request → actor → context step, the same for the API route and for server-rendered pages. A request
 * whose credentials are refused (an Authorization header with no active token, #6 §5) is answered 401 as a
 * whole, with the challenge of RFC 6750, before any resolver runs.
 */
export async function contextForRequest(runtime: CursusRuntime, request: Request): Promise<GraphQLContext> {
  const { dataSource, clock } = runtime;
  try {
    return createContext(dataSource, await actorFromRequest(request, dataSource.manager, clock), clock);
  } catch (error) {
    if (!(error instanceof DomainError) || error.kind !== 'UNAUTHENTICATED') throw error;
    const headers = new HeaderMap([['www-authenticate', 'Bearer error="invalid_token"']]);
    throw new GraphQLError(error.message, { extensions: { code: error.kind, reason: error.reason, http: { status: 401, headers } } });
  }
}
