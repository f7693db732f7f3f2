import { notFound } from '../domain/errors';

/** GraphQL IDs are strings; ours are integers. Anything else names nothing, so it is NOT_FOUND. */
export function toId(value: string | number, what: string, field?: string): number {
  const id = typeof value === 'number' ? value : /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id)) throw notFound(what, field);
  return id;
}

export const toIds = (values: readonly (string | number)[], what: string, field: string) =>
  values.map((value) => toId(value, what, field));

export const toOptionalId = (value: string | number | null | undefined, what: string, field: string) =>
  value == null ? value : toId(value, what, field);
