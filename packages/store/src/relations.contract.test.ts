import type { Certificate, RelationKind } from '@intyg/core';
import { expect, it } from 'vitest';
import { forEachDialect } from './test-support/dialects.js';
import { FIXTURE_SCOPE, makeCertificate, makeEvent, signed, uniqueUnitId } from './test-support/fixtures.js';

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

  it('lists without the certificates replaced by one in force, when asked', async () => {
    const unit = { ...makeCertificate().unit, unitId: uniqueUnitId() };
    const elsewhere = { ...makeCertificate().unit, unitId: uniqueUnitId() };
    const at = '2024-03-02T09:00:00.000Z';
    const issued = () => signed(makeCertificate({ unit }), at);
    const replaced = issued();
    const replacedElsewhere = issued();
    const withDraftReplacement = issued();
    const withRevokedReplacement = issued();
    const renewed = issued();
    const originals = [replaced, replacedElsewhere, withDraftReplacement, withRevokedReplacement, renewed];
    for (const original of originals) await t.store.insertCertificate(original, makeEvent('signed'));
    const newer: [Certificate, string, RelationKind][] = [
      [signed(makeCertificate({ unit }), at), replaced.id, 'replaces'],
      [signed(makeCertificate({ unit: elsewhere }), at), replacedElsewhere.id, 'replaces'],
      [makeCertificate({ unit }), withDraftReplacement.id, 'replaces'],
      [{ ...signed(makeCertificate({ unit }), at), status: 'revoked' }, withRevokedReplacement.id, 'replaces'],
      [signed(makeCertificate({ unit }), at), renewed.id, 'renews'],
    ];
    for (const [certificate, toId, kind] of newer) {
      await t.store.insertCertificate(certificate, makeEvent('signed'), undefined, { toId, kind });
    }

    const list = async (excludeReplaced: boolean) =>
      (await t.store.listCertificates({ scope: { unitIds: [unit.unitId] }, limit: 20, excludeReplaced })).items.map(
        (c) => c.id,
      );
    const inUnit = [...originals, ...newer.map(([c]) => c)].filter((c) => c.unit.unitId === unit.unitId);
    expect((await list(false)).sort()).toEqual(inUnit.map((c) => c.id).sort());
    expect((await list(true)).sort()).toEqual(
      inUnit
        .filter((c) => c !== replaced && c !== replacedElsewhere)
        .map((c) => c.id)
        .sort(),
    );
    expect(await t.store.countCertificates({ scope: { unitIds: [unit.unitId] }, excludeReplaced: true })).toBe(
      inUnit.length - 2,
    );
  });
});
