import { EntityManager } from 'typeorm';
import { Clock } from './clock';
import { Actor } from './actor';

/** What every domain function is given: the data access, the time and the actor. */
export interface DomainContext {
  manager: EntityManager;
  clock: Clock;
  actor: Actor;
}
