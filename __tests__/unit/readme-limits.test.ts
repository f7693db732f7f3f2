import fs from 'node:fs';
import path from 'node:path';
import { LIMITS } from '../../graphql/server';

// The README documents the API limits; this keeps the documentation and the enforced values together (#6 §17).
const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
const spaced = (n: number) => n.toLocaleString('fr-FR').replace(/\s/g, ' ');

it.each([
  [`depth ${LIMITS.maxDepth}`],
  [`${LIMITS.maxAliases} aliases`],
  [`cost ${spaced(LIMITS.maxCost)}`],
  [`${spaced(LIMITS.maxTokens)} tokens`],
  [`${LIMITS.maxDirectives} directives`],
])('the README states the enforced limit "%s"', (text) => {
  expect(readme).toContain(text);
});
