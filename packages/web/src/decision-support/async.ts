import { useEffect, useState } from 'react';

/**
 * Small helpers for the decision support's reference-data lookups. The data does not change while a doctor
 * writes, so answers are kept for the page's life; the hooks never hold up rendering or typing.
 */

/**
 * `load` with its answers remembered per key (at most `capacity`, the oldest dropped first). A failed load is
 * forgotten, so the next call tries again.
 */
export function memoizeAsync<T>(load: (key: string) => Promise<T>, capacity = 200): (key: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (key) => {
    const known = cache.get(key);
    if (known) return known;
    const promise = load(key);
    cache.set(key, promise);
    if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
    promise.catch(() => cache.delete(key));
    return promise;
  };
}

/** `value`, once it has stayed the same for `delayMs`. */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

export type Loaded<T> =
  | { readonly status: 'idle' }
  /** `stale`: the answer for the previous key, to show until the new one arrives instead of flickering. */
  | { readonly status: 'loading'; readonly stale?: T }
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'error'; readonly error: unknown };

/**
 * The answer of `load(key)` for the current key; `idle` while the key is undefined. An answer that arrives
 * after the key changed is dropped. `load` must be stable (defined at module level).
 */
export function useLoaded<T>(key: string | undefined, load: (key: string) => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ key: string | undefined; loaded: Loaded<T> }>({
    key: undefined,
    loaded: { status: 'idle' },
  });
  useEffect(() => {
    if (key === undefined) return;
    let current = true;
    load(key).then(
      (value) => current && setState({ key, loaded: { status: 'done', value } }),
      (error: unknown) => current && setState({ key, loaded: { status: 'error', error } }),
    );
    return () => {
      current = false;
    };
  }, [key, load]);
  if (key === undefined) return { status: 'idle' };
  if (state.key === key) return state.loaded;
  return state.loaded.status === 'done' ? { status: 'loading', stale: state.loaded.value } : { status: 'loading' };
}
