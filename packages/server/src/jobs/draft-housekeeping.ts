import { addDays, instantOfStockholmDateTime, type Clock } from '@intyg/core';
import type { Store } from '@intyg/store';
import type { WorkerLog } from '../outbox/delivery-worker.js';

export interface HousekeepingConfig {
  /** Drafts created this many days ago or more are locked (Webcert: 14, `job.utkastlock.locked.after.day`). */
  readonly lockAfterDays: number;
  /** Unsigned drafts older than this many months are removed (Webcert: P3M, `dispose.obsolete.drafts.period`). */
  readonly retentionMonths: number;
  /** How often the job runs; it also runs at start. */
  readonly intervalMs: number;
}

const BATCH = 1000;

/**
 * The drafts' scheduled care (domain.md §2.3), run by every server process on its own timer: locking and
 * disposing are single conditional statements in the store, so processes running at once do each draft once.
 */
export class DraftHousekeeping {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly deps: {
      readonly store: Store;
      readonly clock: Clock;
      readonly config: HousekeepingConfig;
      readonly log: WorkerLog;
    },
  ) {}

  start(): void {
    if (this.timer !== undefined) return;
    const run = () => {
      this.running = this.runOnce().catch((error: unknown) =>
        this.deps.log.warn({ err: error }, 'draft housekeeping failed; trying again at the next round'),
      );
    };
    run();
    this.timer = setInterval(run, this.deps.config.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Locks and disposes of what is due now; returns how many of each. */
  async runOnce(): Promise<{ locked: number; disposed: number }> {
    const { store, clock, config } = this.deps;
    const at = clock.now();
    const today = clock.today();
    // Created before midnight (Stockholm) `lockAfterDays` days ago, as Webcert's lock job counts.
    const lockBefore = instantOfStockholmDateTime(`${addDays(today, -config.lockAfterDays)}T00:00:00`)!;
    const disposeBefore = instantOfStockholmDateTime(`${monthsBefore(today, config.retentionMonths)}T00:00:00`)!;
    let locked = 0;
    let disposed = 0;
    for (let n = BATCH; n === BATCH; locked += n) {
      n = await store.lockDrafts({ createdBefore: lockBefore, at, limit: BATCH });
    }
    for (let n = BATCH; n === BATCH; disposed += n) {
      n = await store.disposeDrafts({ createdBefore: disposeBefore, at, limit: BATCH });
    }
    if (locked + disposed > 0) this.deps.log.info({ locked, disposed }, 'draft housekeeping');
    return { locked, disposed };
  }
}

/** The calendar date `months` months before `date` (YYYY-MM-DD), the day clamped to the month's length. */
export function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}
