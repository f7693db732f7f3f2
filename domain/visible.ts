import { EntityTarget, ObjectLiteral } from 'typeorm';
import { DomainContext } from './context';
import { notFound } from './errors';
import { applyScope, Condition } from './scope';

/** Loads a row by id within the actor's scope: outside it, NOT_FOUND exactly like a missing id. */
export async function findVisible<T extends ObjectLiteral>(
  ctx: DomainContext,
  entity: EntityTarget<T>,
  condition: (alias: string) => Condition | null,
  id: number,
  what: string,
  field?: string,
): Promise<T> {
  const row = Number.isSafeInteger(id)
    ? await applyScope(ctx.manager.createQueryBuilder(entity, 'v').where('v.id = :id', { id }), condition('v')).getOne()
    : null;
  if (!row) throw notFound(what, field);
  return row;
}
