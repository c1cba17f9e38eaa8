/**
 * The wait before a delivery's next attempt: doubling from `baseMs` with each failed attempt, at most
 * `maxMs`, and jittered into the upper half of that, so that deliveries that failed together (a recipient that
 * was down) do not all come back in the same instant.
 */
export function retryDelayMs(
  failedAttempts: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
