import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { listsApi, listSearch } from '../api/certificate-lists.js';

export interface UnitCounts {
  /** Drafts being written at the unit (not locked ones). */
  readonly drafts: number | undefined;
  /** Of those, the ones marked ready for signing. */
  readonly ready: number | undefined;
}

const UNKNOWN: UnitCounts = { drafts: undefined, ready: undefined };
const DRAFTS = listSearch({ statuses: ['draft'] });
const READY = listSearch({ statuses: ['draft'], readyForSign: true });

/**
 * The unit's draft counts for the navigation, asked again on every page change; unknown while loading, when
 * the count cannot be had, or when `enabled` is false (nobody logged in).
 */
export function useUnitCounts(enabled: boolean): UnitCounts {
  const { pathname } = useLocation();
  const [counts, setCounts] = useState<UnitCounts>(UNKNOWN);
  useEffect(() => {
    if (!enabled) return;
    let active = true;
    Promise.all([listsApi.count(DRAFTS), listsApi.count(READY)]).then(
      ([drafts, ready]) => active && setCounts({ drafts, ready }),
      // The counts are a convenience: without them the links still lead to the lists.
      () => active && setCounts(UNKNOWN),
    );
    return () => {
      active = false;
    };
  }, [enabled, pathname]);
  return enabled ? counts : UNKNOWN;
}
