import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createStore, type AuditRecord } from '@intyg/store';
import { tamperWithAuditLog } from '@intyg/store/test-support';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('./audit-verify.ts', import.meta.url));
const TSX = fileURLToPath(import.meta.resolve('tsx'));

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A data folder whose SQLite database holds `count` audit records; returns the folder and the records. */
async function dataDirWithAudit(
  count: number,
): Promise<{ dataDir: string; sqlitePath: string; records: AuditRecord[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'intyg-audit-cli-'));
  folders.push(dataDir);
  const sqlitePath = join(dataDir, 'intyg.sqlite');
  const store = await createStore({ sqlitePath });
  try {
    for (let i = 0; i < count; i++) {
      await store.appendAudit({
        occurredAt: '2024-03-01T08:00:00.000Z',
        actorHsaId: 'TSTNMT2321000156-DRAA',
        actorRole: 'doctor',
        unitId: 'TSTNMT2321000156-ALVC',
        careProviderId: 'TSTNMT2321000156-ALFA',
        patientId: '191212121212',
        certificateId: null,
        activity: 'read',
        resourceType: 'Patient',
        remoteAddress: '192.0.2.1',
      });
    }
    return { dataDir, sqlitePath, records: (await store.listAudit({ limit: 100 })).items.reverse() };
  } finally {
    await store.close();
  }
}

/** Runs the CLI with the server's configuration pointing at `dataDir`; resolves with its exit code and output. */
async function verify(dataDir: string): Promise<{ code: number; stdout: string }> {
  const env = { ...process.env, INTYG_DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'development' };
  try {
    const { stdout } = await run(process.execPath, ['--import', TSX, CLI], { env, timeout: 30_000 });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('npm run audit:verify (cli/audit-verify)', () => {
  it('exits 0 and says how many records it checked when the chain is intact', async () => {
    const { dataDir } = await dataDirWithAudit(4);
    expect(await verify(dataDir)).toEqual({ code: 0, stdout: 'Audit log intact: 4 records checked.\n' });
  });

  it('exits 1 naming the first broken record of a tampered SQLite database', async () => {
    const { dataDir, sqlitePath, records } = await dataDirWithAudit(5);
    await tamperWithAuditLog(
      { dialect: 'sqlite', options: { sqlitePath }, drop: async () => undefined },
      "update audit_log set remote_address = '203.0.113.9' where seq = 3",
    );
    const { code, stdout } = await verify(dataDir);
    expect(code).toBe(1);
    expect(stdout).toBe(
      `Audit log BROKEN at record seq 3 (id ${records[2]!.id}): the record's content no longer matches its hash ` +
        '(it was changed) [hashMismatch]. 2 records before it are intact.\n',
    );
  });

  it('exits 2 on a configuration error', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'intyg-audit-cli-'));
    folders.push(dataDir);
    const env = { ...process.env, INTYG_DATA_DIR: dataDir, DATABASE_URL: 'mysql://nope' };
    const outcome = await run(process.execPath, ['--import', TSX, CLI], { env, timeout: 30_000 }).catch(
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(outcome).toMatchObject({ code: 2, stderr: expect.stringContaining('DATABASE_URL') });
  });
});
