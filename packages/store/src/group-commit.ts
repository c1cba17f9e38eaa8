/**
 * Group commit: items handed in during one turn of the event loop, or while a write is in
 * flight, are written together by the next write, and each caller's promise settles when the
 * write holding its items commits (or fails). The first write waits only for the current turn
 * to finish (setImmediate), so a busy server pays for one transaction per batch instead of one
 * per item.
 */
export function groupCommit<T>(
  write: (items: readonly T[]) => Promise<void>,
  maxBatch = 500,
): (items: readonly T[]) => Promise<void> {
  interface Waiting {
    readonly items: readonly T[];
    readonly resolve: () => void;
    readonly reject: (error: unknown) => void;
  }
  const queue: Waiting[] = [];
  let writing = false;

  async function drain(): Promise<void> {
    try {
      while (queue.length > 0) {
        const batch: Waiting[] = [];
        let count = 0;
        while (queue.length > 0 && (batch.length === 0 || count + queue[0]!.items.length <= maxBatch)) {
          const next = queue.shift()!;
          batch.push(next);
          count += next.items.length;
        }
        try {
          await write(batch.flatMap((waiting) => waiting.items));
          for (const waiting of batch) waiting.resolve();
        } catch (error) {
          for (const waiting of batch) waiting.reject(error);
        }
      }
    } finally {
      writing = false;
    }
  }

  return (items) => {
    if (items.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      queue.push({ items, resolve, reject });
      if (!writing) {
        writing = true;
        setImmediate(() => void drain());
      }
    });
  };
}
