import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { auditHash, GENESIS_HASH } from './audit-hash.js';
import { InvalidCursorError } from './cursor.js';
import { createStore } from './store.js';
import { createTestDatabase, forEachDialect, type TestDatabase } from './test-support/dialects.js';
import { FIXTURE_SCOPE, makeAuditRecord, makeCertificate, makeEvent } from './test-support/fixtures.js';
import { tamperWithAuditLog, withRawDatabase } from './test-support/raw-database.js';
import type { AuditRecord, Store } from './types.js';

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('./test-support/audit-child.ts', import.meta.url));
const TSX = fileURLToPath(import.meta.resolve('tsx'));

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A store on a database of its own, for tests that need the whole chain to themselves or damage it. */
async function freshStore(dialect: TestDatabase['dialect']): Promise<{ store: Store; database: TestDatabase }> {
  const database = await createTestDatabase(dialect);
  cleanups.push(() => database.drop());
  const store = await createStore(database.options);
  cleanups.push(() => store.close());
  return { store, database };
}

/** Every record, oldest first. */
async function allRecords(store: Store, query: { patientId?: string; actorHsaId?: string } = {}) {
  const records: AuditRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listAudit({ ...query, limit: 100, ...(cursor === undefined ? {} : { cursor }) });
    records.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return records.reverse();
}

async function appendMany(store: Store, count: number) {
  for (let i = 0; i < count; i++) await store.appendAudit(makeAuditRecord({ patientId: `19121212${1000 + i}` }));
}

