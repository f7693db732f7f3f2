import { EntityTarget, ObjectLiteral } from 'typeorm';
import { DomainContext } from './context';
import { notFound } from './errors';
import { applyScope, Condition } from './scope';

/**
 * Loads a row by id within the actor's scope: outside it, NOT_FOUND exactly like a missing id. `relation`, a
 * many-to-one relation, is read with it in the same statement (it is visible with the row).
 */
export async function findVisible<T extends ObjectLiteral>(
  ctx: DomainContext,
  entity: EntityTarget<T>,
  condition: (alias: string) => Condition | null,
  id: number,
  what: string,
  field?: string,
  relation?: keyof T & string,
): Promise<T> {
  const query = ctx.manager.createQueryBuilder(entity, 'v').where('v.id = :id', { id });
  if (relation) query.innerJoinAndSelect(`v.${relation}`, 'rel');
  const row = Number.isSafeInteger(id) ? await applyScope(query, condition('v')).getOne() : null;
  if (!row) throw notFound(what, field);
  return row;
}
