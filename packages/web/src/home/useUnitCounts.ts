import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { listsApi, listSearch } from '../api/certificate-lists.js';
import { announce, useAnnouncements } from '../ui/announcements.js';
import { whenIdle } from '../ui/when-idle.js';

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

/**
 * The unit's draft counts for the navigation, asked again (once the page is idle) on every page change and
 * whenever a draft changes in place; unknown while loading, when the count cannot be had, or when `enabled` is false (nobody logged in).
 */
export function useUnitCounts(enabled: boolean): UnitCounts {
  const { pathname } = useLocation();
  const [counts, setCounts] = useState<UnitCounts>(UNKNOWN);
  const changes = useAnnouncements(DRAFTS_CHANGED);
  useEffect(() => {
    if (!enabled) return;
    let active = true;
    const cancel = whenIdle(() =>
      Promise.all([listsApi.count(DRAFTS), listsApi.count(READY)]).then(
        ([drafts, ready]) => active && setCounts({ drafts, ready }),
        // The counts are a convenience: without them the links still lead to the lists.
        () => active && setCounts(UNKNOWN),
      ),
    );
    return () => {
      active = false;
      cancel();
    };
  }, [enabled, pathname, changes]);
  return enabled ? counts : UNKNOWN;
}