forEachDialect('store: audit log', (t) => {
  it('stores every field, fills purpose and id, and links each record to the one before', async () => {
    const { store } = await freshStore(t.dialect);
    const id = randomUUID();
    await store.appendAudit(
      makeAuditRecord({ id, occurredAt: '2024-03-01T09:00:00.25+01:00', certificateId: null, remoteAddress: null }),
    );
    await store.appendAudit([makeAuditRecord({ activity: 'sign' }), makeAuditRecord({ purpose: 'Annat syfte' })]);

    const [first, second, third] = await allRecords(store);
    expect(first).toEqual({
      seq: 1,
      id,
      occurredAt: '2024-03-01T08:00:00.250Z',
      actorHsaId: 'TSTNMT2321000156-DRAA',
      actorRole: 'doctor',
      unitId: 'TSTNMT2321000156-ALVC',
      careProviderId: 'TSTNMT2321000156-ALFA',
      patientId: '191212121212',
      certificateId: null,
      activity: 'read',
      resourceType: 'Intyg',
      purpose: 'Vård och behandling',
      remoteAddress: null,
      prevHash: GENESIS_HASH,
      hash: auditHash({ ...first!, prevHash: GENESIS_HASH }),
    });
    expect(first!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect([second?.seq, second?.activity, second?.prevHash]).toEqual([2, 'sign', first!.hash]);
    expect([third?.seq, third?.purpose, third?.prevHash]).toEqual([3, 'Annat syfte', second!.hash]);
    expect(second!.id).not.toBe(third!.id);
  });

  it('keeps one valid chain over many appends, single and batched, and verifies it', async () => {
    const { store } = await freshStore(t.dialect);
    expect(await store.verifyAudit()).toEqual({ ok: true, checked: 0 });
    await appendMany(store, 60);
    await store.appendAudit(Array.from({ length: 90 }, () => makeAuditRecord()));

    const records = await allRecords(store);
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    records.forEach((record, i) => {
      expect(record.prevHash).toBe(i === 0 ? GENESIS_HASH : records[i - 1]!.hash);
      expect(auditHash(record)).toBe(record.hash);
    });
    expect(await store.verifyAudit()).toEqual({ ok: true, checked: 150 });
  });

  it('keeps one chain when many appends run at once in one process', async () => {
    const { store, database } = await freshStore(t.dialect);
    // On PostgreSQL a second store is a second pool on the same database. better-sqlite3 is synchronous: a
    // second connection in the same process would block the event loop waiting for the first one's lock,
    // so SQLite gets one store per process (the test with child processes covers several connections).
    const other = t.dialect === 'postgres' ? await createStore(database.options) : store;
    if (other !== store) cleanups.push(() => other.close());
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? store : other).appendAudit(makeAuditRecord())),
    );
    expect(await store.verifyAudit()).toEqual({ ok: true, checked: 40 });
  });

  it('keeps one chain when several processes append at once', async () => {
    const { store, database } = await freshStore(t.dialect);
    const startAt = String(Date.now() + 1_500);
    const children = ['A', 'B', 'C'].map((tag) =>
      run(process.execPath, ['--import', TSX, CHILD, JSON.stringify(database.options), startAt, '15', tag], {
        timeout: 30_000,
      }),
    );
    const outcomes = await Promise.allSettled(children);
    expect(outcomes.map((o) => (o.status === 'rejected' ? String(o.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok']);
    expect(await store.verifyAudit()).toEqual({ ok: true, checked: 45 });
    for (const tag of ['A', 'B', 'C']) expect(await allRecords(store, { actorHsaId: tag })).toHaveLength(15);
  });

  it('lists by patient and by user, newest first, page by page', async () => {
    const patientId = `19${Math.floor(Math.random() * 1e10)}`.padEnd(12, '0');
    const actorHsaId = `TSTNMT2321000156-${randomUUID().slice(0, 6)}`;
    await t.store.appendAudit(makeAuditRecord({ patientId, activity: 'create' }));
    await t.store.appendAudit(makeAuditRecord({ actorHsaId, activity: 'read' }));
    await t.store.appendAudit(makeAuditRecord({ patientId, actorHsaId, activity: 'update' }));
    await t.store.appendAudit(makeAuditRecord({ patientId, activity: 'sign' }));

    const first = await t.store.listAudit({ patientId, limit: 2 });
    expect(first.items.map((r) => r.activity)).toEqual(['sign', 'update']);
    expect(first.nextCursor).not.toBeNull();
    const second = await t.store.listAudit({ patientId, limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((r) => r.activity)).toEqual(['create']);
    expect(second.nextCursor).toBeNull();

    expect((await t.store.listAudit({ actorHsaId, limit: 10 })).items.map((r) => r.activity)).toEqual([
      'update',
      'read',
    ]);
    expect((await t.store.listAudit({ actorHsaId, patientId, limit: 10 })).items.map((r) => r.activity)).toEqual([
      'update',
    ]);
  });

  it('refuses a malformed cursor and a limit out of range', async () => {
    await expect(t.store.listAudit({ limit: 10, cursor: 'bm9wZQ' })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(t.store.listAudit({ limit: 0 })).rejects.toBeInstanceOf(RangeError);
    await expect(t.store.listAudit({ limit: 101 })).rejects.toBeInstanceOf(RangeError);
  });

  it('refuses UPDATE, DELETE (and on PostgreSQL TRUNCATE) of audit records in the database itself', async () => {
    const { store, database } = await freshStore(t.dialect);
    await appendMany(store, 3);
    await withRawDatabase(database, async (db) => {
      await expect(sql`update audit_log set patient_id = '000000000000' where seq = 2`.execute(db)).rejects.toThrow(
        /append-only/,
      );
      await expect(sql`delete from audit_log where seq = 3`.execute(db)).rejects.toThrow(/append-only/);
      if (t.dialect === 'postgres') {
        await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/append-only/);
      }
    });
    expect(await store.verifyAudit()).toEqual({ ok: true, checked: 3 });
  });

  it('fails verification at exactly the record whose field was changed', async () => {
    const { store, database } = await freshStore(t.dialect);
    await appendMany(store, 10);
    const target = (await allRecords(store))[6]!;
    await tamperWithAuditLog(database, `update audit_log set actor_hsa_id = 'TSTNMT2321000156-EVIL' where seq = 7`);

    expect(await store.verifyAudit()).toEqual({
      ok: false,
      checked: 6,
      firstBroken: { seq: 7, id: target.id, reason: 'hashMismatch' },
    });
  });

  it('fails at the next record when a changed record was also given a matching hash', async () => {
    const { store, database } = await freshStore(t.dialect);
    await appendMany(store, 5);
    const records = await allRecords(store);
    const forged = { ...records[1]!, activity: 'print' as const };
    await tamperWithAuditLog(
      database,
      `update audit_log set activity = 'print', hash = '${auditHash(forged)}' where seq = 2`,
    );

    expect(await store.verifyAudit()).toEqual({
      ok: false,
      checked: 2,
      firstBroken: { seq: 3, id: records[2]!.id, reason: 'prevHashMismatch' },
    });
  });

  it('detects a deleted record, in the middle or at the end', async () => {
    const { store, database } = await freshStore(t.dialect);
    await appendMany(store, 6);
    await tamperWithAuditLog(database, 'delete from audit_log where seq = 6');
    expect(await store.verifyAudit()).toEqual({
      ok: false,
      checked: 5,
      firstBroken: { seq: 6, id: null, reason: 'missing' },
    });
    await tamperWithAuditLog(database, 'delete from audit_log where seq = 3');
    expect(await store.verifyAudit()).toEqual({
      ok: false,
      checked: 2,
      firstBroken: { seq: 3, id: null, reason: 'missing' },
    });
  });

  it('writes the audit record with a certificate insert, update and deletion, in their transactions', async () => {
    const { store } = await freshStore(t.dialect);
    const draft = makeCertificate();
    const about = { certificateId: draft.id, patientId: draft.patient.personId };
    await store.insertCertificate(draft, makeEvent('created'), makeAuditRecord({ ...about, activity: 'create' }));
    expect(
      await store.updateCertificate(
        { ...draft, revision: 2 },
        1,
        FIXTURE_SCOPE,
        undefined,
        makeAuditRecord({ ...about, activity: 'update' }),
      ),
    ).toBe('updated');
    expect(
      await store.deleteDraft(
        draft.id,
        2,
        FIXTURE_SCOPE,
        makeEvent('deleted'),
        makeAuditRecord({ ...about, activity: 'delete' }),
      ),
    ).toBe('deleted');
    expect((await allRecords(store)).map((r) => [r.seq, r.activity, r.certificateId])).toEqual([
      [1, 'create', draft.id],
      [2, 'update', draft.id],
      [3, 'delete', draft.id],
    ]);
    expect(await store.verifyAudit()).toEqual({ ok: true, checked: 3 });
  });

  it('rolls the audit record back with a write that conflicts, finds nothing or fails', async () => {
    const { store } = await freshStore(t.dialect);
    const draft = makeCertificate();
    await store.insertCertificate(draft, makeEvent('created'), makeAuditRecord({ activity: 'create' }));
    const audit = makeAuditRecord({ activity: 'update' });

    expect(
      await store.updateCertificate({ ...draft, revision: 3 }, 2, FIXTURE_SCOPE, makeEvent('updated'), audit),
    ).toBe('conflict');
    expect(await store.updateCertificate(makeCertificate({ revision: 2 }), 1, FIXTURE_SCOPE, undefined, audit)).toBe(
      'notFound',
    );
    expect(await store.deleteDraft(draft.id, 7, FIXTURE_SCOPE, makeEvent('deleted'), audit)).toBe('conflict');
    expect(await store.deleteDraft(randomUUID(), 1, FIXTURE_SCOPE, makeEvent('deleted'), audit)).toBe('notFound');
    await expect(store.insertCertificate(draft, makeEvent('created'), audit)).rejects.toThrow();

    expect((await allRecords(store)).map((r) => r.activity)).toEqual(['create']);
    expect(await store.verifyAudit()).toEqual({ ok: true, checked: 1 });
  });

  it('rolls the certificate write back when its audit record cannot be stored', async () => {
    const { store } = await freshStore(t.dialect);
    const first = makeAuditRecord({ id: randomUUID() });
    await store.appendAudit(first);
    const draft = makeCertificate();
    const before = await store.counts();
    // A repeated audit id violates the log's unique key, so the whole transaction must fail.
    await expect(store.insertCertificate(draft, makeEvent('created'), { ...first })).rejects.toThrow();
    expect(await store.getCertificate(draft.id, FIXTURE_SCOPE)).toBeUndefined();
    expect(await store.counts()).toEqual(before);
    expect(await store.verifyAudit()).toEqual({ ok: true, checked: 1 });
  });
});
