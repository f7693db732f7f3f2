import { createHash } from 'node:crypto';
import { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { inDateRange } from './date-range';
import { badInput, DomainError } from './errors';
import { ErrorReason } from './error-reasons';
import type { Condition } from './scope';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/**
 * #6 §12: the longest `after` accepted. A cursor holds its sort value (at most 255 characters): one of
 * three-byte characters needs about 1 200 characters once base64url-encoded, and one of control characters
 * stored before §11 refused them (each JSON-escaped to six bytes) about 2 250.
 */
export const MAX_CURSOR_LENGTH = 2400;

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

/**
 * #6 §12: what a cursor belongs to. A cursor continues exactly the list it came from: the same list, order and
 * filter, and for a nested list the same parent. Any other `after` is the caller's mistake (BAD_CURSOR), never
 * a silent restart or an empty page. The filter is kept as a short hash; no secret is needed, since a forged
 * cursor can only page through what its caller may see anyway.
 */
interface Binding {
  list: string;
  order: string;
  filter: string;
  parent?: number;
}

type CursorValue = string | number | Date;
type ValueKind = 'date' | 'number' | 'string';

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

/** The same JSON for the same filter whatever the key order; omitted and null fields are left out. */
function canonicalJson(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonicalJson);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, field]) => field != null)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, field]) => [key, canonicalJson(field)]),
    );
  return value;
}

const filterHash = (filter: unknown) =>
  createHash('sha256').update(JSON.stringify(canonicalJson(filter ?? {}))).digest('base64url').slice(0, 12);

function binding(list: string, order: KeysetOrder, filter: unknown): Binding {
  return { list, order: `${order.column}:${order.direction}`, filter: filterHash(filter) };
}

/** How the sort column is typed, so a cursor's value can be checked before it reaches SQL. */
function valueKind(metadata: EntityMetadata, column: string): ValueKind {
  const type = metadata.findColumnWithPropertyName(column)?.type;
  if (type === 'datetime' || type === Date) return 'date';
  if (type === 'int' || type === Number) return 'number';
  return 'string';
}

function encodeCursor(bound: Binding, value: unknown, id: number, segment?: number): string {
  const tagged = value instanceof Date ? { d: value.toISOString() } : { v: value };
  return Buffer.from(
    JSON.stringify({ l: bound.list, o: bound.order, f: bound.filter, p: bound.parent, s: segment, ...tagged, i: id }),
  ).toString('base64url');
}

const badCursor = (why: string) => badInput('after', ErrorReason.BAD_CURSOR, `after ${why}`);
const NOT_OURS = 'is not a cursor of this list, order and filter (pass the endCursor this list returned)';

/** The value of a cursor, if it has the column's type (dates in the accepted range, as this list wrote them). */
function valueOf(raw: Record<string, unknown>, kind: ValueKind): CursorValue | null {
  if (kind === 'date') {
    if (typeof raw.d !== 'string') return null;
    const date = new Date(raw.d);
    return inDateRange(date) && date.toISOString() === raw.d ? date : null;
  }
  if (kind === 'number') return Number.isSafeInteger(raw.v) ? (raw.v as number) : null;
  return typeof raw.v === 'string' ? raw.v : null;
}

/** The fields of a cursor of the bound list, checked for shape and binding; null without one. */
function cursorFields(after: string | null | undefined, bound: Binding): Record<string, unknown> | null {
  if (!after) return null;
  if (after.length > MAX_CURSOR_LENGTH) throw badCursor(`is longer than ${MAX_CURSOR_LENGTH} characters`);
  if (!/^[A-Za-z0-9_-]+$/.test(after)) throw badCursor(NOT_OURS);
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw badCursor(NOT_OURS);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw badCursor(NOT_OURS);
  const fields = raw as Record<string, unknown>;
  if (fields.l !== bound.list || fields.o !== bound.order || fields.f !== bound.filter) throw badCursor(NOT_OURS);
  return fields;
}

/** The position `after` names in the bound list; null without one. `parent` comes back for nested lists. */
function decodeCursor(after: string | null | undefined, bound: Binding, kind: ValueKind): (Cursor & { parent?: number }) | null {
  const fields = cursorFields(after, bound);
  if (!fields) return null;
  return positionOf(fields, kind);
}

function positionOf(fields: Record<string, unknown>, kind: ValueKind): Cursor & { parent?: number } {
  const parent = fields.p;
  if (parent !== undefined && !Number.isSafeInteger(parent)) throw badCursor(NOT_OURS);
  const id = fields.i;
  const value = valueOf(fields, kind);
  if (!Number.isSafeInteger(id) || (id as number) < 1 || value === null) throw badCursor(NOT_OURS);
  return { value, id: id as number, parent: parent as number | undefined };
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

function pageOf<T extends ObjectLiteral>(rows: T[], size: number, totalCount: number, order: KeysetOrder, bound: Binding): Page<T> {
  const nodes = rows.slice(0, size);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount,
    hasNextPage: rows.length > size,
    endCursor: last ? encodeCursor(bound, last[order.column], last.id) : null,
  };
}

