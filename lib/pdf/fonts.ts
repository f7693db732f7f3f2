import { readFileSync } from 'node:fs';
import path from 'node:path';

// Read from node_modules at run time, like the message files (i18n/messages.ts): the package is external to
// Next's bundles (next.config.js), and a bundler would rewrite a require.resolve into a module id.
const fileOf = (name: string) => path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf', name);

const loaded = new Map<string, Buffer>();

/** The font file's bytes, read once per process (every PDF embeds a subset of them). */
function bytesOf(name: string): Buffer {
  let bytes = loaded.get(name);
  if (!bytes) loaded.set(name, (bytes = readFileSync(fileOf(name))));
  return bytes;
}

/**
 * DejaVu Sans covers Latin (every French accent), Greek, Cyrillic and more; embedded as a TrueType subset, so
 * the text stays extractable (its ToUnicode map) for a reader, a screen reader and the tests.
 */
export const FONT = {
  regular: { name: 'DejaVuSans', bytes: () => bytesOf('DejaVuSans.ttf') },
  bold: { name: 'DejaVuSans-Bold', bytes: () => bytesOf('DejaVuSans-Bold.ttf') },
} as const;
