import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * WAL checkpoints on a thread of their own.
 *
 * better-sqlite3 runs every statement on the event loop's thread. SQLite's automatic checkpoint runs inside the
 * commit that crosses its threshold (1,000 pages): under a steady write load every tenth or so group commit
 * copied 4 MB back into the database file and synced it, holding up every request in flight for several
 * milliseconds. That was most of the p99 of autosave and sign. SQLite's documented remedy is to turn the automatic
 * checkpoint off and checkpoint from another thread; a PASSIVE checkpoint never blocks the writer, and once it
 * has copied the whole log the next commit starts the log over from its beginning.
 *
 * The thread starts only once the log reaches START_BYTES, so a store that writes little (a test, a quiet
 * laptop) never pays for it. The main connection keeps an automatic checkpoint at SAFETY_NET_PAGES as a bound
 * on the log should the thread fall behind or die.
 */
export interface BackgroundCheckpoint {
  /** Stops watching and, if it started, the thread; resolves once the thread has closed its connection. */
  stop(): Promise<void>;
  /** Calls `listener` with each checkpoint's result (for tests and diagnostics). */
  readonly onCheckpoint: (listener: (result: CheckpointResult) => void) => void;
}

export interface CheckpointResult {
  readonly busy: boolean;
  readonly logFrames: number;
  readonly checkpointedFrames: number;
}

/** The log size at which the thread starts: SQLite's own automatic threshold, 1,000 pages of 4 KiB. */
const START_BYTES = 4 * 1024 * 1024;
/** How often the thread checkpoints once started; at 20 MB/s of log this keeps it near 4 MB. */
const INTERVAL_MS = 200;
/** The main connection's own automatic checkpoint, only reached when the thread cannot keep up: 64 MiB. */
export const SAFETY_NET_PAGES = 16_384;

// Runs as a CommonJS script in the worker (eval), so it works the same from source (tests) and from dist.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
// Waits for a lock held by another process's migration rather than failing at once.
const db = new Database(workerData.path, { timeout: 5000 });
db.pragma('synchronous = NORMAL');
const checkpoint = () => {
  let row;
  try {
    [row] = db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    return; // e.g. an I/O error: the next round tries again, and the main connection's safety net stands
  }
  parentPort.postMessage({ busy: row.busy === 1, logFrames: row.log, checkpointedFrames: row.checkpointed });
};
const timer = setInterval(checkpoint, workerData.intervalMs);
checkpoint();
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** Tests start the thread at once with `startBytes: 0`. */
export function startBackgroundCheckpoint(
  databasePath: string,
  { startBytes = START_BYTES }: { readonly startBytes?: number } = {},
): BackgroundCheckpoint {
  const walPath = `${databasePath}-wal`;
  const listeners: ((result: CheckpointResult) => void)[] = [];
  let worker: Worker | undefined;
  let exited: Promise<void> = Promise.resolve();
  let stopped = false;

  const start = () => {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver, path: databasePath, intervalMs: INTERVAL_MS },
    });
    exited = new Promise((resolve) => worker!.once('exit', () => resolve()));
    worker.on('message', (result: CheckpointResult) => {
      for (const listener of listeners) listener(result);
    });
    // A failed thread leaves the safety net in charge and the store goes on working; the operator is told, on
    // stderr as a process warning, with SQLite's message (a file or lock problem, never data).
    worker.on('error', (error) => {
      process.emitWarning(
        `The SQLite background checkpoint stopped (${error.message}); the database now checkpoints itself ` +
          `when its log reaches ${SAFETY_NET_PAGES} pages.`,
        { code: 'INTYG_SQLITE_CHECKPOINT' },
      );
    });
    worker.unref();
  };

  const watch = setInterval(() => {
    // throwIfNoEntry: false: before the first write there is no log file.
    if ((statSync(walPath, { throwIfNoEntry: false })?.size ?? 0) >= startBytes) {
      clearInterval(watch);
      start();
    }
  }, INTERVAL_MS);
  watch.unref();

  return {
    onCheckpoint: (listener) => listeners.push(listener),
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(watch);
      worker?.postMessage('stop');
      await exited;
    },
  };
}
