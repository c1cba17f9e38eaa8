import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../schema.js';
import { sharedWriteTransactions } from '../write-transactions.js';
import { createSqliteBackend } from './sqlite-backend.js';

// A scratch table is enough: what is under test is how bodies share transactions, not the schema.
interface Scratch {
  notes: { id: string };
}

describe('shared write transactions on SQLite (group commit)', () => {
  let folder: string;
  let file: string;
  let db: Kysely<Database>;
  let observer: SqliteDatabase.Database;
  const scratch = () => db as unknown as Kysely<Scratch>;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'intyg-group-commit-'));
    file = join(folder, 'intyg.sqlite');
    db = new Kysely<Database>({ dialect: createSqliteBackend(file).dialect });
    await sql`create table notes (id text primary key)`.execute(db);
    // A second connection sees only what has been committed.
    observer = new SqliteDatabase(file, { readonly: true });
  });

  afterEach(async () => {
    observer.close();
    await db.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  const committed = () =>
    (observer.prepare('select id from notes order by id').all() as { id: string }[]).map((r) => r.id);

  it('writes what arrives in the same turn in one transaction, and answers each caller after the commit', async () => {
    const transactions = vi.spyOn(db, 'transaction');
    const write = sharedWriteTransactions(db);
    const ids = Array.from({ length: 20 }, (_, i) => `n${String(i).padStart(2, '0')}`);

    const answers = ids.map((id) =>
      write(async (trx) => {
        await (trx as unknown as Kysely<Scratch>).insertInto('notes').values({ id }).execute();
        return id.toUpperCase();
      }).then((value) => ({ value, visible: committed().includes(id) })),
    );

    const settled = await Promise.all(answers);
    expect(settled.map((s) => s.value)).toEqual(ids.map((id) => id.toUpperCase()));
    expect(settled.every((s) => s.visible)).toBe(true);
    expect(transactions).toHaveBeenCalledTimes(1);
    expect(committed()).toEqual(ids);
  });

  it('rolls back only the body that failed; the others in its batch commit', async () => {
    const write = sharedWriteTransactions(db);
    const insert = (id: string) => (trx: unknown) =>
      (trx as Kysely<Scratch>).insertInto('notes').values({ id }).execute();

    const results = await Promise.allSettled([
      write(insert('a')),
      write(async (trx) => {
        await insert('b')(trx);
        throw new RangeError('not allowed');
      }),
      // A constraint violation in the database is a body's own failure too.
      write(async (trx) => {
        await insert('c')(trx);
        await insert('a')(trx);
      }),
      write(insert('d')),
    ]);

    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(RangeError);
    expect(committed()).toEqual(['a', 'd']);
  });

  it('batches what arrives while a batch is being written into the next one', async () => {
    const transactions = vi.spyOn(db, 'transaction');
    const write = sharedWriteTransactions(db);
    const insert = (id: string) =>
      write((trx) => (trx as unknown as Kysely<Scratch>).insertInto('notes').values({ id }).execute());

    const first = insert('x1');
    await new Promise((resolve) => setImmediate(resolve));
    const during = [insert('x2'), insert('x3')];
    await Promise.all([first, ...during]);
    expect(transactions).toHaveBeenCalledTimes(2);

    await expect(scratch().selectFrom('notes').select('id').execute()).resolves.toHaveLength(3);
    await insert('x4');
    expect(committed()).toEqual(['x1', 'x2', 'x3', 'x4']);
  });
});
