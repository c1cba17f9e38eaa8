import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.js';

/** A unit of writing: all its statements take effect together or not at all. */
export type WriteBody<T> = (trx: Transaction<Database>) => Promise<T>;

/** Runs a write body atomically and settles with its result once the result is durable (committed). */
export type RunWrite = <T>(body: WriteBody<T>) => Promise<T>;

/** One database transaction per body: what PostgreSQL wants, where a pool of connections writes in parallel. */
export function transactionPerWrite(db: Kysely<Database>): RunWrite {
  return (body) => db.transaction().execute(body);
}

interface Queued {
  readonly body: WriteBody<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

/**
 * Shared transactions (group commit) for a database with one writer connection, as SQLite has: its writes
 * are serialised anyway and each commit costs more than a point write, so the bodies handed in during one
 * turn of the event loop, or while a batch is being written, run one after another inside one transaction.
 *
 * Each body runs inside its own SAVEPOINT: a body that throws is rolled back to its savepoint and only its
 * caller sees the error; the others commit. Every caller is answered only after the shared COMMIT, so no
 * caller ever sees a result that a crash could still undo. If the commit itself fails, every caller of the
 * batch gets that error and none of the batch's writes remain.
 */
export function sharedWriteTransactions(db: Kysely<Database>, maxBatch = 100): RunWrite {
  const queue: Queued[] = [];
  let draining = false;

  async function writeBatch(batch: readonly Queued[]): Promise<void> {
    let outcomes: Outcome[] = [];
    try {
      await db.transaction().execute(async (trx) => {
        outcomes = [];
        for (const item of batch) outcomes.push(await runInSavepoint(trx, item.body));
      });
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  }

  async function drain(): Promise<void> {
    try {
      while (queue.length > 0) await writeBatch(queue.splice(0, maxBatch));
    } finally {
      draining = false;
    }
  }

  return <T>(body: WriteBody<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ body, resolve: resolve as (value: unknown) => void, reject });
      if (!draining) {
        draining = true;
        setImmediate(() => void drain());
      }
    });
}

// Compiled once: two of them run with every write.
const SAVEPOINT = CompiledQuery.raw('savepoint write_item');
const ROLLBACK_TO_SAVEPOINT = CompiledQuery.raw('rollback to savepoint write_item');
const RELEASE_SAVEPOINT = CompiledQuery.raw('release savepoint write_item');

/**
 * A body's error is its own outcome; an error while rolling back to the savepoint means the transaction
 * itself is broken, and it fails the whole batch.
 */
async function runInSavepoint(trx: Transaction<Database>, body: WriteBody<unknown>): Promise<Outcome> {
  await trx.executeQuery(SAVEPOINT);
  let outcome: Outcome;
  try {
    outcome = { ok: true, value: await body(trx) };
  } catch (error) {
    await trx.executeQuery(ROLLBACK_TO_SAVEPOINT);
    outcome = { ok: false, error };
  }
  await trx.executeQuery(RELEASE_SAVEPOINT);
  return outcome;
}
