import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { createStore } from '../store.js';
import { configureFileLog, LOG_SIZE_LIMIT_BYTES } from './sqlite-backend.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) {
    rmSync(folder, { recursive: true, force: true });
  }
});

it('creates the file’s folder, uses WAL and reports the sqlite dialect', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'intyg-sqlite-'));
  folders.push(folder);
  const path = join(folder, 'nested', 'data', 'intyg.sqlite');

  const store = await createStore({ sqlitePath: path });
  await store.close();

  expect(store.dialect).toBe('sqlite');
  expect(statSync(path).isFile()).toBe(true);
  const raw = new SqliteDatabase(path, { readonly: true });
  try {
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
  } finally {
    raw.close();
  }
});

it('uses SQLite when databaseUrl is empty', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'intyg-sqlite-'));
  folders.push(folder);
  const store = await createStore({ databaseUrl: '', sqlitePath: join(folder, 'intyg.sqlite') });
  await store.close();
  expect(store.dialect).toBe('sqlite');
});

it('cuts the log file back to its limit when a commit starts the log over after a checkpoint', () => {
  const folder = mkdtempSync(join(tmpdir(), 'intyg-sqlite-'));
  folders.push(folder);
  const path = join(folder, 'intyg.sqlite');
  const database = new SqliteDatabase(path);
  try {
    database.pragma('journal_mode = WAL');
    configureFileLog(database);
    database.exec('create table filler (content blob)');
    const insert = database.prepare('insert into filler (content) values (?)');
    const burst = database.transaction(() => {
      for (let i = 0; i < 24; i++) insert.run(Buffer.alloc(1024 * 1024, i));
    });
    burst();
    const logSize = () => statSync(`${path}-wal`).size;
    expect(logSize()).toBeGreaterThan(LOG_SIZE_LIMIT_BYTES);

    // What the background thread does: copy the whole log into the database without truncating it.
    const [checkpoint] = database.pragma('wal_checkpoint(PASSIVE)') as {
      busy: number;
      log: number;
      checkpointed: number;
    }[];
    expect(checkpoint!.checkpointed).toBe(checkpoint!.log);
    expect(logSize()).toBeGreaterThan(LOG_SIZE_LIMIT_BYTES);

    insert.run(Buffer.alloc(16));
    expect(logSize()).toBeLessThanOrEqual(LOG_SIZE_LIMIT_BYTES);
    expect(database.prepare('select count(*) as n from filler').get()).toEqual({ n: 25 });
  } finally {
    database.close();
  }
});
