import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { DataSource } from 'typeorm';
import { systemActor } from '../domain/actor';
import { Clock, systemClock } from '../domain/clock';
import type { DomainContext } from '../domain/context';
import { claimDueMails, markMailFailed, markMailSent, releaseMailClaims } from '../domain/outbox-delivery';
import type { OutboxMail } from '../entities';
import { mailFrom, MailTransport, OutgoingMail, PermanentMailError, smtpTransport } from '../lib/mail/transport';

export interface MailWorkerOptions {
  dataSource: DataSource;
  transport: MailTransport;
  clock?: Clock;
  /** Names this worker in the claims (host, process): for the logs and the outbox rows. */
  name?: string;
  /** E-mails claimed at a time: bounded, so one turn never holds the process or many rows for long. */
  batchSize?: number;
  /** The wait between looks at an empty (or failing) outbox. */
  pollMs?: number;
  /** How long a claim holds; once past, another worker may take the rows (this one crashed). */
  leaseMs?: number;
  /** The longest one message may take; a message is sent only while the claim still has that long to run. */
  sendTimeoutMs?: number;
  log?: (message: string) => void;
}

/**
 * #10 §8: sends the outbox (domain/outbox.ts queues it, in the transaction of the action that causes it).
 *
 * Each turn claims a small batch (domain/outbox-delivery.ts, safe with any number of workers on one database),
 * sends each e-mail, and marks it right after the server's answer: SENT, or failed with back-off and given up
 * after the last attempt, or at once on a permanent refusal (a 5xx reply). Rows are only ever marked, never
 * deleted, so nothing is lost: a row this worker could not mark (it crashed, the database went away) keeps its
 * claim until the claim expires, then another turn sends it.
 *
 * The one window that cannot be closed: the mail server accepted a message and the process died (or the
 * database refused the mark, even after retries) before it was marked SENT. The row is then sent again once
 * its claim expires, with the same Message-ID, which receivers and their duplicate filters can recognise.
 * No SMTP transaction can make "delivered" and "marked" atomic; the window is one message wide.
 */
export class MailWorker {
  private readonly clock: Clock;
  private readonly ctx: DomainContext;
  private readonly name: string;
  private readonly batchSize: number;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly sendTimeoutMs: number;
  private readonly log: (message: string) => void;
  private claims = 0;
  private running: Promise<void> | null = null;
  private stopping = false;
  private timer: NodeJS.Timeout | null = null;
  private wake: (() => void) | null = null;

  constructor(private readonly options: MailWorkerOptions) {
    this.clock = options.clock ?? systemClock;
    this.ctx = { manager: options.dataSource.manager, clock: this.clock, actor: systemActor };
    this.name = (options.name ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`).slice(0, 48);
    this.batchSize = options.batchSize ?? 10;
    this.pollMs = options.pollMs ?? 2_000;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.sendTimeoutMs = options.sendTimeoutMs ?? 60_000;
    this.log = options.log ?? ((message) => console.error(`cursus mail worker: ${message}`));
  }

  /** One turn: claims a batch and sends it. Answers how many e-mails it claimed. */
  async runOnce(): Promise<number> {
    const token = `${this.name}:${++this.claims}`;
    const leaseEnd = this.clock.now().getTime() + this.leaseMs;
    const mails = await claimDueMails(this.ctx, token, this.batchSize, this.leaseMs);
    for (const mail of mails) {
      // Stopping, or too little of the claim left to send safely: the rest goes back to the outbox.
      if (this.stopping || leaseEnd - this.clock.now().getTime() < this.sendTimeoutMs) break;
      await this.deliver(mail, token);
    }
    await releaseMailClaims(this.ctx, token);
    return mails.length;
  }

  /** Turns until the outbox has nothing due (tests, the command-line worker). Answers how many were claimed. */
  async drain(): Promise<number> {
    let total = 0;
    for (let claimed = await this.runOnce(); claimed > 0; claimed = await this.runOnce()) total += claimed;
    return total;
  }

  /** Polls in the background: at once again after a full batch, else after `pollMs`. */
  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.running = this.loop();
  }

  /** Finishes the message being sent, gives back the rest of the batch, and closes the transport. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.wake?.();
    await this.running;
    this.running = null;
    this.options.transport.close();
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      let claimed = 0;
      try {
        claimed = await this.runOnce();
      } catch (error) {
        this.log(`could not read the outbox: ${describe(error)}`);
      }
      if (this.stopping) break;
      if (claimed < this.batchSize) await this.sleep(this.pollMs);
      // A full batch: go on, after letting the requests waiting on the event loop run.
      else await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wake = () => resolve();
      this.timer = setTimeout(resolve, ms);
      this.timer.unref?.();
    });
  }

  private async deliver(mail: OutboxMail, token: string): Promise<void> {
    let failure: string | null = null;
    let permanent = false;
    try {
      await withTimeout(this.options.transport.send(outgoing(mail)), this.sendTimeoutMs);
    } catch (error) {
      failure = describe(error);
      // A 5xx reply: given up at once with the server's reply; 4xx replies and network errors are tried again.
      permanent = error instanceof PermanentMailError;
    }
    const marked = await this.retrying(() =>
      failure === null ? markMailSent(this.ctx, mail, token) : markMailFailed(this.ctx, mail, token, failure, permanent),
    );
    if (!marked) this.log(`e-mail ${mail.id} (${mail.messageId}) could not be marked ${failure === null ? 'sent' : 'failed'}; it is sent again once its claim expires`);
  }

  /** Marks survive a deadlock or a dropped connection: a few tries before the row is left to its claim's expiry. */
  private async retrying(mark: () => Promise<boolean>): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await mark();
      } catch (error) {
        if (attempt >= 5) {
          this.log(`marking failed: ${describe(error)}`);
          return false;
        }
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  }
}

function outgoing(mail: OutboxMail): OutgoingMail {
  const attachments = mail.attachments
    ? (JSON.parse(mail.attachments) as { filename: string; contentType: string; content: string }[]).map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: Buffer.from(a.content, 'base64'),
      }))
    : [];
  return {
    messageId: mail.messageId,
    to: { address: mail.toAddress, name: mail.toName },
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    attachments,
  };
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the mail server within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The worker of a server process, when `SMTP_URL` is set (server/runtime.ts starts it once, from
 * instrumentation.ts). Without it the e-mails stay in the outbox, where administrators read them (/manage/outbox).
 */
export function startMailWorker(dataSource: DataSource, env: Record<string, string | undefined> = process.env): MailWorker | null {
  if (!env.SMTP_URL) return null;
  const worker = new MailWorker({ dataSource, transport: smtpTransport(env.SMTP_URL, mailFrom(env)) });
  worker.start();
  return worker;
}
