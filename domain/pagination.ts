import { EntityManager, EntityTarget, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';
import { ErrorReason } from './error-reasons';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/** A keyset order: a sort column of the entity, then its id as tie-breaker. */
export interface KeysetOrder {
  column: string;
  direction: 'ASC' | 'DESC';
}

type CursorValue = string | number | Date;
interface Cursor {
  value: CursorValue;
  id: number;
}

function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE)
    throw badInput('first', ErrorReason.PAGE_SIZE, `first must be between 0 and ${MAX_PAGE_SIZE}`);
  return size;
}

export function encodeCursor(value: unknown, id: number): string {
  const tagged = value instanceof Date ? { d: value.toISOString(), id } : { v: value, id };
  return Buffer.from(JSON.stringify(tagged)).toString('base64url');
}

function decodeCursor(after: string | null | undefined): Cursor | null {
  if (!after) return null;
  try {
    const raw = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (!Number.isInteger(raw.id)) throw new Error('no id');
    if (typeof raw.d === 'string') return { value: new Date(raw.d), id: raw.id };
    if (typeof raw.v === 'string' || typeof raw.v === 'number') return { value: raw.v, id: raw.id };
  } catch {
    // fall through: any malformed cursor is the caller's mistake
  }
  throw badInput('after', ErrorReason.BAD_CURSOR, 'after is not a cursor returned by this list');
}

/** Rows strictly after the cursor in (column, id) order. */
function applyCursor<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, order: KeysetOrder, cursor: Cursor | null) {
  if (!cursor) return;
  const cmp = order.direction === 'ASC' ? '>' : '<';
  qb.andWhere(
    `(${alias}.${order.column} ${cmp} :cursorValue OR (${alias}.${order.column} = :cursorValue AND ${alias}.id ${cmp} :cursorId))`,
    { cursorValue: cursor.value, cursorId: cursor.id },
  );
}

function pageOf<T extends ObjectLiteral>(rows: T[], size: number, totalCount: number, order: KeysetOrder): Page<T> {
  const nodes = rows.slice(0, size);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount,
    hasNextPage: rows.length > size,
    endCursor: last ? encodeCursor(last[order.column], last.id) : null,
  };
}

/** One page of a filtered query, in keyset order; totalCount counts the whole filtered list. */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  order: KeysetOrder,
  args: PageArgs,
): Promise<Page<T>> {
  const size = pageSize(args.first);
  const cursor = decodeCursor(args.after);
  const alias = qb.alias;
  const totalCount = await qb.clone().getCount();
  applyCursor(qb, alias, order, cursor);
  const rows = await qb
    .orderBy(`${alias}.${order.column}`, order.direction)
    .addOrderBy(`${alias}.id`, order.direction)
    .limit(size + 1)
    .getMany();
  return pageOf(rows, size, totalCount, order);
}

export interface ChildPagesSpec<T> {
  entity: EntityTarget<T>;
  /** The column that points at the parent (e.g. sessionId). */
  parentColumn: keyof T & string;
  order: KeysetOrder;
  /** Extra filter, e.g. `c.role = :role`, with its parameters; the alias is `c`. */
  where?: { sql: string; parameters: ObjectLiteral };
}

/**
 * The same page of children for many parents in three queries whatever their number (no N+1): ids ranked
 * per parent with ROW_NUMBER(), counts with GROUP BY, then the rows themselves.
 */
export async function childPages<T extends ObjectLiteral>(
  manager: EntityManager,
  spec: ChildPagesSpec<T>,
  parentIds: readonly number[],
  args: PageArgs,
): Promise<Page<T>[]> {
  const size = pageSize(args.first);
  const cursor = decodeCursor(args.after);
  const base = () => {
    const qb = manager.createQueryBuilder(spec.entity, 'c').where(`c.${spec.parentColumn} IN (:...parentIds)`, {
      parentIds: [...parentIds],
    });
    if (spec.where) qb.andWhere(spec.where.sql, spec.where.parameters);
    return qb;
  };
  const counts = await base()
    .select(`c.${spec.parentColumn}`, 'parentId')
    .addSelect('COUNT(*)', 'total')
    .groupBy(`c.${spec.parentColumn}`)
    .getRawMany<{ parentId: number; total: number | string }>();
  const ranked = base();
  applyCursor(ranked, 'c', spec.order, cursor);
  ranked
    .select('c.id', 'id')
    .addSelect(`c.${spec.parentColumn}`, 'parentId')
    .addSelect(
      `ROW_NUMBER() OVER (PARTITION BY c.${spec.parentColumn} ORDER BY c.${spec.order.column} ${spec.order.direction}, c.id ${spec.order.direction})`,
      'rn',
    );
  const idRows = await manager
    .createQueryBuilder()
    .select('t.id', 'id')
    .addSelect('t.parentId', 'parentId')
    .addSelect('t.rn', 'rn')
    .from(`(${ranked.getQuery()})`, 't')
    .where('t.rn <= :limit', { limit: size + 1 })
    .setParameters(ranked.getParameters())
    .orderBy('t.parentId')
    .addOrderBy('t.rn')
    .getRawMany<{ id: number; parentId: number }>();
  const rows = idRows.length
    ? await manager.getRepository(spec.entity).findBy({ id: In(idRows.map((r) => Number(r.id))) } as never)
    : [];
  const byId = new Map(rows.map((row) => [row.id as number, row]));
  const grouped = new Map<number, T[]>();
  for (const r of idRows) {
    const list = grouped.get(Number(r.parentId)) ?? [];
    list.push(byId.get(Number(r.id))!);
    grouped.set(Number(r.parentId), list);
  }
  const totals = new Map(counts.map((c) => [Number(c.parentId), Number(c.total)]));
  return parentIds.map((id) => pageOf(grouped.get(id) ?? [], size, totals.get(id) ?? 0, spec.order));
}
