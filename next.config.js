/** @type {import('next').NextConfig} */
module.exports = {
  // These packages rely on class names and native addons; Next must not bundle them (stack-notes.md).
  serverExternalPackages: [
    'typeorm', 'mysql2', 'better-sqlite3', 'type-graphql', 'graphql', 'class-validator',
    '@apollo/server', 'graphql-scalars', 'dataloader',
  ],
  // Minified class names break TypeGraphQL and TypeORM metadata at run time (stack-notes.md).
  experimental: { serverMinification: false },
  poweredByHeader: false,
};