/**
 * One page of a filtered query, in keyset order; totalCount counts the whole filtered list. Its cursors are
 * bound to the entity listed, the order and `filter` (give every argument that narrows the list).
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  order: KeysetOrder,
  args: PageArgs,
  filter?: object,
): Promise<Page<T>> {
  const size = pageSize(args.first);
  const metadata = qb.expressionMap.mainAlias!.metadata;
  const bound = binding(metadata.name, order, filter);
  const cursor = decodeCursor(args.after, bound, valueKind(metadata, order.column));
  if (cursor?.parent !== undefined) throw badCursor(NOT_OURS);
  const alias = qb.alias;
  const totalCount = await qb.clone().getCount();
  applyCursor(qb, alias, order, cursor);
  const rows = await qb
    .orderBy(`${alias}.${order.column}`, order.direction)
    .addOrderBy(`${alias}.id`, order.direction)
    .limit(size + 1)
    .getMany();
  return pageOf(rows, size, totalCount, order, bound);
}

/**
 * An order whose list is made of parts shown one after the other, each a filter of the list in its own keyset
 * order on an indexed column (#7 screen 4): the sessions by derived status (upcoming, then ongoing, then ended,
 * R4), by capacity (limited ones, then the unlimited). Its cursors also name their part.
 */
export interface SegmentedOrder {
  /** Names the order in its cursors (e.g. `status:ASC`). */
  name: string;
  segments: { where: Condition; order: KeysetOrder }[];
}

/** One page of a filtered query in a segmented order; totalCount counts the whole filtered list. */
export async function paginateSegments<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  order: SegmentedOrder,
  args: PageArgs,
  filter?: object,
): Promise<Page<T>> {
  const size = pageSize(args.first);
  const metadata = qb.expressionMap.mainAlias!.metadata;
  const bound: Binding = { list: metadata.name, order: order.name, filter: filterHash(filter) };
  const fields = cursorFields(args.after, bound);
  let start = 0;
  let cursor: Cursor | null = null;
  if (fields) {
    const segment = fields.s;
    if (!Number.isSafeInteger(segment) || (segment as number) < 0 || (segment as number) >= order.segments.length)
      throw badCursor(NOT_OURS);
    start = segment as number;
    const position = positionOf(fields, valueKind(metadata, order.segments[start].order.column));
    if (position.parent !== undefined) throw badCursor(NOT_OURS);
    cursor = position;
  }
  const alias = qb.alias;
  const totalCount = await qb.clone().getCount();
  const rows: { row: T; segment: number }[] = [];
  for (let segment = start; segment < order.segments.length && rows.length <= size; segment++) {
    const part = order.segments[segment];
    const query = qb.clone().andWhere(part.where.sql, part.where.parameters);
    if (segment === start) applyCursor(query, alias, part.order, cursor);
    const found = await query
      .orderBy(`${alias}.${part.order.column}`, part.order.direction)
      .addOrderBy(`${alias}.id`, part.order.direction)
      .limit(size + 1 - rows.length)
      .getMany();
    rows.push(...found.map((row) => ({ row, segment })));
  }
  const taken = rows.slice(0, size);
  const last = taken[taken.length - 1];
  return {
    nodes: taken.map((r) => r.row),
    totalCount,
    hasNextPage: rows.length > size,
    endCursor: last ? encodeCursor(bound, last.row[order.segments[last.segment].order.column], last.row.id, last.segment) : null,
  };
}

export interface ChildPagesSpec<T> {
  entity: EntityTarget<T>;
  /** The column that points at the parent (e.g. sessionId). */
  parentColumn: keyof T & string;
  order: KeysetOrder;
  /** Extra filter, e.g. `c.role = :role`, with its parameters; the alias is `c`. */
  where?: { sql: string; parameters: ObjectLiteral };
  /** A many-to-one relation read with each row in the same statement (e.g. an inscription's `user`). */
  withRelation?: keyof T & string;
}

/**
 * The same page of children for many parents in one statement whatever their number (no N+1): the rows ranked
 * per parent with ROW_NUMBER() and counted per parent with COUNT(*) OVER, read with their row (#11: one
 * statement, not ids then rows then counts). After a cursor the page holds only what follows it, so the whole
 * list is then counted apart (GROUP BY). `list` names the list with its filter (the loaders' batch key, e.g.
 * `sessionInscriptions:LEARNER::*`); its cursors are also bound to their parent. #6 §12: so an `after`
 * continues the list of the one parent it came from, and is refused (BAD_CURSOR) under every other parent of
 * the batch.
 */
