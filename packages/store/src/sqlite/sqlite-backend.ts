import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { SqliteDialect, sql } from 'kysely';
import type { Backend, DialectDescriptor } from '../dialect.js';

/** How long a statement waits for another process's write lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 10_000;

export const sqliteDescriptor: DialectDescriptor = {
  name: 'sqlite',
  types: { json: 'text', timestamp: 'text', boolean: 'integer' },
  serialPrimaryKey: (column) => column.primaryKey().autoIncrement(),
  encodeBoolean: (value) => (value ? 1 : 0),
  // Stored in UTC (`Z`) so that text order is time order for sorting and cursor comparisons.
  encodeTimestamp: (iso) => new Date(iso).toISOString(),
  decodeJson: (value) => (typeof value === 'string' ? JSON.parse(value) : value),
  async withMigrationLock(db, run) {
    // Kysely's SQLite adapter takes no lock (it assumes one process). BEGIN IMMEDIATE takes the database's
    // write lock up front, so a second process waits (busy_timeout) and then sees the finished migrations.
    // Kysely runs SQLite migrations without a transaction of its own, so they all run inside this one.
    await sql`begin immediate`.execute(db);
    try {
      const result = await run();
      await sql`commit`.execute(db);
      return result;
    } catch (error) {
      await sql`rollback`.execute(db);
      throw error;
    }
  },
};

/** better-sqlite3 on a file (its folder is created if missing), in WAL mode. */
export function createSqliteBackend(path: string): Backend {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true });
  }
  const database = new SqliteDatabase(path, { timeout: BUSY_TIMEOUT_MS });
  // busy_timeout first: switching to WAL needs a lock another process may hold.
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  return { dialect: new SqliteDialect({ database }), descriptor: sqliteDescriptor };
}
