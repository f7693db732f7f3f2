import { randomUUID } from 'node:crypto';
import { MailState, OutboxMail } from '../entities';
import { DomainContext } from './context';

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** The file's bytes (an invitation's .ics); kept base64 in the row. */
  content: Buffer;
}

export interface MailInput {
  /** What caused it, for the outbox screen and the audit: INVITATION, MESSAGE, NOTIFICATION, … */
  purpose: string;
  toAddress: string;
  toName?: string;
  userId?: number | null;
  sessionId?: number | null;
  eventId?: number | null;
  subject: string;
  text: string;
  /** Built by the caller with every value escaped (#10 §4). */
  html?: string | null;
  attachments?: MailAttachment[];
}

/** The domain of the Message-IDs: the site's host, or a fixed name when none is configured. */
function messageIdDomain(): string {
  try {
    return process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).hostname : 'cursus.invalid';
  } catch {
    return 'cursus.invalid';
  }
}

/**
 * #10 §8: the one way to send an e-mail. It only queues: the rows are written with `ctx.manager`, in the
 * caller's transaction, so an e-mail exists exactly when the action that caused it committed. The worker
 * (server/mail-worker.ts) sends them. One multi-row insert whatever the number of recipients.
 */
export async function enqueueMails(ctx: DomainContext, mails: MailInput[]): Promise<OutboxMail[]> {
  if (!mails.length) return [];
  const now = ctx.clock.now();
  const domain = messageIdDomain();
  const rows = mails.map((mail) =>
    ctx.manager.create(OutboxMail, {
      messageId: `<${randomUUID()}@${domain}>`,
      purpose: mail.purpose,
      toAddress: mail.toAddress,
      toName: mail.toName ?? '',
      userId: mail.userId ?? null,
      sessionId: mail.sessionId ?? null,
      eventId: mail.eventId ?? null,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      attachments: mail.attachments?.length
        ? JSON.stringify(mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content.toString('base64') })))
        : null,
      state: MailState.PENDING,
      attempts: 0,
      nextAttemptAt: now,
      claimedBy: null,
      claimedUntil: null,
      lastError: null,
      createdAt: now,
      sentAt: null,
    }),
  );
  // Chunks keep each statement under the databases' parameter limits (SQLite: 32,766).
  for (let i = 0; i < rows.length; i += 500) await ctx.manager.insert(OutboxMail, rows.slice(i, i + 500));
  return rows;
}
