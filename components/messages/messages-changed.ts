'use client';

import { useEffect } from 'react';

// Told when a message is sent or read, so that the header's count, the inbox and the sent list agree.
const CHANGED = 'cursus:messages-changed';

export const announceMessagesChanged = () => window.dispatchEvent(new Event(CHANGED));

/** Runs `reload` whenever messages change elsewhere on the page. */
export function useMessagesChanged(reload: () => void) {
  useEffect(() => {
    window.addEventListener(CHANGED, reload);
    return () => window.removeEventListener(CHANGED, reload);
  }, [reload]);
}
