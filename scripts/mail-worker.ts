// `npm run mail:worker`: sends the outbox from the command line (#10 §8), e.g. as a separate process beside
// servers started without SMTP_URL, or once to drain it (`-- --once`). Needs SMTP_URL. Stops cleanly on
// SIGINT/SIGTERM: the message being sent is finished and marked, the rest of its batch goes back to the outbox.
import 'reflect-metadata';
import { smtpTransport } from '../lib/mail/transport';
import { MailWorker } from '../server/mail-worker';
import { openDataSource } from '../server/db';

async function main() {
  const url = process.env.SMTP_URL;
  if (!url) throw new Error('set SMTP_URL (e.g. smtp://localhost:2525) to send the outbox');
  const dataSource = await openDataSource(undefined, { migrate: false });
  const worker = new MailWorker({ dataSource, transport: smtpTransport(url), log: (message) => console.error(message) });
  if (process.argv.includes('--once')) {
    console.log(`${await worker.drain()} e-mail(s) handled`);
    await worker.stop();
  } else {
    worker.start();
    await new Promise<void>((resolve) => ['SIGINT', 'SIGTERM'].forEach((signal) => process.once(signal, () => resolve())));
    await worker.stop();
  }
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
