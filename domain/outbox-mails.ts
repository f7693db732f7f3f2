import { Brackets } from 'typeorm';
import { MailState, OutboxMail } from '../entities';
import { isPlatformAdmin } from './actor';
import { DomainContext } from './context';
import { conflict, notFound } from './errors';
import { ErrorReason } from './error-reasons';
import { Page, PageArgs, paginate } from './pagination';
import { assertAdmin } from './permissions';
import { containsPattern, LIKE_ESCAPE } from './search';
import { inTransaction } from './transaction';

/** #10 §8: the outbox as administrators read it (/manage/outbox). Nobody else reads it. */
export interface OutboxMailFilter {
  state?: MailState | null;
  /** Words in the recipient's address or name. */
  search?: string | null;
}

/** Newest first, by state and recipient; administrators only (others: FORBIDDEN). */
export function listOutboxMails(ctx: DomainContext, filter: OutboxMailFilter, args: PageArgs): Promise<Page<OutboxMail>> {
  assertAdmin(ctx);
  const qb = ctx.manager.createQueryBuilder(OutboxMail, 'm');
  const state = filter.state ?? null;
  const search = filter.search?.trim() ? filter.search : null;
  if (state) qb.andWhere('m.state = :state', { state });
  if (search) {
    const pattern = containsPattern(search);
    qb.andWhere(new Brackets((w) => w.where(`m.toAddress LIKE :pattern ${LIKE_ESCAPE}`, { pattern }).orWhere(`m.toName LIKE :pattern ${LIKE_ESCAPE}`)));
  }
  return paginate(qb, { column: 'id', direction: 'DESC' }, args, { state, search });
}

/** One e-mail; outside an administrator's hands it does not exist (NOT_FOUND, like a missing id). */
export async function readOutboxMail(ctx: DomainContext, id: number): Promise<OutboxMail> {
  const mail = isPlatformAdmin(ctx.actor) ? await ctx.manager.findOneBy(OutboxMail, { id }) : null;
  if (!mail) throw notFound('OutboxMail', 'id');
  return mail;
}

/** The names of its attached files (the files stay in the outbox row). */
export function attachmentNames(mail: OutboxMail): string[] {
  return mail.attachments ? (JSON.parse(mail.attachments) as { filename: string }[]).map((a) => a.filename) : [];
}

/** Only a given-up e-mail is queued again: a pending one is still being tried, a sent one went. */
export const canRetry = (mail: OutboxMail): boolean => mail.state === MailState.FAILED;

/**
 * « Renvoyer »: a FAILED e-mail goes back to the outbox, due now, with a full set of attempts; its last error
 * stays for reference until the next try. The update is conditional (canRetry's rule in SQL), so two clicks
 * queue it once.
 */
export function retryOutboxMail(ctx: DomainContext, id: number): Promise<OutboxMail> {
  return inTransaction(ctx, async (tx) => {
    await readOutboxMail(tx, id);
    const result = await tx.manager.update(
      OutboxMail,
      { id, state: MailState.FAILED },
      { state: MailState.PENDING, attempts: 0, nextAttemptAt: tx.clock.now(), claimedBy: null, claimedUntil: null },
    );
    if (result.affected !== 1) throw conflict(ErrorReason.MAIL_NOT_FAILED, 'only an e-mail that was given up can be sent again', 'id');
    return readOutboxMail(tx, id);
  });
}
