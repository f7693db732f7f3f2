import { type ParsedMail, simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on localhost (the `smtp-server` package) that keeps what it accepts, parsed by mailparser.
 * `acceptLeft` makes it answer 451 (try again later) to every message past a count; `refuseRecipients` makes it
 * answer a recipient's RCPT TO with a code of its own (550 mailbox unavailable, 450 mailbox busy…); `stop` and
 * `start` take it away and bring it back on the same port, as a mail server that goes down and comes back.
 */
export interface SmtpSink {
  url: string;
  received: ParsedMail[];
  /** How many messages it still accepts before refusing each one (Infinity: all). */
  acceptLeft: number;
  /** Recipients refused at RCPT TO, with the reply code (5xx: for good, 4xx: for now). */
  refuseRecipients: Map<string, number>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** How many times each Message-ID arrived. */
  counts(): Map<string, number>;
}

export async function openSmtpSink(): Promise<SmtpSink> {
  let server: SMTPServer | null = null;
  let port = 0;
  const sink: SmtpSink = {
    url: '',
    received: [],
    acceptLeft: Infinity,
    refuseRecipients: new Map(),
    async start() {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        closeTimeout: 50,
        onRcptTo(address, _session, callback) {
          const code = sink.refuseRecipients.get(address.address);
          if (code === undefined) return callback();
          const text = code >= 500 ? `5.1.1 <${address.address}>: Mailbox unavailable` : `4.2.1 <${address.address}>: Mailbox busy, try again later`;
          callback(Object.assign(new Error(text), { responseCode: code }));
        },
        onData(stream, _session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            if (sink.acceptLeft <= 0) return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
            sink.acceptLeft--;
            simpleParser(Buffer.concat(chunks)).then(
              (mail) => (sink.received.push(mail), callback()),
              (error: Error) => callback(error),
            );
          });
        },
      });
      await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', () => resolve()));
      port = (server!.server.address() as AddressInfo).port;
      sink.url = `smtp://127.0.0.1:${port}`;
    },
    async stop() {
      if (!server) return;
      const stopping = server;
      server = null;
      await new Promise<void>((resolve) => stopping.close(() => resolve()));
    },
    counts() {
      const counts = new Map<string, number>();
      for (const mail of sink.received) counts.set(mail.messageId ?? '', (counts.get(mail.messageId ?? '') ?? 0) + 1);
      return counts;
    },
  };
  await sink.start();
  return sink;
}
