import type { Certificate, CertificateStatus, RelationKind } from '@intyg/core';
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

  it('lists a signed or sent certificate that one in force replaces as replaced, and filters by it', async () => {
    const unit = { ...makeCertificate().unit, unitId: uniqueUnitId() };
    const elsewhere = { ...makeCertificate().unit, unitId: uniqueUnitId() };
    const at = '2024-03-02T09:00:00.000Z';
    const issued = (status: 'signed' | 'sent' | 'revoked' = 'signed') => ({
      ...signed(makeCertificate({ unit }), at),
      status,
    });
    const replaced = issued();
    const sentAndReplaced = issued('sent');
    const replacedElsewhere = issued();
    const revokedAndReplaced = issued('revoked');
    const withDraftReplacement = issued();
    const withRevokedReplacement = issued();
    const renewed = issued();
    const originals = [
      replaced,
      sentAndReplaced,
      replacedElsewhere,
      revokedAndReplaced,
      withDraftReplacement,
      withRevokedReplacement,
      renewed,
    ];
    for (const original of originals) await t.store.insertCertificate(original, makeEvent('signed'));
    const replacement = signed(makeCertificate({ unit }), at);
    const newer: [Certificate, string, RelationKind][] = [
      [replacement, replaced.id, 'replaces'],
      [signed(makeCertificate({ unit }), at), sentAndReplaced.id, 'replaces'],
      [signed(makeCertificate({ unit: elsewhere }), at), replacedElsewhere.id, 'replaces'],
      [signed(makeCertificate({ unit }), at), revokedAndReplaced.id, 'replaces'],
      [makeCertificate({ unit }), withDraftReplacement.id, 'replaces'],
      [{ ...signed(makeCertificate({ unit }), at), status: 'revoked' }, withRevokedReplacement.id, 'replaces'],
      [signed(makeCertificate({ unit }), at), renewed.id, 'renews'],
    ];
    for (const [certificate, toId, kind] of newer) {
      await t.store.insertCertificate(certificate, makeEvent('signed'), undefined, { toId, kind });
    }
    const scope = { unitIds: [unit.unitId] };
    const statusesOf = async (statuses: CertificateStatus[]) =>
      Object.fromEntries(
        (await t.store.listCertificates({ scope, limit: 20, statuses })).items.map((c) => [c.id, c.status]),
      );
    const replacedIds = [replaced.id, sentAndReplaced.id, replacedElsewhere.id];

    const all = await statusesOf([]);
    expect(Object.keys(all)).toHaveLength(originals.length + newer.length - 1);
    expect(replacedIds.map((id) => all[id])).toEqual(['replaced', 'replaced', 'replaced']);
    expect([revokedAndReplaced, withDraftReplacement, withRevokedReplacement, renewed].map((c) => all[c.id])).toEqual([
      'revoked',
      'signed',
      'signed',
      'signed',
    ]);
    expect(Object.keys(await statusesOf(['replaced'])).sort()).toEqual([...replacedIds].sort());
    const signedOrSent = await statusesOf(['signed', 'sent']);
    expect(replacedIds.filter((id) => id in signedOrSent)).toEqual([]);
    expect(signedOrSent[replacement.id]).toBe('signed');
    expect(await t.store.countCertificates({ scope, statuses: ['replaced', 'revoked'] })).toBe(5);
    // The stored certificate keeps its stored status; its relations say what replaced it.
    expect((await t.store.getCertificate(replaced.id, scope))?.status).toBe('signed');
  });
});
