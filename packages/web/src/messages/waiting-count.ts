import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { messagesApi } from '../api/messages.js';
import { announce, useAnnouncements } from '../ui/announcements.js';
import { whenIdle } from '../ui/when-idle.js';

/** Dispatched on `window` when the user changed a message, so that counts shown elsewhere refresh. */
const MESSAGES_CHANGED = 'intyg:messages-changed';

export function announceMessagesChanged(): void {
  announce(MESSAGES_CHANGED);
}

/**
 * How many questions wait for care at the user's unit, for the navigation: asked again (once the page is idle)
 * on every page change and whenever a message changes; undefined while unknown or when `enabled` is false (nobody is logged in).
 */
export function useWaitingCount(enabled: boolean): number | undefined {
  const { pathname } = useLocation();
  const [count, setCount] = useState<number | undefined>(undefined);
  const changes = useAnnouncements(MESSAGES_CHANGED);
  useEffect(() => {
    if (!enabled) return;
    let active = true;
    const cancel = whenIdle(() =>
      messagesApi.count().then(
        ({ waiting }) => active && setCount(waiting),
        // The count is a convenience: without it the link still leads to the list.
        () => active && setCount(undefined),
      ),
    );
    return () => {
      active = false;
      cancel();
    };
  }, [enabled, pathname, changes]);
  return enabled ? count : undefined;
}
