import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Kysely, sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import type { DialectDescriptor } from './dialect.js';
import { migrations } from './migrations/migrate.js';
import { createSqliteBackend } from './sqlite/sqlite-backend.js';
import { createStore } from './store.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from './test-support/dialects.js';
import { FIXTURE_SCOPE, makeCertificate, makeEvent } from './test-support/fixtures.js';

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('./test-support/migrate-child.ts', import.meta.url));
const TSX = fileURLToPath(import.meta.resolve('tsx'));

/** The names the migrator recorded, read past the store. */
async function recordedMigrations(database: TestDatabase): Promise<string[]> {
  const backend =
    database.options.databaseUrl !== undefined
      ? (await import('./postgres/postgres-backend.js')).createPostgresBackend(database.options.databaseUrl)
      : createSqliteBackend(database.options.sqlitePath);
  const db = new Kysely<{ kysely_migration: { name: string } }>({ dialect: backend.dialect });
  try {
    const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    return rows.rows.map((r) => r.name);
  } finally {
    await db.destroy();
  }
}

const allMigrationNames = Object.keys(migrations({} as DialectDescriptor)).sort();

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup();
  }
});

async function freshDatabase(dialect: TestDatabase['dialect']): Promise<TestDatabase> {
  const database = await createTestDatabase(dialect);
  cleanups.push(() => database.drop());
  return database;
}

forEachDialect('store: migrations', (t) => {
  it('migrates an empty database once; opening it again is a no-op that keeps the data', async () => {
    const database = await freshDatabase(t.dialect);
    const first = await createStore(database.options);
    const draft = makeCertificate();
    await first.insertCertificate(draft, makeEvent('created'));
    await first.close();

    const second = await createStore(database.options);
    cleanups.push(() => second.close());
    expect(await second.getCertificate(draft.id, FIXTURE_SCOPE)).toStrictEqual(draft);
    expect(await second.counts()).toEqual({ certificates: 1, events: 1, sessions: 0 });
    expect(await recordedMigrations(database)).toEqual(allMigrationNames);
  });

  it('is safe when several processes migrate the same new database at once', async () => {
    const database = await freshDatabase(t.dialect);
    const startAt = String(Date.now() + 1_500);
    const children = Array.from({ length: 2 }, () =>
      run(process.execPath, ['--import', TSX, CHILD, JSON.stringify(database.options), startAt], {
        timeout: 30_000,
      }),
    );

    const outcomes = await Promise.allSettled(children);

    expect(outcomes.map((o) => (o.status === 'rejected' ? String(o.reason) : 'ok'))).toEqual(['ok', 'ok']);
    expect(await recordedMigrations(database)).toEqual(allMigrationNames);
    const store = await createStore(database.options);
    cleanups.push(() => store.close());
    expect(await store.counts()).toEqual({ certificates: 2, events: 2, sessions: 0 });
  });

  it('serves the suite store with the schema in place', async () => {
    expect(await recordedMigrations(t.database)).toEqual(allMigrationNames);
  });
});
