import type { Certificate } from '@intyg/core';
import { expect, it } from 'vitest';
import { encodeCursor, InvalidCursorError } from './cursor.js';
import { forEachDialect } from './test-support/dialects.js';
import { makeCertificate, makeEvent, uniqueUnitId } from './test-support/fixtures.js';
import type { Store } from './types.js';

/** Minute `i` after a fixed instant, in toISOString form. */
function minute(i: number): string {
  return new Date(Date.UTC(2024, 2, 1, 8, 0) + i * 60_000).toISOString();
}

async function insertAll(store: Store, certificates: Certificate[]): Promise<void> {
  for (const certificate of certificates) {
    await store.insertCertificate(certificate, makeEvent('created'));
  }
}

function ids(certificates: readonly Certificate[]): string[] {
  return certificates.map((c) => c.id);
}

forEachDialect('store: listing certificates', (t) => {
  it('lists only the unit’s certificates, most recently changed first', async () => {
    const unitId = uniqueUnitId();
    const inUnit = (i: number) =>
      makeCertificate({ unit: { ...makeCertificate().unit, unitId }, updatedAt: minute(i) });
    const a = inUnit(1);
    const b = inUnit(3);
    const c = inUnit(2);
    await insertAll(t.store, [a, b, c, makeCertificate({ updatedAt: minute(5) })]);

    const page = await t.store.listCertificates({ scope: { unitIds: [unitId] }, limit: 10 });

    expect(ids(page.items)).toEqual([b.id, c.id, a.id]);
    expect(page.items[0]).toStrictEqual(b);
    expect(page.nextCursor).toBeNull();
  });

  it('filters by patient, statuses and type', async () => {
    const unit = { ...makeCertificate().unit, unitId: uniqueUnitId() };
    const other = { personId: '199001012384', name: 'Åsa Öberg' };
    const draft = makeCertificate({ unit, updatedAt: minute(1) });
    const locked = makeCertificate({ unit, status: 'lockedDraft', updatedAt: minute(2) });
    const signedOther = makeCertificate({ unit, status: 'signed', patient: other, updatedAt: minute(3) });
    const ag114 = makeCertificate({ unit, type: 'ag114', version: '1.0', patient: other, updatedAt: minute(4) });
    await insertAll(t.store, [draft, locked, signedOther, ag114]);
    const list = async (filter: Partial<Parameters<Store['listCertificates']>[0]>) =>
      ids((await t.store.listCertificates({ scope: { unitIds: [unit.unitId] }, limit: 10, ...filter })).items);

    expect(await list({ patientId: other.personId })).toEqual([ag114.id, signedOther.id]);
    expect(await list({ statuses: ['draft', 'lockedDraft'] })).toEqual([ag114.id, locked.id, draft.id]);
    expect(await list({ statuses: ['signed'] })).toEqual([signedOther.id]);
    expect(await list({ statuses: [] })).toHaveLength(4);
    expect(await list({ type: 'ag114' })).toEqual([ag114.id]);
    expect(await list({ patientId: other.personId, statuses: ['draft'] })).toEqual([ag114.id]);
    expect(await list({ patientId: '191212121212', statuses: ['signed'] })).toEqual([]);
  });

  it('pages through more than one page with the cursor, without duplicates or gaps', async () => {
    const unit = { ...makeCertificate().unit, unitId: uniqueUnitId() };
    // Pairs share an updatedAt, so the id must break ties for the cursor to be exact.
    const all = Array.from({ length: 23 }, (_, i) => makeCertificate({ unit, updatedAt: minute(Math.floor(i / 2)) }));
    await insertAll(t.store, all);
    const expected = [...all]
      .sort((x, y) => (x.updatedAt === y.updatedAt ? (x.id < y.id ? 1 : -1) : x.updatedAt < y.updatedAt ? 1 : -1))
      .map((c) => c.id);

    const seen: string[] = [];
    const pageSizes: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await t.store.listCertificates({
        scope: { unitIds: [unit.unitId] },
        limit: 5,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...ids(page.items));
      pageSizes.push(page.items.length);
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined && pageSizes.length < 10);

    expect(pageSizes).toEqual([5, 5, 5, 5, 3]);
    expect(seen).toEqual(expected);
  });

  it('gives no next cursor when the last page is exactly full', async () => {
    const unit = { ...makeCertificate().unit, unitId: uniqueUnitId() };
    await insertAll(
      t.store,
      Array.from({ length: 4 }, (_, i) => makeCertificate({ unit, updatedAt: minute(i) })),
    );
    const first = await t.store.listCertificates({ scope: { unitIds: [unit.unitId] }, limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    const second = await t.store.listCertificates({
      scope: { unitIds: [unit.unitId] },
      limit: 2,
      cursor: first.nextCursor!,
    });
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses an invalid cursor with InvalidCursorError', async () => {
    const unitId = uniqueUnitId();
    const invalid = [
      'not a cursor!',
      '',
      Buffer.from('{"updatedAt":"2024-01-01T00:00:00.000Z"}').toString('base64url'),
      Buffer.from('["yesterday","abc"]').toString('base64url'),
      Buffer.from('["2024-01-01T00:00:00.000Z",42]').toString('base64url'),
    ];
    for (const cursor of invalid) {
      await expect(
        t.store.listCertificates({ scope: { unitIds: [unitId] }, limit: 10, cursor }),
        cursor,
      ).rejects.toBeInstanceOf(InvalidCursorError);
    }
    // A cursor of another order is refused too: its position means nothing in this one.
    await expect(
      t.store.listCertificates({
        scope: { unitIds: [unitId] },
        limit: 10,
        cursor: encodeCursor({ sort: 'created-desc', value: '2024-01-01T00:00:00.000Z', id: 'x' }),
      }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
    const valid = encodeCursor({ sort: 'updated-desc', value: '2024-01-01T00:00:00.000Z', id: 'x' });
    await expect(t.store.listCertificates({ scope: { unitIds: [unitId] }, limit: 10, cursor: valid })).resolves.toEqual(
      {
        items: [],
        nextCursor: null,
      },
    );
  });

  it('refuses a limit outside 1–100', async () => {
    const unitId = uniqueUnitId();
    for (const limit of [0, 101, 1.5, -1]) {
      await expect(t.store.listCertificates({ scope: { unitIds: [unitId] }, limit }), String(limit)).rejects.toThrow(
        RangeError,
      );
    }
    await expect(t.store.listCertificates({ scope: { unitIds: [unitId] }, limit: 100 })).resolves.toEqual({
      items: [],
      nextCursor: null,
    });
  });

  it('filters by creator, signer, ready for signing and date ranges, and counts what a filter covers', async () => {
    const unitId = uniqueUnitId();
    const unit = { ...makeCertificate().unit, unitId };
    const nurse = { userId: 'anna', hsaId: 'HSA-ANNA', name: 'Anna' };
    const doctor = { userId: 'ajla', hsaId: 'HSA-AJLA', name: 'Ajla' };
    const draftByNurse = makeCertificate({ unit, createdBy: nurse, readyForSign: true, updatedAt: minute(1) });
    const draftByDoctor = makeCertificate({ unit, createdBy: doctor, updatedAt: minute(2) });
    const signedEarly = makeCertificate({
      unit,
      createdBy: nurse,
      status: 'signed',
      signedBy: doctor,
      signedAt: minute(10),
      updatedAt: minute(10),
    });
    const signedLate = makeCertificate({
      unit,
      type: 'ag7804',
      createdBy: doctor,
      status: 'sent',
      signedBy: doctor,
      signedAt: minute(20),
      updatedAt: minute(21),
    });
    await insertAll(t.store, [draftByNurse, draftByDoctor, signedEarly, signedLate]);
    const scope = { unitIds: [unitId] };
    const list = async (extra: object) => ids((await t.store.listCertificates({ scope, limit: 10, ...extra })).items);

    expect(await list({ statuses: ['draft'], createdBy: 'anna' })).toEqual([draftByNurse.id]);
    expect(await list({ statuses: ['draft'], readyForSign: true })).toEqual([draftByNurse.id]);
    expect(await list({ signedBy: 'ajla' })).toEqual([signedLate.id, signedEarly.id]);
    expect(await list({ signedFrom: minute(5), signedTo: minute(20) })).toEqual([signedEarly.id]);
    expect(await list({ updatedFrom: minute(2), updatedTo: minute(11) })).toEqual([signedEarly.id, draftByDoctor.id]);
    expect(await t.store.countCertificates({ scope, statuses: ['draft', 'lockedDraft'] })).toBe(2);
    expect(await t.store.countCertificates({ scope, statuses: ['draft'], readyForSign: true })).toBe(1);
    expect(await t.store.countCertificates({ scope })).toBe(4);
  });

  it('sorts by when created, signed or by type, either way, and pages through each order without overlap', async () => {
    const unitId = uniqueUnitId();
    const unit = { ...makeCertificate().unit, unitId };
    const certificates = [0, 1, 2, 3, 4].map((i) =>
      makeCertificate({
        unit,
        type: ['lisjp', 'ag7804', 'luse', 'ag114', 'lisjp'][i],
        createdAt: minute(10 - i),
        updatedAt: minute(i),
        ...(i % 2 === 0 ? { status: 'signed' as const, signedAt: minute(100 + i) } : {}),
      }),
    );
    await insertAll(t.store, certificates);
    const scope = { unitIds: [unitId] };
    const all = async (query: object) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await t.store.listCertificates({ scope, limit: 2, ...query, ...(cursor ? { cursor } : {}) });
        seen.push(...ids(page.items));
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      return seen;
    };
    const byCreated = [...certificates].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(await all({ sort: 'created', order: 'asc' })).toEqual(ids(byCreated));
    expect(await all({ sort: 'created', order: 'desc' })).toEqual(ids(byCreated).reverse());
    expect(await all({ sort: 'signed', order: 'desc' })).toEqual(
      ids([certificates[4]!, certificates[2]!, certificates[0]!]),
    );
    const byType = await all({ sort: 'type', order: 'asc' });
    const types = byType.map((id) => certificates.find((c) => c.id === id)!.type);
    expect(types).toEqual(['ag114', 'ag7804', 'lisjp', 'lisjp', 'luse']);
  });
});
