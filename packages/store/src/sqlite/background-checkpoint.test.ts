import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startBackgroundCheckpoint, type CheckpointResult } from './background-checkpoint.js';

const MB = 1024 * 1024;
let folder: string;
let file: string;
let main: SqliteDatabase.Database;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'intyg-checkpoint-'));
  file = join(folder, 'intyg.sqlite');
  // The main connection as the store opens it, with no automatic checkpoint at all: only the thread checkpoints.
  main = new SqliteDatabase(file);
  main.pragma('journal_mode = WAL');
  main.pragma('wal_autocheckpoint = 0');
  main.exec('create table blobs (id integer primary key, data blob)');
});

afterEach(() => {
  if (main.open) main.close();
  rmSync(folder, { recursive: true, force: true });
});

/** One transaction of 1 MiB in sixteen rows. */
function writeMegabyte(): void {
  const insert = main.prepare('insert into blobs (data) values (?)');
  main.transaction(() => {
    for (let i = 0; i < 16; i++) insert.run(Buffer.alloc(64 * 1024, i));
  })();
}
const walSize = () => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);

it('starts only once the log is large, copies it back and keeps it bounded while writes go on', async () => {
  const checkpoint = startBackgroundCheckpoint(file);
  const results: CheckpointResult[] = [];
  checkpoint.onCheckpoint((result) => results.push(result));
  try {
    writeMegabyte();
    await sleep(500);
    expect(results).toEqual([]);

    // 24 MB at about 10 MB/s: without checkpoints the log would hold all of it.
    let largest = 0;
    for (let i = 0; i < 24; i++) {
      writeMegabyte();
      largest = Math.max(largest, walSize());
      await sleep(100);
    }
    expect(results.some((result) => result.logFrames > 0 && result.checkpointedFrames === result.logFrames)).toBe(true);
    expect(largest).toBeLessThan(12 * MB);
    expect(main.prepare('select count(*) as n from blobs').get()).toEqual({ n: 25 * 16 });
  } finally {
    await checkpoint.stop();
  }
});

it('stops its thread, so that closing the main connection leaves no log behind', async () => {
  const checkpoint = startBackgroundCheckpoint(file);
  for (let i = 0; i < 6; i++) writeMegabyte();
  const started = new Promise<void>((resolve) => checkpoint.onCheckpoint(() => resolve()));
  await started;
  await checkpoint.stop();
  main.close();
  expect(existsSync(`${file}-wal`)).toBe(false);
  const reopened = new SqliteDatabase(file, { readonly: true });
  try {
    expect(reopened.prepare('select count(*) as n from blobs').get()).toEqual({ n: 6 * 16 });
  } finally {
    reopened.close();
  }
});

it('tells the operator when its thread fails, and the main connection goes on working', async () => {
  const warned = new Promise<Error>((resolve) => process.once('warning', resolve));
  // A folder that does not exist: the thread cannot open the file.
  const checkpoint = startBackgroundCheckpoint(join(folder, 'missing', 'intyg.sqlite'), { startBytes: 0 });
  try {
    const warning = await warned;
    expect(warning).toMatchObject({ code: 'INTYG_SQLITE_CHECKPOINT' });
    expect(warning.message).toMatch(/^The SQLite background checkpoint stopped \(.+\); the database now checkpoints/);
  } finally {
    await checkpoint.stop();
  }
  writeMegabyte();
  expect(main.prepare('select count(*) as n from blobs').get()).toEqual({ n: 16 });
});

it('stops cleanly when its thread never started', async () => {
  const checkpoint = startBackgroundCheckpoint(file);
  await checkpoint.stop();
  await checkpoint.stop();
});
