import fs from 'node:fs';
import path from 'node:path';

// #6 §15, conventions ("Scope is part of every query"): a helper that loads by id without scope is named
// `unsafe…`, and every call of one says, in a `// Unscoped` comment just above it, why it may skip scope.
const root = path.join(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const sourceFiles = (folder: string) =>
  fs
    .readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(folder, file));

describe('scope-skipping helpers', () => {
  it('domain/ids.ts exports only unsafe… loaders', () => {
    const exported = [...read('domain/ids.ts').matchAll(/export (?:async )?function (\w+)/g)].map((m) => m[1]);
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.filter((name) => !name.startsWith('unsafe'))).toEqual([]);
  });

  it('every call of unsafeFindById / unsafeAssertAllExist in the domain says why, just above it', () => {
    const unexplained = sourceFiles('domain')
      .filter((file) => !file.endsWith(path.join('domain', 'ids.ts')))
      .flatMap((file) => {
        const lines = read(file).split('\n');
        return lines.flatMap((line, i) => {
          if (!/\bunsafe(FindById|AssertAllExist)\(/.test(line)) return [];
          const above = lines.slice(Math.max(0, i - 3), i).join('\n');
          return above.includes('// Unscoped') ? [] : [`${file}:${i + 1}`];
        });
      });
    expect(unexplained).toEqual([]);
  });
});
