// Writes the built schema's SDL to schema.graphql (committed; a test fails when it differs from the build).
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { buildCursusSchema } from '../graphql/schema';

fs.writeFileSync(path.join(__dirname, '..', 'schema.graphql'), `${printSchema(buildCursusSchema())}\n`);
console.log('schema.graphql written');
