// Figures of the load bench: percentiles, medians, and the printed table. Pure.

/** The q-th percentile (0…100) of the samples, nearest rank. */
export function percentile(samples: readonly number[], q: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((q / 100) * sorted.length) - 1))];
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** One measured run of a scenario against one server. */
export interface RunFigures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  /** Answers that were not 2xx, or sockets that failed. */
  failures: number;
  /** Peak resident memory of the server's process tree during the run, in MB. */
  peakMb: number;
  /** CPU time the server's process tree spent per answered request, in ms. */
  cpuMsPerRequest: number;
}

/** The median of each figure over several runs (each figure on its own). */
export function medianFigures(runs: readonly RunFigures[]): RunFigures {
  const of = (key: keyof RunFigures) => median(runs.map((r) => r[key]));
  return {
    rps: of('rps'),
    p50: of('p50'),
    p95: of('p95'),
    p99: of('p99'),
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
    failures: runs.reduce((sum, r) => sum + r.failures, 0),
    peakMb: Math.max(...runs.map((r) => r.peakMb)),
    cpuMsPerRequest: of('cpuMsPerRequest'),
  };
}

export const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');

/** A plain-text table, columns padded, numbers right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (/^[\d.,×—\s-]+( MB)?$/.test(c) && i > 0 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
