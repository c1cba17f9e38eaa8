import type { ColumnDefinitionBuilder, Dialect, Kysely } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/**
 * Everything that differs between the two databases, and nothing else. Queries and migrations are
 * written once against this descriptor; `sqlite/` and `postgres/` each provide one.
 */
export interface DialectDescriptor {
  readonly name: DialectName;
  /** Column types for the shared migrations. */
  readonly types: {
    /** A JSON document: `text` on SQLite, `jsonb` on PostgreSQL. */
    readonly json: 'text' | 'jsonb';
    /** An instant: ISO 8601 text on SQLite, `timestamptz` on PostgreSQL. */
    readonly timestamp: 'text' | 'timestamptz';
    /** `integer` 0/1 on SQLite (it has no boolean type), `boolean` on PostgreSQL. */
    readonly boolean: 'integer' | 'boolean';
  };
  /** Makes a column an ever-increasing surrogate key (AUTOINCREMENT / identity). */
  serialPrimaryKey(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /**
   * Whether concurrent writes share one transaction (group commit, write-transactions.ts). Right for SQLite,
   * whose one connection serialises writers anyway and where the commit is the expensive part; wrong for
   * PostgreSQL, whose pool writes in parallel and where a shared transaction would queue writers behind it.
   */
  readonly sharesWriteTransactions: boolean;
  /** Value to bind for a boolean column (better-sqlite3 cannot bind booleans). */
  encodeBoolean(value: boolean): boolean | number;
  /** Value to bind for an instant column; input is any ISO 8601 string with offset. */
  encodeTimestamp(iso: string): string;
  /** Value read from a JSON column, before parsing: SQLite returns text, pg returns parsed jsonb. */
  decodeJson(value: unknown): unknown;
  /**
   * Runs the migrator so that no other process migrates at the same time. PostgreSQL relies on
   * Kysely's advisory lock; SQLite holds the database's write lock for the whole run.
   */
  withMigrationLock<T>(db: Kysely<unknown>, run: () => Promise<T>): Promise<T>;
}

/** What a backend folder hands to `createStore`. */
export interface Backend {
  readonly dialect: Dialect;
  readonly descriptor: DialectDescriptor;
  /** Stops what the backend runs beside its connection (SQLite's checkpoint thread), before the connection closes. */
  readonly beforeClose?: () => Promise<void>;
}
