import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { SqliteDialect, sql, type SqliteDatabase as KyselySqliteDatabase } from 'kysely';
import type { Backend, DialectDescriptor } from '../dialect.js';
import { SAFETY_NET_PAGES, startBackgroundCheckpoint } from './background-checkpoint.js';

/** How long a statement waits for another process's write lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 10_000;
/**
 * The size the log file is cut back to when a commit starts it over: a burst that grew it towards the 64 MiB
 * safety net does not leave the data folder holding that much log for good.
 */
export const LOG_SIZE_LIMIT_BYTES = 16 * 1024 * 1024;

export const sqliteDescriptor: DialectDescriptor = {
  name: 'sqlite',
  types: { json: 'text', timestamp: 'text', boolean: 'integer' },
  serialPrimaryKey: (column) => column.primaryKey().autoIncrement(),
  sharesWriteTransactions: true,
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

/** Most distinct statements kept prepared; queries with variable-length IN lists make new ones. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; preparing costs more than running a point query. The same SQL
 * text always gets the same prepared statement here. Safe because Kysely serialises access to the
 * one connection and runs each statement to completion before the next.
 */
function withStatementCache(database: SqliteDatabase.Database, beforeClose?: () => void): KyselySqliteDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      beforeClose?.();
      database.close();
    },
    prepare(text) {
      let statement = statements.get(text);
      if (statement === undefined) {
        statement = database.prepare(text);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
        statements.set(text, statement);
      }
      return statement;
    },
  };
}

/**
 * Runs `statement`, again while SQLite answers SQLITE_BUSY, for up to BUSY_TIMEOUT_MS. Needed for the switch to
 * WAL: when two processes open a new database file at once, SQLite answers the second BUSY at once rather than
 * calling its busy handler (it could otherwise deadlock), so busy_timeout does not cover it.
 */
function retryWhileBusy(statement: () => unknown): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      statement();
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
      // Opening a store is synchronous; a short blocking pause lets the other process finish its switch.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

/**
 * The log settings of a file database's writing connection: SQLite's own checkpoint only as the safety net (the
 * background thread checkpoints), and the log file cut back to LOG_SIZE_LIMIT_BYTES when it starts over.
 */
export function configureFileLog(database: SqliteDatabase.Database): void {
  database.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
  database.pragma(`journal_size_limit = ${LOG_SIZE_LIMIT_BYTES}`);
}

/** better-sqlite3 on a file (its folder is created if missing), in WAL mode, checkpointed in the background. */
export function createSqliteBackend(path: string): Backend {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true });
  }
  const database = new SqliteDatabase(path, { timeout: BUSY_TIMEOUT_MS });
  // busy_timeout first: switching to WAL needs a lock another process may hold.
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  retryWhileBusy(() => database.pragma('journal_mode = WAL'));
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  if (path === ':memory:') {
    return { dialect: new SqliteDialect({ database: withStatementCache(database) }), descriptor: sqliteDescriptor };
  }
  configureFileLog(database);
  const checkpoint = startBackgroundCheckpoint(path);
  return {
    // Closed without the store (a bare Kysely in tests): the thread is told to stop, not waited for.
    dialect: new SqliteDialect({ database: withStatementCache(database, () => void checkpoint.stop()) }),
    descriptor: sqliteDescriptor,
    beforeClose: () => checkpoint.stop(),
  };
}
