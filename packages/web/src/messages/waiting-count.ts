import { messagesApi } from '../api/messages.js';
import { announce } from '../ui/announcements.js';
import { useRefreshedValue } from '../ui/useRefreshedValue.js';

/** Dispatched on `window` when the user changed a message, so that counts shown elsewhere refresh. */
const MESSAGES_CHANGED = 'intyg:messages-changed';

export function announceMessagesChanged(): void {
  announce(MESSAGES_CHANGED);
}

const loadWaiting = async (): Promise<number> => (await messagesApi.count()).waiting;

/**
 * How many questions wait for care at the user's unit, for the navigation: asked again (once the page is idle)
 * on every page change and whenever a message changes; undefined while unknown or when `enabled` is false
 * (nobody is logged in).
 */
export function useWaitingCount(enabled: boolean): number | undefined {
  return useRefreshedValue(enabled, MESSAGES_CHANGED, loadWaiting);
}
