import type { MailState } from '../../graphql-client/graphql';

export const MAIL_STATES: MailState[] = ['PENDING', 'SENT', 'FAILED'];

/** A state's badge colour (dark enough for AA contrast on its light background). */
export const STATE_COLOR: Record<string, string> = { PENDING: 'blue', SENT: 'green', FAILED: 'red' };

/** One row of the outbox table, with its dates already formatted by the server page. */
export interface OutboxRow {
  id: string;
  toAddress: string;
  toName: string;
  subject: string;
  state: MailState;
  attempts: number;
  queued: string;
  sent: string | null;
}
