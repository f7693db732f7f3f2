// `npm test`: the whole suite on the database DATABASE_URL points at (a server the tests create their own
// databases on), or on SQLite when it is unset: jest (unit, API, UI), then the browser tests.
// Ends with one line `N passed, N failed` for the whole run.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const report = path.join(root, 'test-results', `jest-${process.pid}.json`);
fs.mkdirSync(path.dirname(report), { recursive: true });

const jest = spawnSync('node', ['node_modules/jest/bin/jest.js', '--runInBand', '--json', `--outputFile=${report}`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
let passed = 0;
let failed = jest.status === 0 ? 0 : 1;
if (fs.existsSync(report)) {
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += result.numPassedTests;
  failed = result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0) + (jest.status !== 0 && result.numFailedTests === 0 ? 1 : 0);
  fs.rmSync(report);
}

const e2e = spawnSync('node', ['scripts/run.js', 'scripts/e2e.ts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
process.stdout.write(e2e.stdout);
const summary = (e2e.stdout || '').match(/^e2e: (\d+) passed, (\d+) failed$/m);
if (summary) {
  passed += Number(summary[1]);
  failed += Number(summary[2]);
} else {
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
