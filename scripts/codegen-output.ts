// Prints, as JSON, the files `npm run codegen` would write (without writing them), for the staleness test
// (__tests__/unit/codegen.test.ts runs this in its own Node process: codegen's ESM dependencies do not load
// under jest's CommonJS runtime).
import { generate } from '@graphql-codegen/cli';
import config from '../codegen';

generate({ ...config, silent: true }, false).then(
  (outputs: { filename: string; content: string }[]) =>
    process.stdout.write(JSON.stringify(outputs.map(({ filename, content }) => ({ filename, content })))),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
