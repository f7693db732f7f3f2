import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so the same data always gives the same bytes whatever the order it was built in. */
function canonical(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The tamper-evidence of a generated document: SHA-256 of the data it shows (canonical JSON), printed in its
 * footer. Whoever holds the data again (Cursus regenerating it, an audit record that kept the hash) recomputes
 * it; a document whose text was edited no longer matches its data's fingerprint.
 */
export function fingerprintOf(data: unknown): string {
  return createHash('sha256').update(canonical(data), 'utf8').digest('hex');
}
