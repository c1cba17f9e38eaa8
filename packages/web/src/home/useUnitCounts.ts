import { listsApi, listSearch } from '../api/certificate-lists.js';
import { announce } from '../ui/announcements.js';
import { useRefreshedValue } from '../ui/useRefreshedValue.js';

export interface UnitCounts {
  /** Drafts being written at the unit (not locked ones). */
  readonly drafts: number | undefined;
  /** Of those, the ones marked ready for signing. */
  readonly ready: number | undefined;
}

/** Dispatched on `window` when the user changed a draft in place (signed it, marked it ready), so counts refresh. */
const DRAFTS_CHANGED = 'intyg:drafts-changed';

export function announceDraftsChanged(): void {
  announce(DRAFTS_CHANGED);
}

const UNKNOWN: UnitCounts = { drafts: undefined, ready: undefined };
const DRAFTS = listSearch({ statuses: ['draft'] });
const READY = listSearch({ statuses: ['draft'], readyForSign: true });

const loadCounts = async (): Promise<UnitCounts> => {
  const [drafts, ready] = await Promise.all([listsApi.count(DRAFTS), listsApi.count(READY)]);
  return { drafts, ready };
};

/**
 * The unit's draft counts for the navigation, asked again (once the page is idle) on every page change and
 * whenever a draft changes in place; unknown while loading, when the count cannot be had, or when `enabled` is
 * false (nobody logged in).
 */
export function useUnitCounts(enabled: boolean): UnitCounts {
  return useRefreshedValue(enabled, DRAFTS_CHANGED, loadCounts) ?? UNKNOWN;
}
