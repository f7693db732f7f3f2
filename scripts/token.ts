// `npm run token -- <email> [name]`: prints a new personal API token of that user, for scripts and CI.
// Use it as `Authorization: Bearer <token>`. The token is shown once; only its hash is stored.
import 'reflect-metadata';
import { systemActor } from '../domain/actor';
import { createApiToken } from '../domain/api-tokens';
import { User } from '../entities';
import { systemClock } from '../domain/clock';
import { openDataSource } from '../server/db';

async function main() {
  const [email, name = 'command line'] = process.argv.slice(2);
  if (!email) throw new Error('usage: npm run token -- <email> [name]');
  const dataSource = await openDataSource();
  try {
    const user = await dataSource.manager.findOneBy(User, { email: email.trim().toLowerCase() });
    if (!user) throw new Error(`no user with the e-mail ${email}`);
    if (!user.active) throw new Error(`${email} is deactivated`);
    const ctx = { manager: dataSource.manager, clock: systemClock, actor: systemActor };
    const { token } = await createApiToken(ctx, name, user.id);
    console.log(token);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
