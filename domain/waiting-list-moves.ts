import { Inscription, InscriptionRole, InscriptionState, WaitingListMove } from '../entities';
import { userIdOf } from './actor';
import { DomainContext } from './context';
import { badInput, conflict, notFound } from './errors';
import { ErrorReason } from './error-reasons';
import { getInscription } from './inscriptions';
import { PageArgs, paginate } from './pagination';
import { assertManagesSession } from './permissions';
import { confirmWaiting, freeSeats, lockTarget, LockedTarget } from './seats';
import { inTransaction } from './transaction';
import { syncWaitingLine, waitingPlaces, writeLine } from './waiting-list';

/**
 * #9 §4, staff only (the training's managers): reorder a waiting list, and promote by hand (after the
 * promotion cut-off, or out of turn). Both under the line's lock, like every seat change (R6).
 */
async function lockedWaiting(tx: DomainContext, id: number): Promise<{ inscription: Inscription; target: LockedTarget; line: number[] }> {
  const found = await getInscription(tx, id);
  await assertManagesSession(tx, found.sessionId);
  const target = await lockTarget(tx, { sessionId: found.sessionId, eventId: found.eventId });
  const inscription = await tx.manager.findOneBy(Inscription, { id: found.id });
  if (!inscription) throw notFound('Inscription', 'id');
  if (inscription.role !== InscriptionRole.LEARNER || inscription.state !== InscriptionState.WAITLISTED)
    throw conflict(ErrorReason.NOT_WAITLISTED, 'only a waiting registration has a place in the line', 'id');
  return { inscription, target, line: await syncWaitingLine(tx, target) };
}

/** Moves a waiting learner to `position` (1 = next); the others shift by one. The move is recorded. */
export function moveInWaitingList(ctx: DomainContext, id: number, position: number): Promise<Inscription> {
  return inTransaction(ctx, async (tx) => {
    const { inscription, target, line } = await lockedWaiting(tx, id);
    if (!Number.isInteger(position) || position < 1 || position > line.length)
      throw badInput('position', ErrorReason.POSITION_OUT_OF_RANGE, `position must be between 1 and ${line.length}`);
    const from = line.indexOf(inscription.id) + 1;
    if (from === position) return inscription;
    const order = line.filter((other) => other !== inscription.id);
    order.splice(position - 1, 0, inscription.id);
    const places = await waitingPlaces(tx, target);
    await writeLine(tx, target, order, new Map(places.map((p) => [p.inscriptionId, p.position])));
    await tx.manager.insert(WaitingListMove, {
      sessionId: inscription.sessionId,
      eventId: inscription.eventId,
      inscriptionId: inscription.id,
      userId: inscription.userId,
      movedById: userIdOf(tx.actor),
      fromPosition: from,
      toPosition: position,
      movedAt: tx.clock.now(),
    });
    return inscription;
  });
}

/** Gives a free seat to this waiting learner, whatever their place and the cut-off; CONFLICT NO_SEAT_LEFT when full. */
export function promoteInscription(ctx: DomainContext, id: number): Promise<Inscription> {
  return inTransaction(ctx, async (tx) => {
    const { inscription, target } = await lockedWaiting(tx, id);
    if ((await freeSeats(tx, target)) === 0) throw conflict(ErrorReason.NO_SEAT_LEFT, 'no seat is free', 'id');
    const [promoted] = await confirmWaiting(tx, target, [inscription.id]);
    return promoted;
  });
}

/** The recorded moves of a session's waiting lists (its own and its events'), newest first; its managers only. */
export async function waitingListMoves(ctx: DomainContext, sessionId: number, args: PageArgs) {
  await assertManagesSession(ctx, sessionId);
  const qb = ctx.manager.createQueryBuilder(WaitingListMove, 'm').where('m.sessionId = :sessionId', { sessionId });
  return paginate(qb, { column: 'id', direction: 'DESC' }, args, { sessionId });
}
