import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// #7: the typed operations in graphql-client/ are generated from schema.graphql and the operations written
// next to the screens. When they are stale (`npm run codegen` not run after an API or screen change), this
// fails; when they are fresh, `tsc` checks every screen against the schema.
jest.setTimeout(60_000);
const root = path.join(__dirname, '..', '..');

it('graphql-client/ is what `npm run codegen` generates from schema.graphql and the screens', () => {
  const run = spawnSync('node', ['scripts/run.js', 'scripts/codegen-output.ts'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(run.stderr).toBe('');
  const outputs: { filename: string; content: string }[] = JSON.parse(run.stdout);
  const generated = Object.fromEntries(outputs.map((file) => [path.relative(root, path.resolve(root, file.filename)), file.content]));
  expect(Object.keys(generated).sort()).toEqual(['graphql-client/gql.ts', 'graphql-client/graphql.ts', 'graphql-client/index.ts']);
  const committed = Object.fromEntries(Object.keys(generated).map((file) => [file, fs.readFileSync(path.join(root, file), 'utf8')]));
  expect(committed).toEqual(generated);
});
