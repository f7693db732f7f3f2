import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor } from '../domain/actor';
import { DomainContext } from '../domain/context';
import { Clock } from '../domain/clock';
import { createLoaders, Loaders } from './loaders';

/** Per-request context: the domain context (actor, clock, data access) and this request's DataLoaders. */
export interface GraphQLContext {
  domain: DomainContext;
  loaders: Loaders;
  requestId: string;
  /** The caller's address as the reverse proxy gives it (server/client-address.ts), for throttling; null when unknown. */
  clientAddress: string | null;
}

export function createContext(dataSource: DataSource, actor: Actor, clock: Clock, clientAddress: string | null = null): GraphQLContext {
  const domain: DomainContext = { manager: dataSource.manager, clock, actor };
  return { domain, loaders: createLoaders(domain), requestId: randomUUID(), clientAddress };
}
