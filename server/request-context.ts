import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../graphql/context';
import { createContext } from '../graphql/context';
import { databaseUnavailableError, isDatabaseUnavailable } from '../graphql/database-unavailable';
import { DomainError } from '../domain/errors';
import { actorFromRequest, type RequestHeaders } from './actor';
import { clientAddress } from './client-address';
import type { CursusRuntime } from './runtime';

/** Refused credentials answer the whole request 401, with the challenge of RFC 6750, before any resolver runs. */
const refusedCredentials = (error: DomainError) =>
  new GraphQLError(error.message, {
    extensions: {
      code: error.kind,
      reason: error.reason,
      http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer error="invalid_token"']]) },
    },
  });

/** The request → actor → context step, the same for /api/graphql and for server-rendered pages. */
export async function contextForRequest(runtime: CursusRuntime, headers: RequestHeaders): Promise<GraphQLContext> {
  const { dataSource, clock } = runtime;
  const actor = await actorFromRequest(headers, dataSource.manager, clock).catch((error: unknown) => {
    // #6 §9: finding the caller's token or user needs the database; Apollo answers this error with a 503.
    if (isDatabaseUnavailable(error)) throw databaseUnavailableError(error);
    // #6 §5: an Authorization header with no active token.
    if (error instanceof DomainError && error.kind === 'UNAUTHENTICATED') throw refusedCredentials(error);
    throw error;
  });
  return createContext(dataSource, actor, clock, clientAddress(headers));
}
