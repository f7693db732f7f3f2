import fs from 'node:fs';
import path from 'node:path';

// The layers, top to bottom: a file may import its own layer and the ones below, never one above (issue #6 §16).
// `lib/` is leaf infrastructure under everything; `server/` is the composition root that only `app/` and
// `scripts/` (and tests) import.
const LAYERS = ['app', 'components', 'server', 'graphql', 'domain', 'entities', 'migrations', 'lib'];
const rank = (folder: string) => LAYERS.indexOf(folder);
const root = path.join(__dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  const dir = path.join(root, folder);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file))
    .map((file) => path.join(dir, file));
}

function importedFolders(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  // Relative imports and the `@/` alias (tsconfig paths: the repository root).
  const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+|@\/[^'"]+)['"]/g)].map((m) => m[1]);
  return specifiers
    .map((specifier) =>
      specifier.startsWith('@/') ? path.join(root, specifier.slice(2)) : path.resolve(path.dirname(file), specifier),
    )
    .map((target) => path.relative(root, target).split(path.sep)[0])
    .filter((folder) => LAYERS.includes(folder));
}

describe('dependency direction', () => {
  for (const folder of LAYERS) {
    it(`${folder}/ imports no folder above it`, () => {
      const upward = sourceFiles(folder).flatMap((file) =>
        importedFolders(file)
          // components/ and app/ are one layer (pages and the components they render).
          .filter((target) => rank(target) < rank(folder) && !(folder === 'components' && target === 'app'))
          .map((target) => `${path.relative(root, file)} → ${target}/`),
      );
      expect(upward).toEqual([]);
    });
  }

  // #11 (server memory): every page and route handler reaches the runtime through server/runtime.ts, and Next
  // bundles server code once per route handler and once for the pages. A value import there (the schema, the
  // domain, the entities, the migrations) put a copy of the whole server in the process for each bundle it
  // served; the builder (server/runtime-build.ts) must come in only through the dynamic import.
  it('server/runtime.ts imports types only: the runtime is built by server/runtime-build.ts, imported dynamically', () => {
    const source = fs.readFileSync(path.join(root, 'server', 'runtime.ts'), 'utf8');
    const valueImports = [...source.matchAll(/^import\s+(?!type\s)[^;]*;/gm)].map((m) => m[0]);
    expect(valueImports).toEqual([]);
    expect(source).toContain("import('./runtime-build')");
  });

  it('app/ and components/ import no domain function and no entity', () => {
    const offending = [...sourceFiles('app'), ...sourceFiles('components')].flatMap((file) =>
      importedFolders(file).filter((target) => target === 'domain' || target === 'entities').map((t) => `${path.relative(root, file)} → ${t}/`),
    );
    expect(offending).toEqual([]);
  });
});
