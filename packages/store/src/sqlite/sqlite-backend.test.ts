import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { createStore } from '../store.js';

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
