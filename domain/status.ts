import { EventStatus } from '../entities/enums';

/** R4: the status of an event (or session) is derived from its dates and "now", never stored. */
export function statusAt(start: Date, end: Date, now: Date): EventStatus {
  if (end.getTime() <= now.getTime()) return EventStatus.ENDED;
  if (start.getTime() <= now.getTime()) return EventStatus.ONGOING;
  return EventStatus.UPCOMING;
}

export const hasEnded = (end: Date, now: Date): boolean => end.getTime() <= now.getTime();
