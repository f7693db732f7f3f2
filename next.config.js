const createNextIntlPlugin = require('next-intl/plugin');

// next-intl reads its per-request configuration (language, time zone, messages) from i18n/request.ts (#7).
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
module.exports = withNextIntl({
  // These packages rely on class names and native addons; Next must not bundle them (stack-notes.md).
  serverExternalPackages: [
    'typeorm', 'mysql2', 'better-sqlite3', 'type-graphql', 'graphql', 'class-validator',
    '@apollo/server', 'graphql-scalars', 'dataloader',
    // #10: they read their own data files (fonts, metrics) from node_modules at run time.
    'pdfkit', 'exceljs', 'nodemailer', 'qrcode', 'dejavu-fonts-ttf',
  ],
  // Minified class names break TypeGraphQL and TypeORM metadata at run time (stack-notes.md).
  // Mantine: import only the components a page uses from its barrel files.
  experimental: { serverMinification: false, optimizePackageImports: ['@mantine/core', '@mantine/hooks', '@tabler/icons-react'] },
  poweredByHeader: false,
});
