import fs from 'node:fs';
import path from 'node:path';

// Each route hands its client components only the message namespaces they use (`<ClientMessages
// namespaces={[…]}>`, docs/performance.md §8): the whole catalogue in every RSC payload was about 68 KB a page.
// A nested provider replaces its parent's messages, so a route file is covered by its own `ClientMessages`,
// else by the nearest layout's. This test follows the imports of every route file into its client components
// and fails when one of them calls `useTranslations` for a namespace its provider does not pass.
const root = path.join(__dirname, '..', '..');
const ROUTE_FILE = /^(page|layout|error|loading|not-found|template)\.tsx$/;

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? path.join(root, specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.tsx`, `${base}.ts`, path.join(base, 'index.tsx'), path.join(base, 'index.ts')];
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile()) ?? null;
}

/** Namespace → the client file that uses it, over everything `entry` imports (a client file's imports are client too). */
function clientNamespaces(entry: string): Map<string, string> {
  const used = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    if (seen.has(`${file}|${inClient}`)) return;
    seen.add(`${file}|${inClient}`);
    const source = fs.readFileSync(file, 'utf8');
    const client = inClient || /^\s*['"]use client['"]/.test(source);
    if (client) {
      for (const [, argument] of source.matchAll(/useTranslations\(([^)]*)\)/g)) {
        const literal = /^\s*'([^']*)'\s*$/.exec(argument);
        // No namespace, or a computed one, needs every message: the test cannot allow it.
        used.set(literal ? literal[1].split('.')[0] : `(${argument.trim() || 'all messages'})`, path.relative(root, file));
      }
    }
    for (const [, specifier] of source.matchAll(/(?:from|import\()\s*'((?:\.|@\/)[^']+)'/g)) {
      if (/\.(css|json|svg)$/.test(specifier)) continue;
      const target = resolveImport(file, specifier);
      if (target) visit(target, client);
    }
  };
  visit(entry, false);
  return used;
}

/**
 * The namespaces a file's `<ClientMessages namespaces={…}>` passes, or null when it has none. Every literal of
 * the expression counts: a list chosen at run time (the public header's, signed in or not) is checked as the
 * union of its branches.
 */
function passedNamespaces(file: string): string[] | null {
  const match = /<ClientMessages\s+namespaces=\{([^}]*)\}/.exec(fs.readFileSync(file, 'utf8'));
  return match ? [...new Set([...match[1].matchAll(/'([^']+)'/g)].map((m) => m[1]))] : null;
}

function coveringProvider(file: string): { file: string; namespaces: string[] } | null {
  const own = passedNamespaces(file);
  if (own) return { file, namespaces: own };
  for (let dir = path.dirname(file); dir.startsWith(path.join(root, 'app')); dir = path.dirname(dir)) {
    const layout = path.join(dir, 'layout.tsx');
    const namespaces = fs.existsSync(layout) && layout !== file ? passedNamespaces(layout) : null;
    if (namespaces) return { file: layout, namespaces };
  }
  return null;
}

const routeFiles = fs
  .readdirSync(path.join(root, 'app'), { recursive: true, encoding: 'utf8' })
  .filter((file) => ROUTE_FILE.test(path.basename(file)))
  .map((file) => path.join(root, 'app', file))
  .sort();

describe('client messages per route', () => {
  it('finds the route files and follows imports into client components', () => {
    expect(routeFiles.length).toBeGreaterThan(20);
    // The public session page → registration-island.tsx ('use client') → error-messages.ts (a hook, no directive).
    const session = clientNamespaces(path.join(root, 'app/(public)/catalogue/sessions/[id]/page.tsx'));
    expect(session.get('registration')).toBe('components/catalogue/registration-island.tsx');
    expect(session.get('errors')).toBe('components/ui/error-messages.ts');
    // Server components' translations come from the request config, not from the provider.
    expect(clientNamespaces(path.join(root, 'app/(public)/catalogue/page.tsx')).has('catalogue')).toBe(false);
  });

  it.each(routeFiles.map((file) => [path.relative(root, file), file]))('%s: its provider passes every namespace its client components use', (_name, file) => {
    const provider = coveringProvider(file);
    expect(provider).not.toBeNull();
    const missing = [...clientNamespaces(file)]
      .filter(([namespace]) => !provider!.namespaces.includes(namespace))
      .map(([namespace, user]) => `${namespace} (used by ${user}, not passed by ${path.relative(root, provider!.file)})`);
    expect(missing).toEqual([]);
  });

  it('passes only namespaces that exist', () => {
    const existing = fs.readdirSync(path.join(root, 'messages', 'fr')).map((file) => path.basename(file, '.json'));
    for (const file of routeFiles) expect(existing).toEqual(expect.arrayContaining(passedNamespaces(file) ?? []));
  });
});
