import { expect, it } from 'vitest';
import { forEachDialect } from './test-support/dialects.js';
import { FIXTURE_SCOPE, makeCertificate, makeEvent, signed } from './test-support/fixtures.js';

forEachDialect('store: relations between certificates', (t) => {
  it('shows a relation on both certificates, and forgets it when the newer draft is deleted', async () => {
    const original = signed(makeCertificate(), '2024-03-02T09:00:00.000Z');
    await t.store.insertCertificate(original, makeEvent('signed'));
    const renewal = makeCertificate({ unit: original.unit, createdAt: '2024-03-05T09:00:00.000Z' });
    await t.store.insertCertificate(renewal, makeEvent('created'), undefined, { toId: original.id, kind: 'renews' });

    expect(await t.store.listRelations(renewal.id)).toEqual([
      {
        kind: 'renews',
        direction: 'parent',
        certificateId: original.id,
        type: 'lisjp',
        status: 'signed',
        createdAt: original.createdAt,
        signedAt: '2024-03-02T09:00:00.000Z',
      },
    ]);
    expect(await t.store.listRelations(original.id)).toEqual([
      {
        kind: 'renews',
        direction: 'child',
        certificateId: renewal.id,
        type: 'lisjp',
        status: 'draft',
        createdAt: renewal.createdAt,
        signedAt: null,
      },
    ]);

    expect(await t.store.deleteDraft(renewal.id, renewal.revision, FIXTURE_SCOPE, makeEvent('deleted'))).toBe(
      'deleted',
    );
    expect(await t.store.listRelations(original.id)).toEqual([]);
  });

  it('writes neither certificate nor relation when the insert fails', async () => {
    const original = signed(makeCertificate(), '2024-03-02T09:00:00.000Z');
    await t.store.insertCertificate(original, makeEvent('signed'));
    await expect(
      t.store.insertCertificate({ ...original }, makeEvent('created'), undefined, {
        toId: original.id,
        kind: 'copies',
      }),
    ).rejects.toThrow();
    expect(await t.store.listRelations(original.id)).toEqual([]);
  });
});
