// The pure parts of `npm run bench` (scripts/bench.ts): its command line, its figures and its same-answer check.
import { firstDifference } from '../../scripts/load-bench/operations';
import { parseBenchArgs, SCENARIOS } from '../../scripts/load-bench/options';
import { medianFigures, percentile, RunFigures } from '../../scripts/load-bench/stats';

describe('npm run bench arguments', () => {
  it('defaults to every scenario at 8 connections, and reads its options', () => {
    const defaults = parseBenchArgs([]);
    expect(defaults).toMatchObject({ connections: 8, duration: 10, runs: 3, skipBuild: false, scenarios: [...SCENARIOS] });
    expect(parseBenchArgs(['--duration', '5', '--connections', '16', '--scenarios', 'session,catalogue', '--skip-build', '--port', '4000'])).toMatchObject({
      duration: 5,
      connections: 16,
      scenarios: ['catalogue', 'session'],
      skipBuild: true,
      port: 4000,
      baselinePort: 4001,
      appPorts: [4000],
    });
    // #11 §4: a second app process after the baseline's port.
    expect(parseBenchArgs(['--port', '4000', '--processes', '2'])).toMatchObject({ processes: 2, appPorts: [4000, 4002], baselinePort: 4001 });
  });

  it('refuses unknown scenarios, options and out-of-range numbers', () => {
    expect(parseBenchArgs(['--scenarios', 'catalogue,nope'])).toMatch(/unknown scenario nope/);
    expect(parseBenchArgs(['--connections', '0'])).toMatch(/--connections must be an integer from 1/);
    expect(parseBenchArgs(['--duration', 'ten'])).toMatch(/--duration/);
    expect(parseBenchArgs(['--fast'])).toMatch(/unknown argument --fast/);
    expect(parseBenchArgs(['--processes', '0'])).toMatch(/--processes must be an integer from 1 to 4/);
  });
});

describe('bench figures', () => {
  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect([percentile(samples, 50), percentile(samples, 95), percentile(samples, 99), percentile(samples, 100)]).toEqual([50, 95, 99, 100]);
    expect(percentile([], 50)).toBeNaN();
  });

  it('takes the median of each figure over runs, the peak memory over all, and sums the requests', () => {
    const run = (rps: number, p95: number, peakMb: number): RunFigures => ({
      rps, p50: rps / 10, p95, p99: p95 * 2, requests: 100, failures: 0, peakMb, cpuMsPerRequest: 1,
    });
    expect(medianFigures([run(100, 30, 200), run(300, 10, 250), run(200, 20, 150)])).toEqual({
      rps: 200, p50: 20, p95: 20, p99: 40, requests: 300, failures: 0, peakMb: 250, cpuMsPerRequest: 1,
    });
  });

  it('finds where two answers differ, ignoring the order of keys', () => {
    expect(firstDifference({ data: { a: 1, b: [1, 2] } }, { data: { b: [1, 2], a: 1 } })).toBe('');
    expect(firstDifference({ data: { a: 1, b: [1, 2] } }, { data: { a: 1, b: [1, 3] } })).toBe('.data.b.1: 2 ≠ 3');
  });
});
