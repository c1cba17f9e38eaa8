import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { useAnnouncements } from './announcements.js';
import { whenIdle } from './when-idle.js';

/**
 * A value shown beside the page (the navigation's counts), asked for with `load` once the page is idle: again on
 * every page change and whenever `announcement` is announced. Undefined while unknown, when `load` fails (the
 * value is a convenience: the links still lead to the lists) and while `enabled` is false (nobody logged in).
 * `load` is a function defined once (at module level): a new one asks again.
 */
export function useRefreshedValue<T>(enabled: boolean, announcement: string, load: () => Promise<T>): T | undefined {
  const { pathname } = useLocation();
  const [value, setValue] = useState<T | undefined>(undefined);
  const changes = useAnnouncements(announcement);
  useEffect(() => {
    if (!enabled) return;
    let active = true;
    const cancel = whenIdle(() =>
      load().then(
        (loaded) => active && setValue(() => loaded),
        () => active && setValue(undefined),
      ),
    );
    return () => {
      active = false;
      cancel();
    };
  }, [enabled, pathname, changes, load]);
  return enabled ? value : undefined;
}
