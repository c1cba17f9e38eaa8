import { Kysely, sql } from 'kysely';
import { createSqliteBackend } from '../sqlite/sqlite-backend.js';
import type { TestDatabase } from './dialects.js';

/** Runs SQL on a test database past the store, as someone with direct database access could. */
export async function withRawDatabase<T>(
  database: TestDatabase,
  run: (db: Kysely<Record<string, never>>) => Promise<T>,
): Promise<T> {
  const backend =
    database.options.databaseUrl !== undefined
      ? (await import('../postgres/postgres-backend.js')).createPostgresBackend(database.options.databaseUrl)
      : createSqliteBackend(database.options.sqlitePath);
  const db = new Kysely<Record<string, never>>({ dialect: backend.dialect });
  try {
    return await run(db);
  } finally {
    await db.destroy();
  }
}

/**
 * Runs a statement on `audit_log` with its append-only triggers out of the way, as an attacker with
 * owner rights could. SQLite has no way to disable a trigger, so there they are dropped for good.
 */
export async function tamperWithAuditLog(database: TestDatabase, statement: string): Promise<void> {
  await withRawDatabase(database, async (db) => {
    if (database.dialect === 'postgres') {
      await sql`alter table audit_log disable trigger user`.execute(db);
      await sql.raw(statement).execute(db);
      await sql`alter table audit_log enable trigger user`.execute(db);
    } else {
      await sql`drop trigger if exists audit_log_no_update`.execute(db);
      await sql`drop trigger if exists audit_log_no_delete`.execute(db);
      await sql.raw(statement).execute(db);
    }
  });
}
