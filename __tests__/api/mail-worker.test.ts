import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { systemActor } from '../../domain/actor';
import { FixedClock } from '../../domain/clock';
import type { DomainContext } from '../../domain/context';
import { enqueueMails, MailInput } from '../../domain/outbox';
import { claimDueMails, MAX_MAIL_ATTEMPTS, retryDelayMs } from '../../domain/outbox-delivery';
import { MailState, OutboxMail } from '../../entities';
import { MailTransport, smtpTransport } from '../../lib/mail/transport';
import { MailWorker } from '../../server/mail-worker';
import { openSharedTestDatabase } from '../support/database';
import { openSmtpSink, SmtpSink } from '../support/smtp-sink';

jest.setTimeout(120_000);

const T0 = new Date('2026-03-02T08:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

let db: Awaited<ReturnType<typeof openSharedTestDatabase>>;
let sink: SmtpSink;
let clock: FixedClock;
const transports: MailTransport[] = [];

const ctxOf = (dataSource: DataSource): DomainContext => ({ manager: dataSource.manager, clock, actor: systemActor });

function worker(dataSource: DataSource = db.dataSource, name = 'test-worker', transport = smtpTransport(sink.url, 'Cursus <no-reply@example.org>')) {
  transports.push(transport);
  return new MailWorker({ dataSource, transport, clock, name, log: () => undefined });
}

const mail = (n: number, overrides: Partial<MailInput> = {}): MailInput => ({
  purpose: 'NOTIFICATION',
  toAddress: `learner-${n}@example.org`,
  toName: `Apprenant ${n}`,
  subject: `Message ${n} — séance « Éthique »`,
  text: `Bonjour ${n},\nà bientôt.`,
  html: `<p>Bonjour ${n},</p><p>à bientôt.</p>`,
  ...overrides,
});

const queue = async (count: number, from = 0) =>
  enqueueMails(ctxOf(db.dataSource), Array.from({ length: count }, (_, i) => mail(from + i)));

const rows = () => db.dataSource.manager.find(OutboxMail, { order: { id: 'ASC' } });

beforeAll(async () => {
  db = await openSharedTestDatabase();
  sink = await openSmtpSink();
});

afterAll(async () => {
  for (const transport of transports) transport.close();
  await sink.stop();
  await db.close();
});

beforeEach(async () => {
  clock = new FixedClock(T0);
  sink.received.length = 0;
  sink.acceptLeft = Infinity;
  sink.refuseRecipients.clear();
  // DELETE, not TRUNCATE (clear): MariaDB refuses to truncate a table others reference (invitation_sending).
  await db.dataSource.manager.createQueryBuilder().delete().from(OutboxMail).execute();
});

it('sends what is queued: recipient, subject, both bodies, the .ics attachment and the fixed Message-ID', async () => {
  const ics = Buffer.from('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:event-7@cursus.test\r\nSUMMARY:Séance\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
  const [queued] = await enqueueMails(ctxOf(db.dataSource), [
    mail(1, { attachments: [{ filename: 'seance.ics', contentType: 'text/calendar', content: ics }] }),
  ]);
  expect(await worker().drain()).toBe(1);

  expect(sink.received).toHaveLength(1);
  const [received] = sink.received;
  expect(received.messageId).toBe(queued.messageId);
  expect(received.to).toMatchObject({ value: [{ address: 'learner-1@example.org', name: 'Apprenant 1' }] });
  expect(received.from?.value[0].address).toBe('no-reply@example.org');
  expect(received.subject).toBe('Message 1 — séance « Éthique »');
  expect(received.text?.trim()).toBe('Bonjour 1,\nà bientôt.');
  expect(received.html).toContain('<p>Bonjour 1,</p>');
  expect(received.attachments.map((a) => [a.filename, a.contentType])).toEqual([['seance.ics', 'text/calendar']]);
  expect(received.attachments[0].content.toString()).toContain('UID:event-7@cursus.test');

  const [row] = await rows();
  expect(row).toMatchObject({ state: MailState.SENT, attempts: 1, claimedBy: null, claimedUntil: null, lastError: null });
  expect(row.sentAt?.toISOString()).toBe(T0.toISOString());
});

it('loses nothing and sends nothing twice when the mail server refuses, goes away and comes back', async () => {
  await queue(20);
  const w = worker();
  sink.acceptLeft = 8;
  expect(await w.drain()).toBe(20);
  expect(sink.received).toHaveLength(8);
  let all = await rows();
  const waiting = all.filter((r) => r.state === MailState.PENDING);
  expect(waiting).toHaveLength(12);
  for (const r of waiting) {
    expect(r).toMatchObject({ attempts: 1, claimedBy: null });
    expect(r.lastError).toMatch(/451|try again later/);
    expect(r.nextAttemptAt.toISOString()).toBe(later(30_000).toISOString());
  }

  // Down: connections are refused; the retries wait again, longer.
  await sink.stop();
  clock.set(later(30_000));
  expect(await w.drain()).toBe(12);
  all = await rows();
  expect(all.filter((r) => r.state === MailState.PENDING).every((r) => r.attempts === 2)).toBe(true);

  // Back: everything arrives, each message once.
  await sink.start();
  sink.acceptLeft = Infinity;
  clock.set(later(30_000 + 60_000));
  expect(await w.drain()).toBe(12);
  all = await rows();
  expect(all.every((r) => r.state === MailState.SENT)).toBe(true);
  const counts = sink.counts();
  expect(counts.size).toBe(20);
  expect([...counts.values()].every((n) => n === 1)).toBe(true);
  expect(new Set(all.map((r) => r.messageId))).toEqual(new Set(counts.keys()));
});

it('two workers on two connections drain 120 e-mails together, each sent exactly once', async () => {
  await queue(120);
  const other = await db.open();
  const sentBy = { a: 0, b: 0 };
  const counting = (key: 'a' | 'b'): MailTransport => {
    const smtp = smtpTransport(sink.url);
    return { send: async (m) => { await smtp.send(m); sentBy[key]++; }, close: () => smtp.close() };
  };
  const [a, b] = await Promise.all([
    worker(db.dataSource, 'worker-a', counting('a')).drain(),
    worker(other, 'worker-b', counting('b')).drain(),
  ]);
  expect(a + b).toBe(120);
  expect(sentBy.a + sentBy.b).toBe(120);
  expect(sentBy.a).toBeGreaterThan(0);
  expect(sentBy.b).toBeGreaterThan(0);
  const counts = sink.counts();
  expect(counts.size).toBe(120);
  expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
  expect((await rows()).every((r) => r.state === MailState.SENT && r.attempts === 1)).toBe(true);
});

it('backs off exponentially and gives up (FAILED) after the last attempt', async () => {
  await queue(1);
  sink.acceptLeft = 0;
  const w = worker();
  let at = T0.getTime();
  for (let attempt = 1; attempt <= MAX_MAIL_ATTEMPTS; attempt++) {
    expect(await w.runOnce()).toBe(1);
    const [row] = await rows();
    expect(row.attempts).toBe(attempt);
    if (attempt === MAX_MAIL_ATTEMPTS) {
      expect(row.state).toBe(MailState.FAILED);
      break;
    }
    expect(row.state).toBe(MailState.PENDING);
    const delay = retryDelayMs(attempt);
    expect(row.nextAttemptAt.getTime()).toBe(at + delay);
    // Not due a millisecond before its time.
    clock.set(new Date(at + delay - 1));
    expect(await w.runOnce()).toBe(0);
    at += delay;
    clock.set(new Date(at));
  }
  expect([1, 2, 3, 4, 5, 6, 7, 8].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000]);
  clock.set(later(365 * 24 * 3600_000));
  expect(await w.runOnce()).toBe(0);
  expect(sink.received).toHaveLength(0);
});

it('gives up at once (FAILED, with the reply as the reason) when the server refuses a recipient for good (550), and retries a 4xx', async () => {
  const [refused, busy, fine] = await queue(3);
  sink.refuseRecipients.set(refused.toAddress, 550);
  sink.refuseRecipients.set(busy.toAddress, 450);
  const w = worker();
  expect(await w.drain()).toBe(3);
  expect(sink.received.map((m) => m.messageId)).toEqual([fine.messageId]);
  const byId = async () => new Map((await rows()).map((r) => [r.id, r]));
  let all = await byId();
  expect(all.get(refused.id)).toMatchObject({ state: MailState.FAILED, attempts: 1, claimedBy: null });
  expect(all.get(refused.id)!.lastError).toMatch(/^550 5\.1\.1 <learner-0@example\.org>: Mailbox unavailable/);
  expect(all.get(busy.id)).toMatchObject({ state: MailState.PENDING, attempts: 1, claimedBy: null });
  expect(all.get(busy.id)!.lastError).toMatch(/450 4\.2\.1/);
  expect(all.get(busy.id)!.nextAttemptAt.toISOString()).toBe(later(30_000).toISOString());
  expect(all.get(fine.id)).toMatchObject({ state: MailState.SENT, attempts: 1 });

  // The busy mailbox is free again: only that one is tried again; the refused one never is.
  sink.refuseRecipients.delete(busy.toAddress);
  clock.set(later(30_000));
  expect(await w.drain()).toBe(1);
  clock.set(later(365 * 24 * 3600_000));
  expect(await w.drain()).toBe(0);
  all = await byId();
  expect(all.get(busy.id)).toMatchObject({ state: MailState.SENT, attempts: 2 });
  expect(all.get(refused.id)).toMatchObject({ state: MailState.FAILED, attempts: 1 });
  expect([...sink.counts().keys()].sort()).toEqual([busy.messageId, fine.messageId].sort());
});

it("frees a crashed worker's claim once it expires, and only then", async () => {
  await queue(3);
  // A worker claims them and dies before sending.
  const claimed = await claimDueMails(ctxOf(db.dataSource), 'crashed:1', 10, 5 * 60_000);
  expect(claimed).toHaveLength(3);
  const w = worker();
  expect(await w.runOnce()).toBe(0);
  clock.set(later(5 * 60_000 - 1));
  expect(await w.runOnce()).toBe(0);
  clock.set(later(5 * 60_000));
  expect(await w.drain()).toBe(3);
  expect(sink.counts().size).toBe(3);
  expect((await rows()).every((r) => r.state === MailState.SENT)).toBe(true);
});

it('runs in the background until stopped, and gives back the rest of its batch when it stops', async () => {
  await queue(6);
  const smtp = smtpTransport(sink.url);
  const slow: MailTransport = { send: async (m) => (await smtp.send(m), await new Promise((r) => setTimeout(r, 150))), close: () => smtp.close() };
  const w = new MailWorker({ dataSource: db.dataSource, transport: slow, clock, name: 'background', pollMs: 20, batchSize: 6, log: () => undefined });
  w.start();
  for (let i = 0; i < 200 && sink.received.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  await w.stop();
  let all = await rows();
  const sent = all.filter((r) => r.state === MailState.SENT).length;
  expect(sent).toBeGreaterThanOrEqual(2);
  expect(sent).toBeLessThan(6);
  // What it had claimed but not sent is free at once, not held until the claim expires.
  expect(all.filter((r) => r.state === MailState.PENDING).every((r) => r.claimedBy === null && r.attempts === 0)).toBe(true);
  expect(await worker().drain()).toBe(6 - sent);
  all = await rows();
  expect(all.every((r) => r.state === MailState.SENT)).toBe(true);
  expect([...sink.counts().values()]).toEqual([1, 1, 1, 1, 1, 1]);
});
