import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { notFound } from './errors';

/**
 * Loads a row by id with NO scope, or fails with NOT_FOUND naming the input field. Scope belongs in the query
 * (visible.ts findVisible); this is only for rows that have no organisation scope or that the caller has
 * already reached in scope, and each call says which (conventions: a scope-skipping helper is `unsafe…`).
 */
export async function unsafeFindById<T extends ObjectLiteral>(
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

/** Fails with NOT_FOUND unless every id exists, with NO scope (like unsafeFindById: each call says why). */
export async function unsafeAssertAllExist<T extends ObjectLiteral>(
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
