// One measured run: autocannon at N connections against one URL (or spread evenly over the same request to
// several server processes, #11 §4), every answer's latency kept (autocannon's own summary has no p95), the
// servers' process-tree memory sampled meanwhile.
import autocannon from 'autocannon';
import { sampleMemory, treeCpuMs } from './processes';
import { percentile, RunFigures } from './stats';

export interface LoadRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** A new body for each request (writes that must not repeat themselves); null once there is nothing left, which ends the run. */
  nextBody?: () => string | null;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** The servers' pids, whose process trees' memory and CPU are read (the peak is the largest server's). */
  pids: number[];
}

/** The same request to each of these origins (one server process each), in that order. */
export const spread = (request: LoadRequest, origins: string[]): LoadRequest[] =>
  origins.map((origin) => ({ ...request, url: `${origin}${new URL(request.url).pathname}${new URL(request.url).search}` }));

function run(request: LoadRequest, connections: number, seconds: number, latencies: number[]) {
  let failures = 0;
  const instance = autocannon({
    url: request.url,
    method: request.method ?? 'GET',
    headers: request.headers,
    body: request.body,
    connections,
    duration: seconds,
    requests: request.nextBody
      ? [
          {
            setupRequest: (r) => {
              const body = request.nextBody!();
              // Out of bodies: end the run (autocannon would start the list over on a null).
              if (body === null) setImmediate(() => (instance as unknown as { stop(): void }).stop());
              return { ...r, body: body ?? r.body };
            },
          },
        ]
      : undefined,
  });
  (instance as unknown as NodeJS.EventEmitter).on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
    if (status < 200 || status >= 300) failures += 1;
  });
  return instance.then((result) => failures + result.errors + result.timeouts);
}

/** Several requests (spread) share the connections evenly and run at once; their answers are pooled. */
export async function load(requests: LoadRequest | LoadRequest[], options: LoadOptions): Promise<RunFigures> {
  const list = Array.isArray(requests) ? requests : [requests];
  const latencies: number[] = [];
  const peaks = options.pids.map(sampleMemory);
  const cpu = () => options.pids.reduce((sum, pid) => sum + treeCpuMs(pid), 0);
  const cpuBefore = cpu();
  const started = Date.now();
  const share = (i: number) => Math.floor(options.connections / list.length) + (i < options.connections % list.length ? 1 : 0);
  const failures = await Promise.all(list.map((request, i) => run(request, Math.max(1, share(i)), options.seconds, latencies)));
  const seconds = (Date.now() - started) / 1000;
  return {
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    failures: failures.reduce((sum, n) => sum + n, 0),
    peakMb: Math.max(...peaks.map((peak) => peak())),
    cpuMsPerRequest: (cpu() - cpuBefore) / Math.max(1, latencies.length),
  };
}
