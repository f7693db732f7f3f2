'use client';

import { useEffect, useRef, useState } from 'react';

/** setTimeout's longest delay (about 24.8 days); a later end is rescheduled when this one fires. */
const MAX_DELAY_MS = 2 ** 31 - 1;
/** Asked a little after the end, and never more often than this, should the browser's clock run ahead. */
const MARGIN_MS = 1000;

/**
 * R4 on screen (#8 screen 1): calls `refresh` when the soonest of these ends passes, so the page asks the
 * API again and the API moves that event to the ended list. Only the moment to ask is taken from the
 * browser's clock; whether an event has ended is the API's answer.
 */
export function useRefreshWhenEnded(ends: string[], refresh: () => void) {
  const latest = useRef(refresh);
  latest.current = refresh;
  // Each firing schedules the next one, even if the API still lists the same soonest end (clocks differ).
  const [round, setRound] = useState(0);
  const soonest = ends.length ? Math.min(...ends.map((end) => Date.parse(end))) : null;
  useEffect(() => {
    if (soonest === null) return;
    const fire = () => {
      latest.current();
      setRound((n) => n + 1);
    };
    const timer = setTimeout(fire, Math.min(Math.max(soonest - Date.now(), 0) + MARGIN_MS, MAX_DELAY_MS));
    return () => clearTimeout(timer);
  }, [soonest, round]);
}
