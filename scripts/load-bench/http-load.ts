// One measured run: autocannon at N connections against one URL, every answer's latency kept (autocannon's
// own summary has no p95), the server's process-tree memory sampled meanwhile.
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
  /** The server's pid, whose process tree's memory is sampled. */
  pid: number;
}

export async function load(request: LoadRequest, options: LoadOptions): Promise<RunFigures> {
  const latencies: number[] = [];
  let failures = 0;
  const peak = sampleMemory(options.pid);
  const cpuBefore = treeCpuMs(options.pid);
  const started = Date.now();
  const instance = autocannon({
    url: request.url,
    method: request.method ?? 'GET',
    headers: request.headers,
    body: request.body,
    connections: options.connections,
    duration: options.seconds,
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
  const result = await instance;
  const seconds = (Date.now() - started) / 1000;
  return {
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    failures: failures + result.errors + result.timeouts,
    peakMb: peak(),
    cpuMsPerRequest: (treeCpuMs(options.pid) - cpuBefore) / Math.max(1, latencies.length),
  };
}
