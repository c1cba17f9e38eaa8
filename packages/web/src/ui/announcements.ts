import { useEffect, useState } from 'react';

/**
 * Announcements on `window` by which one part of the page tells others that something changed on the server (a
 * message answered, a draft signed), so that counts shown elsewhere are asked for again.
 */
export function announce(name: string): void {
  window.dispatchEvent(new Event(name));
}

/** How many times `name` has been announced since mounting: a dependency for effects that fetch again. */
export function useAnnouncements(name: string): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const announced = () => setCount((n) => n + 1);
    window.addEventListener(name, announced);
    return () => window.removeEventListener(name, announced);
  }, [name]);
  return count;
}
