// The servers `npm run bench` measures: Cursus's production build (server.js, as `npm start` runs it) and the
// hand-written baseline, each a child process; and their memory, read from /proc for the whole process tree.
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

export interface Server {
  name: string;
  baseUrl: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** `next build` unless told to reuse the last build (which must then exist). */
export function buildApp(env: NodeJS.ProcessEnv, skip: boolean): void {
  if (skip) {
    if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('--skip-build: there is no build in .next yet');
    return;
  }
  const started = Date.now();
  const result = spawnSync('node', ['node_modules/next/dist/bin/next', 'build'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
  console.log(`bench: next build in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function waitFor(child: ChildProcess, url: string, name: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${name} did not answer ${url} within 90 s`);
}

/** Refuses a port some other server holds: the bench would measure that one instead (the machine is shared). */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () => reject(new Error(`port ${port} is taken by another process: pick others with --port`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

async function start(name: string, args: string[], env: NodeJS.ProcessEnv, baseUrl: string, probe: string): Promise<Server> {
  await assertPortFree(Number(new URL(baseUrl).port));
  const child = spawn('node', args, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM'); // its own process group: any worker too
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  };
  try {
    await waitFor(child, `${baseUrl}${probe}`, name);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name, baseUrl, process: child, stop };
}

/** server.js on the port; `nodeArgs` go to node itself (e.g. --cpu-prof, which NODE_OPTIONS refuses). */
export const startApp = (env: NodeJS.ProcessEnv, port: number, nodeArgs: string[] = []) =>
  start(
    'server.js',
    [...nodeArgs, 'server.js', '-p', String(port), '-H', '127.0.0.1'],
    env,
    `http://127.0.0.1:${port}`,
    '/',
  );

export const startBaseline = (env: NodeJS.ProcessEnv, port: number) =>
  start(
    'baseline',
    ['scripts/run.js', 'scripts/load-bench/baseline-server.ts'],
    { ...env, PORT: String(port) },
    `http://127.0.0.1:${port}`,
    '/typename',
  );

/** A process and all its descendants (Next may fork workers). */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the 2nd field after the parenthesised command name.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const tree: number[] = [];
  const visit = (p: number) => {
    tree.push(p);
    for (const child of children.get(p) ?? []) visit(child);
  };
  visit(pid);
  return tree;
}

/** Sums a number read from each /proc file of the tree (0 for processes gone meanwhile). */
function sumOverTree(pid: number, read: (p: number) => number): number {
  return processTree(pid).reduce((sum, p) => {
    try {
      return sum + read(p);
    } catch {
      return sum;
    }
  }, 0);
}

/** Resident memory of a process tree, in MB. */
export const treeRssMb = (pid: number): number =>
  sumOverTree(pid, (p) => Number(fs.readFileSync(`/proc/${p}/status`, 'utf8').match(/^VmRSS:\s+(\d+)/m)?.[1] ?? 0)) / 1024;

/** CPU time (user + system) a process tree has used so far, in ms (Linux: 100 clock ticks per second). */
export const treeCpuMs = (pid: number): number =>
  sumOverTree(pid, (p) => {
    const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime (fields 14 and 15 of stat)
  });

/** Samples a process tree's memory every 250 ms until stopped; returns the peak in MB. */
export function sampleMemory(pid: number): () => number {
  let peak = treeRssMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssMb(pid));
  }, 250);
  return () => {
    clearInterval(timer);
    return Math.max(peak, treeRssMb(pid));
  };
}
