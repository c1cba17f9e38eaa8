/**
 * Runs `task` once the browser has nothing more urgent to do (at the latest after `timeoutMs`), so that
 * conveniences such as the navigation's counts never compete with the page the user is waiting for. Returns a
 * function that cancels it.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 50);
  return () => window.clearTimeout(handle);
}