export async function childPages<T extends ObjectLiteral>(
  manager: EntityManager,
  spec: ChildPagesSpec<T>,
  list: string,
  parentIds: readonly number[],
  args: PageArgs,
): Promise<(Page<T> | DomainError)[]> {
  const size = pageSize(args.first);
  const bound = binding(list, spec.order, {});
  const cursor = decodeCursor(args.after, bound, valueKind(manager.connection.getMetadata(spec.entity), spec.order.column));
  if (cursor && cursor.parent === undefined) throw badCursor(NOT_OURS);
  const paged = cursor ? parentIds.filter((id) => id === cursor.parent) : [...parentIds];
  const ranked = paged.length ? await rankedPages(manager, spec, paged, size, cursor) : { pages: new Map<number, T[]>(), totals: new Map<number, number>() };
  const totals = cursor && paged.length ? await childCounts(manager, spec, paged) : ranked.totals;
  return parentIds.map((id) =>
    cursor && id !== cursor.parent
      ? badCursor("belongs to another parent's list: continue a nested list under its own parent only")
      : pageOf(ranked.pages.get(id) ?? [], size, totals.get(id) ?? 0, spec.order, { ...bound, parent: id }),
  );
}

function childQuery<T extends ObjectLiteral>(manager: EntityManager, spec: ChildPagesSpec<T>, parentIds: readonly number[]) {
  const qb = manager.createQueryBuilder(spec.entity, 'c').where(`c.${spec.parentColumn} IN (:...parentIds)`, {
    parentIds: [...parentIds],
  });
  if (spec.where) qb.andWhere(spec.where.sql, spec.where.parameters);
  return qb;
}

/** How many children each parent has, in one grouped COUNT (for a list asked only for its totalCount). */
export async function childCounts<T extends ObjectLiteral>(
  manager: EntityManager,
  spec: ChildPagesSpec<T>,
  parentIds: readonly number[],
): Promise<Map<number, number>> {
  const counts = await childQuery(manager, spec, parentIds)
    .select(`c.${spec.parentColumn}`, 'parentId')
    .addSelect('COUNT(*)', 'total')
    .groupBy(`c.${spec.parentColumn}`)
    .getRawMany<{ parentId: number; total: number | string }>();
  return new Map(counts.map((c) => [Number(c.parentId), Number(c.total)]));
}

/**
 * Up to size + 1 rows per parent after the cursor, in keyset order, and how many rows each parent has after
 * it: the ranking reads only the index's columns, the outer join reads the rows kept.
 */
async function rankedPages<T extends ObjectLiteral>(
  manager: EntityManager,
  spec: ChildPagesSpec<T>,
  parentIds: readonly number[],
  size: number,
  cursor: Cursor | null,
): Promise<{ pages: Map<number, T[]>; totals: Map<number, number> }> {
  const ranked = childQuery(manager, spec, parentIds);
  applyCursor(ranked, 'c', spec.order, cursor);
  ranked
    .select('c.id', 'id')
    .addSelect(`c.${spec.parentColumn}`, 'parentId')
    .addSelect(
      `ROW_NUMBER() OVER (PARTITION BY c.${spec.parentColumn} ORDER BY c.${spec.order.column} ${spec.order.direction}, c.id ${spec.order.direction})`,
      'rn',
    )
    .addSelect(`COUNT(*) OVER (PARTITION BY c.${spec.parentColumn})`, 'total');
  const query = manager
    .createQueryBuilder(spec.entity, 'r')
    .innerJoin(`(${ranked.getQuery()})`, 't', 't.id = r.id')
    .addSelect('t.parentId', 'parentId')
    .addSelect('t.total', 'total')
    .where('t.rn <= :limit', { limit: size + 1 })
    .setParameters(ranked.getParameters())
    .orderBy('t.parentId')
    .addOrderBy('t.rn');
  if (spec.withRelation) query.leftJoinAndSelect(`r.${spec.withRelation}`, 'rel');
  const { raw, entities } = await query.getRawAndEntities<{ parentId: number; total: number | string; r_id: number }>();
  const byId = new Map(entities.map((row) => [Number(row.id), row]));
  const pages = new Map<number, T[]>();
  const totals = new Map<number, number>();
  for (const r of raw) {
    const parentId = Number(r.parentId);
    const rowsOfParent = pages.get(parentId) ?? [];
    rowsOfParent.push(byId.get(Number(r.r_id))!);
    pages.set(parentId, rowsOfParent);
    totals.set(parentId, Number(r.total));
  }
  return { pages, totals };
}
