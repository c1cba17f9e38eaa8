import { PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Backend, DialectDescriptor } from '../dialect.js';

/** Connections per process; several server nodes share one PostgreSQL, so keep this modest. */
const POOL_MAX = 10;

export const postgresDescriptor: DialectDescriptor = {
  name: 'postgres',
  types: { json: 'jsonb', timestamp: 'timestamptz', boolean: 'boolean' },
  serialPrimaryKey: (column) => column.primaryKey().generatedAlwaysAsIdentity(),
  sharesWriteTransactions: false,
  encodeBoolean: (value) => value,
  encodeTimestamp: (iso) => iso,
  // pg parses jsonb itself.
  decodeJson: (value) => value,
  // Kysely's PostgreSQL migrator holds a session advisory lock and migrates in a transaction.
  withMigrationLock: (_db, run) => run(),
};

export function createPostgresBackend(databaseUrl: string): Backend {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_MAX });
  // An idle client losing its connection emits 'error' on the pool; unhandled, that would end the process.
  // The pool replaces the client, and the next query reports any lasting problem.
  pool.on('error', (error) => console.error('PostgreSQL idle client error:', error.message));
  return { dialect: new PostgresDialect({ pool }), descriptor: postgresDescriptor };
}
