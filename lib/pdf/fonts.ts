import path from 'node:path';

// Read from node_modules at run time, like the message files (i18n/messages.ts): the package is external to
// Next's bundles (next.config.js), and a bundler would rewrite a require.resolve into a module id.
const folder = () => path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');

/**
 * DejaVu Sans covers Latin (every French accent), Greek, Cyrillic and more; embedded as a TrueType subset, so
 * the text stays extractable (its ToUnicode map) for a reader, a screen reader and the tests.
 */
export const FONT = {
  regular: { name: 'DejaVuSans', file: () => path.join(folder(), 'DejaVuSans.ttf') },
  bold: { name: 'DejaVuSans-Bold', file: () => path.join(folder(), 'DejaVuSans-Bold.ttf') },
} as const;
