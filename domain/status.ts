import { EventStatus } from '../entities/enums';
import { Condition } from './scope';

/** R4: the status of an event (or session) is derived from its dates and "now", never stored. */
export function statusAt(start: Date, end: Date, now: Date): EventStatus {
  if (end.getTime() <= now.getTime()) return EventStatus.ENDED;
  if (start.getTime() <= now.getTime()) return EventStatus.ONGOING;
  return EventStatus.UPCOMING;
}

export const hasEnded = (end: Date, now: Date): boolean => end.getTime() <= now.getTime();

/**
 * R4 in SQL, the same boundary as hasEnded(): ended once end <= now, compared on the indexed end column at
 * query time, so a row moves from the open list to the ended one the moment its end passes, with no write.
 * #6 §14: the one place this condition is written; every query that filters on "ended" or "open" uses it.
 */
export const endedCondition = (endColumn: string, ended: boolean, now: Date): Condition => ({
  sql: `${endColumn} ${ended ? '<=' : '>'} :statusNow`,
  parameters: { statusNow: now },
});

/** R4 in SQL for a whole status, the same derivation as statusAt() on the indexed dates. */
export function statusCondition(startColumn: string, endColumn: string, status: EventStatus, now: Date): Condition {
  if (status === EventStatus.ENDED) return endedCondition(endColumn, true, now);
  const open = endedCondition(endColumn, false, now);
  const started = status === EventStatus.ONGOING ? '<=' : '>';
  return { sql: `(${startColumn} ${started} :statusNow AND ${open.sql})`, parameters: open.parameters };
}
