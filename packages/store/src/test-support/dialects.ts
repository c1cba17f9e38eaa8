/**
 * The databases every store test runs against, for the store's contract suite and for the server's tests.
 *
 * Both SQLite (a temp file) and PostgreSQL run by default, and PostgreSQL is required: when it cannot be
 * reached the tests FAIL, they never skip. PostgreSQL is found at INTYG_TEST_POSTGRES_URL (default
 * postgres://postgres@127.0.0.1:5432/test); each test file gets its own database, dropped afterwards.
 *
 * Opt-out for a laptop without PostgreSQL: INTYG_TEST_DIALECTS=sqlite (a comma-separated list of
 * `sqlite`, `postgres`). CI never sets it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { createStore, type StoreOptions } from '../store.js';
import type { DialectName } from '../dialect.js';
import type { Store } from '../types.js';

export type TestDialect = DialectName;

const ALL_DIALECTS: readonly TestDialect[] = ['sqlite', 'postgres'];
const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** The dialects to test: all of them unless INTYG_TEST_DIALECTS names a subset. */
export function testDialects(): TestDialect[] {
  const setting = process.env['INTYG_TEST_DIALECTS']?.trim();
  if (setting === undefined || setting === '') {
    return [...ALL_DIALECTS];
  }
  const names = setting.split(',').map((name) => name.trim());
  for (const name of names) {
    if (!ALL_DIALECTS.includes(name as TestDialect)) {
      throw new Error(`INTYG_TEST_DIALECTS: unknown dialect "${name}" (known: ${ALL_DIALECTS.join(', ')}).`);
    }
  }
  return names as TestDialect[];
}

export function postgresAdminUrl(): string {
  return process.env['INTYG_TEST_POSTGRES_URL'] ?? DEFAULT_POSTGRES_URL;
}

/** A fresh, empty database: the options to open it with `createStore`, and how to remove it. */
export interface TestDatabase {
  readonly dialect: TestDialect;
  readonly options: StoreOptions;
  drop(): Promise<void>;
}

export async function createTestDatabase(dialect: TestDialect): Promise<TestDatabase> {
  return dialect === 'sqlite' ? createSqliteTestDatabase() : createPostgresTestDatabase();
}

function createSqliteTestDatabase(): TestDatabase {
  const folder = mkdtempSync(join(tmpdir(), 'intyg-store-'));
  return {
    dialect: 'sqlite',
    options: { sqlitePath: join(folder, 'intyg.sqlite') },
    drop: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const adminUrl = postgresAdminUrl();
  const name = `intyg_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    dialect: 'postgres',
    // sqlitePath is unused when databaseUrl is set; it names nothing that exists.
    options: { databaseUrl: url.toString(), sqlitePath: join(tmpdir(), 'intyg-unused.sqlite') },
    async drop() {
      await withAdminClient(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withAdminClient<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  // Loaded only when PostgreSQL is tested.
  let pgModule: typeof pg;
  try {
    pgModule = (await import('pg')).default;
  } catch (error) {
    // Seen when the test runner hands Node the `import` condition, so pg's require('pg-pool') gets ESM.
    throw new Error(
      `pg cannot be loaded (${(error as Error).message}). If it says "Class extends value [object Module]", ` +
        `the Vitest config's ssr.resolve.conditions must not contain 'import' or 'module'.`,
      { cause: error },
    );
  }
  const client = new pgModule.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is required for the store tests but ${redact(adminUrl)} cannot be reached ` +
        `(${(error as Error).message}). Start it, point INTYG_TEST_POSTGRES_URL at one, or run only SQLite ` +
        `with INTYG_TEST_DIALECTS=sqlite.`,
      { cause: error },
    );
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password !== '') {
    parsed.password = '***';
  }
  return parsed.toString();
}

/** A migrated store in a fresh database; `destroy()` closes it and drops the database. */
export interface TestStore {
  readonly store: Store;
  readonly database: TestDatabase;
  destroy(): Promise<void>;
}

export async function openTestStore(dialect: TestDialect): Promise<TestStore> {
  const database = await createTestDatabase(dialect);
  let store: Store;
  try {
    store = await createStore(database.options);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    store,
    database,
    async destroy() {
      await store.close();
      await database.drop();
    },
  };
}

/** What `forEachDialect` hands each suite; the getters work inside tests and hooks, not at collection time. */
export interface DialectContext {
  readonly dialect: TestDialect;
  /** The suite's store, shared by its tests: give each test its own ids. */
  readonly store: Store;
  /** The suite's database, e.g. to open a second store on it. */
  readonly database: TestDatabase;
}

/**
 * Registers `describe('<name> [<dialect>]')` for every test dialect, with one migrated store per suite,
 * opened before its tests and dropped after them.
 */
export function forEachDialect(name: string, define: (context: DialectContext) => void): void {
  for (const dialect of testDialects()) {
    describe(`${name} [${dialect}]`, () => {
      let opened: TestStore | undefined;
      beforeAll(async () => {
        opened = await openTestStore(dialect);
      });
      afterAll(async () => {
        await opened?.destroy();
      });
      const current = (): TestStore => {
        if (opened === undefined) {
          throw new Error(`The ${dialect} test store is not open (use it inside tests or hooks).`);
        }
        return opened;
      };
      define({
        dialect,
        get store() {
          return current().store;
        },
        get database() {
          return current().database;
        },
      });
    });
  }
}

// Direct SQL on a test database, e.g. to tamper with the audit log as an attacker could.
export { tamperWithAuditLog, withRawDatabase } from './raw-database.js';
