import nodemailer from 'nodemailer';
import { siteOrigin } from '../site-url';

/** One e-mail as the worker hands it to the mail server. */
export interface OutgoingMail {
  /** The RFC 5322 Message-ID, the same on every attempt (a receiver can tell a retry apart). */
  messageId: string;
  to: { address: string; name: string };
  subject: string;
  text: string;
  html: string | null;
  attachments: { filename: string; contentType: string; content: Buffer }[];
}

/**
 * The mail server refused the message for good: a 5xx reply (550 mailbox unavailable, 553 bad address, 554
 * rejected…), to the recipient or to the message. Sending it again cannot help, unlike a 4xx reply (try again
 * later) or a connection that failed. The message is the server's reply.
 */
export class PermanentMailError extends Error {
  constructor(readonly reply: string, readonly responseCode: number) {
    super(reply);
    this.name = 'PermanentMailError';
  }
}

/** The error nodemailer gives for a reply of the server carries its code (`responseCode`) and line (`response`). */
function permanentReply(error: unknown): PermanentMailError | null {
  const { responseCode, response, message } = (error ?? {}) as { responseCode?: unknown; response?: unknown; message?: unknown };
  if (typeof responseCode !== 'number' || responseCode < 500 || responseCode > 599) return null;
  return new PermanentMailError(typeof response === 'string' && response ? response : String(message), responseCode);
}

/** What the worker sends through: SMTP in the app, anything that resolves or throws in tests. */
export interface MailTransport {
  /**
   * Resolves once the server accepted the message; throws with the server's answer otherwise: a
   * PermanentMailError when it refused it for good, any other error when trying again later may work.
   */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** `MAIL_FROM`, else no-reply at the site's host (NEXTAUTH_URL), else at localhost. */
export function mailFrom(env: Record<string, string | undefined> = process.env): string {
  if (env.MAIL_FROM) return env.MAIL_FROM;
  const host = siteOrigin(env) ? new URL(siteOrigin(env)!).hostname : 'localhost';
  return `Cursus <no-reply@${host}>`;
}

/**
 * #10 §8: SMTP through nodemailer, from `SMTP_URL`: smtp://user:pass@host:port (STARTTLS when the server offers
 * it), smtps:// for TLS from the start. A small pool keeps connections open between messages. The timeouts bound
 * one message well under the worker's claim (server/mail-worker.ts), so a slow server turns into a failure and
 * a retry, not into a second sender. (The URL is read here rather than by nodemailer, which drops every other
 * option when given one.)
 */
export function smtpTransport(url: string, from: string = mailFrom()): MailTransport {
  const server = new URL(url);
  if (server.protocol !== 'smtp:' && server.protocol !== 'smtps:') throw new Error('SMTP_URL must start with smtp:// or smtps://');
  const transporter = nodemailer.createTransport({
    pool: true,
    host: server.hostname,
    ...(server.port ? { port: Number(server.port) } : {}),
    secure: server.protocol === 'smtps:',
    ...(server.username ? { auth: { user: decodeURIComponent(server.username), pass: decodeURIComponent(server.password) } } : {}),
    maxConnections: 2,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(mail) {
      try {
        await transporter.sendMail({
          from,
          to: { address: mail.to.address, name: mail.to.name },
          subject: mail.subject,
          text: mail.text,
          ...(mail.html ? { html: mail.html } : {}),
          messageId: mail.messageId,
          attachments: mail.attachments,
        });
      } catch (error) {
        throw permanentReply(error) ?? error;
      }
    },
    close: () => transporter.close(),
  };
}
