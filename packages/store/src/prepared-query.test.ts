import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preparedQuery } from './prepared-query.js';
import type { Database } from './schema.js';

// A scratch table is enough: what is under test is binding values into a query compiled once.
interface Scratch {
  notes: { id: string; kind: string; size: number | null };
}

describe('preparedQuery', () => {
  let db: Kysely<Database>;
  const scratch = (database: Kysely<Database>) => database as unknown as Kysely<Scratch>;

  beforeEach(async () => {
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }) });
    await sql`create table notes (id text primary key, kind text not null, size integer)`.execute(db);
  });
  afterEach(() => db.destroy());

  it('builds once and binds each call’s values, also a value used twice and constants kept as built', async () => {
    const build = vi.fn((database: Kysely<Database>, id: string, size: number | null) =>
      scratch(database).insertInto('notes').values({ id, kind: 'fixed', size }),
    );
    const insert = preparedQuery(2, build);
    await insert(db, 'a', 1);
    await insert(db, 'b', null);
    const kindOrId = preparedQuery(1, (database, value: string) =>
      scratch(database)
        .selectFrom('notes')
        .select(['id', 'kind', 'size'])
        .where((eb) => eb.or([eb('id', '=', value), eb('kind', '=', value)]))
        .orderBy('id'),
    );

    expect(build).toHaveBeenCalledTimes(1);
    expect((await kindOrId(db, 'b')).rows).toEqual([{ id: 'b', kind: 'fixed', size: null }]);
    expect((await kindOrId(db, 'fixed')).rows.map((row) => row.id)).toEqual(['a', 'b']);
  });

  it('runs inside the transaction it is given', async () => {
    const insert = preparedQuery(1, (database, id: string) =>
      scratch(database).insertInto('notes').values({ id, kind: 'k', size: null }),
    );
    await expect(
      db.transaction().execute(async (trx) => {
        await insert(trx, 'rolled-back');
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await scratch(db).selectFrom('notes').selectAll().execute()).toEqual([]);
  });

  it('refuses a builder that does not bind a value as a parameter', async () => {
    const raw = preparedQuery(1, (database, id: string) =>
      scratch(database)
        .selectFrom('notes')
        .selectAll()
        .where(sql<boolean>`id = ${sql.raw(`'${id}'`)}`),
    );
    await expect(raw(db, 'a')).rejects.toThrow('does not bind value(s) 0');
  });

  it('refuses undefined: SQLite cannot bind it and Kysely would have left the column out', async () => {
    const insert = preparedQuery(2, (database, id: string, size: number | null) =>
      scratch(database).insertInto('notes').values({ id, kind: 'k', size }),
    );
    await expect(insert(db, 'a', undefined as unknown as null)).rejects.toThrow('Value 1 of a prepared query');
    expect(await scratch(db).selectFrom('notes').selectAll().execute()).toEqual([]);
  });
});
