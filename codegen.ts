import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations (#7): every `graphql(`…`)` document written next to a screen in app/ or components/ is
 * typed from schema.graphql into graphql-client/ (committed). `npm run codegen` rewrites it; `npm run build`
 * runs it first, and __tests__/unit/codegen.test.ts fails when the committed folder is stale, so a schema
 * change that breaks a screen fails the type-check.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'i18n/**/*.ts'],
  ignoreNoDocuments: true,
  generates: {
    'graphql-client/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents are strings: the browser bundle needs no GraphQL parser to send them.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string' },
      },
    },
  },
};

export default config;
