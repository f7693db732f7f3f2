// Command line of `npm run bench` (scripts/bench.ts). Pure, so it is tested without a server.

export const SCENARIOS = [
  'typename',
  'catalogue',
  'catalogue-html',
  'session',
  'session-html',
  'sessions-table',
  'agenda',
  'register',
  'race',
  'repeat',
  'throttle',
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface BenchOptions {
  /** Seconds each measured run lasts. */
  duration: number;
  /** Seconds of unmeasured warm-up before each scenario's first run. */
  warmup: number;
  connections: number;
  /** Alternations per read (app, baseline, app, baseline…): the figures are the medians. */
  runs: number;
  scenarios: ScenarioName[];
  /** Reuse the production build in .next instead of running `next build`. */
  skipBuild: boolean;
  /** Run the app under `node --cpu-prof` and summarise where its CPU time went (slows it: figures not comparable). */
  cpuProf: boolean;
  port: number;
  baselinePort: number;
  /** How many app processes (#11 §4): the first on `port`, the others after the baseline's. */
  processes: number;
  appPorts: number[];
}

export const BENCH_USAGE = `usage: npm run bench [-- options]      (DATABASE_URL=mysql://… of a database filled by npm run seed:large)
  --duration <s>        seconds per measured run (default 10)
  --warmup <s>          seconds of warm-up per scenario (default 3)
  --connections <n>     autocannon connections (default 8)
  --runs <n>            app/baseline alternations per read, medians reported (default 3)
  --scenarios <a,b,…>   among ${SCENARIOS.join(', ')} (default: all)
  --skip-build          reuse the last production build (.next) instead of running next build
  --cpu-prof            profile the app (node --cpu-prof) and print where its CPU time went; slower, so
                        its figures are not comparable: use it with one scenario, e.g. --scenarios session
  --port <n>            port of the app (server.js, default 3471); the baseline listens on the next one
  --processes <n>       app processes on the same database, the load spread evenly over them (default 1);
                        the second listens on --port + 2, and so on`;

export function parseBenchArgs(args: string[]): BenchOptions | string {
  const options: BenchOptions = {
    duration: 10,
    warmup: 3,
    connections: 8,
    runs: 3,
    scenarios: [...SCENARIOS],
    skipBuild: false,
    cpuProf: false,
    port: 3471,
    baselinePort: 3472,
    processes: 1,
    appPorts: [3471],
  };
  const limits = { duration: [1, 600], warmup: [0, 120], connections: [1, 500], runs: [1, 20], port: [1024, 65530], processes: [1, 4] } as const;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const name = arg.replace(/^--/, '');
    if (arg === '--skip-build') options.skipBuild = true;
    else if (arg === '--cpu-prof') options.cpuProf = true;
    else if (arg === '--scenarios') {
      const picked = (args[++i] ?? '').split(',').filter(Boolean);
      const unknown = picked.filter((s) => !(SCENARIOS as readonly string[]).includes(s));
      if (!picked.length || unknown.length) return `unknown scenario ${unknown.join(', ') || '(none given)'}; choose among ${SCENARIOS.join(', ')}`;
      options.scenarios = SCENARIOS.filter((s) => picked.includes(s));
    } else if (name in limits) {
      const value = Number(args[++i]);
      const [min, max] = limits[name as keyof typeof limits];
      if (!Number.isInteger(value) || value < min || value > max) return `${arg} must be an integer from ${min} to ${max}`;
      (options as unknown as Record<string, number>)[name] = value;
    } else return `unknown argument ${arg}`;
  }
  options.baselinePort = options.port + 1;
  options.appPorts = Array.from({ length: options.processes }, (_, i) => (i ? options.port + 1 + i : options.port));
  return options;
}
