// Reads the V8 CPU profiles (`node --cpu-prof`) the app's processes wrote during `npm run bench -- --cpu-prof`
// and says where the time went: self time by package (or Cursus directory, or the engine), and the hottest
// functions. A first reading, not a flame graph: open the .cpuprofile files in Chrome DevTools for that.
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

/** What a script URL belongs to: an npm package, a part of Cursus's build, Node itself, or the engine. */
export function owner(url: string): string {
  if (!url) return '(engine: GC, idle, native)';
  if (url.startsWith('node:')) return 'node (core)';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)?.pop();
  if (pkg) return pkg.replace('node_modules/', '');
  const next = url.match(/\.next\/server\/(app|chunks|pages)?/);
  if (next) return `cursus build (.next/server/${next[1] ?? ''})`;
  return path.basename(url);
}

const top = (map: Map<string, number>, n: number) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);

export function summariseProfiles(dir: string, n = 15): string[] {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')) : [];
  if (!files.length) return [`no CPU profile in ${dir}`];
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Profile;
    const msPerSample = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)') continue;
      const ms = (node.hitCount ?? 0) * msPerSample;
      if (!ms) continue;
      total += ms;
      const who = owner(url);
      byOwner.set(who, (byOwner.get(who) ?? 0) + ms);
      const name = `${functionName || '(anonymous)'} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ''} [${who}]`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    }
  }
  const share = (ms: number) => `${((100 * ms) / total).toFixed(1).padStart(5)} %  ${ms.toFixed(0).padStart(6)} ms`;
  return [
    `CPU profile of the app (${files.length} file(s) in ${dir}), ${total.toFixed(0)} ms of busy self time:`,
    'by package / part:',
    ...top(byOwner, n).map(([who, ms]) => `  ${share(ms)}  ${who}`),
    'hottest functions (self time):',
    ...top(byFunction, n).map(([name, ms]) => `  ${share(ms)}  ${name}`),
  ];
}
