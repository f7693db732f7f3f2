// Runs a TypeScript entry point (seed, migrate, bench…) with SWC: decorators and their metadata on,
// compiled to CommonJS, the same settings jest uses. Usage: node scripts/run.js scripts/seed.ts [args]
process.env.SWC_NODE_PROJECT = require('node:path').join(__dirname, 'tsconfig.scripts.json');
require('@swc-node/register');
const entry = require('node:path').resolve(process.argv[2]);
process.argv.splice(1, 2, entry);
require(entry);
