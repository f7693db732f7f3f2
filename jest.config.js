/** Two projects: server tests in node (real databases), UI tests in jsdom. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true, decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
// ESM-only packages (next-intl, nuqs, ICU parsing) are compiled to CommonJS like our own files.
const ESM_PACKAGES = ['next-intl', 'use-intl', 'intl-messageformat', '@formatjs', 'icu-minify', 'nuqs'];
const common = {
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1', '\\.css$': '<rootDir>/__tests__/support/style-stub.js' },
};
module.exports = {
  // CI and our machines have 2 cores: a UI test's renders and a database test's migrations can take several
  // seconds when the machine is busy; 5 s (the default) failed tests that were right.
  testTimeout: 20000,
  projects: [
    { ...common, displayName: 'server', testEnvironment: 'node', testMatch: ['<rootDir>/__tests__/{unit,api}/**/*.test.ts'] },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      setupFiles: ['<rootDir>/__tests__/support/jsdom-setup.ts'],
      testMatch: ['<rootDir>/__tests__/ui/**/*.test.tsx'],
    },
  ],
};
