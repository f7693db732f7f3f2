import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { notFound } from './errors';

/** Loads a row by id or fails with NOT_FOUND naming the input field. */
export async function findOrFail<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: number,
  what: string,
  field?: string,
): Promise<T> {
  const row = Number.isSafeInteger(id) ? await manager.findOneBy(entity, { id } as never) : null;
  if (!row) throw notFound(what, field);
  return row;
}

/** Fails with NOT_FOUND unless every id exists. */
export async function assertAllExist<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  ids: readonly number[],
  what: string,
  field: string,
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.some((id) => !Number.isSafeInteger(id))) throw notFound(what, field);
  if (!unique.length) return;
  const found = await manager.countBy(entity, { id: In(unique) } as never);
  if (found !== unique.length) throw notFound(what, field);
}
