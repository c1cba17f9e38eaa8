import { randomUUID } from 'node:crypto';
import type { Certificate } from '@intyg/core';
import { expect, it } from 'vitest';
import { forEachDialect } from './test-support/dialects.js';
import { makeAuditRecord, makeCertificate, makeEvent, uniqueUnitId } from './test-support/fixtures.js';
import type { AccessScope } from './types.js';

/** One care provider with two units, and a unit of another provider; ids unique per test. */
function organisation() {
  const providerId = `SE2321000016-${randomUUID().slice(0, 8)}`;
  const otherProviderId = `SE2321000016-${randomUUID().slice(0, 8)}`;
  const at = (unitId: string, careProviderId: string, overrides: Partial<Certificate> = {}) =>
    makeCertificate({
      unit: { unitId, unitName: 'Enhet', careProviderId, careProviderName: 'Vårdgivare' },
      ...overrides,
    });
  const own = uniqueUnitId();
  const sibling = uniqueUnitId();
  const foreign = uniqueUnitId();
  return {
    own,
    sibling,
    providerId,
    otherProviderId,
    atOwn: (o?: Partial<Certificate>) => at(own, providerId, o),
    atSibling: (o?: Partial<Certificate>) => at(sibling, providerId, o),
    atForeign: (o?: Partial<Certificate>) => at(foreign, otherProviderId, o),
  };
}

forEachDialect('store: access scope', (t) => {
  it('finds a certificate only inside the scope, by unit or by care provider', async () => {
    const org = organisation();
    const own = org.atOwn();
    const sibling = org.atSibling();
    const foreign = org.atForeign();
    for (const c of [own, sibling, foreign]) await t.store.insertCertificate(c, makeEvent('created'));

    const unitScope: AccessScope = { unitIds: [org.own] };
    expect(await t.store.getCertificate(own.id, unitScope)).toStrictEqual(own);
    expect(await t.store.getCertificate(sibling.id, unitScope)).toBeUndefined();
    expect(await t.store.getCertificate(foreign.id, unitScope)).toBeUndefined();

    // A unit scope may name several units (a care unit and its sub-units).
    expect(await t.store.getCertificate(sibling.id, { unitIds: [org.own, org.sibling] })).toStrictEqual(sibling);

    const providerScope: AccessScope = { careProviderId: org.providerId };
    expect(await t.store.getCertificate(own.id, providerScope)).toStrictEqual(own);
    expect(await t.store.getCertificate(sibling.id, providerScope)).toStrictEqual(sibling);
    expect(await t.store.getCertificate(foreign.id, providerScope)).toBeUndefined();
  });

  it('answers notFound to an update outside the scope, even at a wrong revision, and changes nothing', async () => {
    const org = organisation();
    const sibling = org.atSibling();
    await t.store.insertCertificate(sibling, makeEvent('created'));
    const before = await t.store.counts();
    const audit = makeAuditRecord({ certificateId: sibling.id, activity: 'update' });
    const next = { ...sibling, revision: 2, answers: { '1.1': 'Ändrad' } };

    expect(await t.store.updateCertificate(next, 1, { unitIds: [org.own] }, makeEvent('updated'), audit)).toBe(
      'notFound',
    );
    // A stale revision outside the scope is not a conflict: that would reveal the certificate exists.
    expect(await t.store.updateCertificate({ ...next, revision: 9 }, 8, { unitIds: [org.own] })).toBe('notFound');
    expect(
      await t.store.updateCertificate(next, 1, { careProviderId: org.otherProviderId }, makeEvent('updated'), audit),
    ).toBe('notFound');

    expect(await t.store.counts()).toEqual(before);
    const { items } = await t.store.listAudit({ limit: 100 });
    expect(items.some((record) => record.certificateId === sibling.id)).toBe(false);
    expect(await t.store.getCertificate(sibling.id, { unitIds: [org.sibling] })).toStrictEqual(sibling);
  });

  it('updates inside the scope and tells a conflict there', async () => {
    const org = organisation();
    const own = org.atOwn();
    await t.store.insertCertificate(own, makeEvent('created'));
    const next = { ...own, revision: 2 };
    expect(await t.store.updateCertificate(next, 1, { careProviderId: org.providerId })).toBe('updated');
    expect(await t.store.updateCertificate({ ...own, revision: 3 }, 1, { unitIds: [org.own] })).toBe('conflict');
    expect(await t.store.getCertificate(own.id, { unitIds: [org.own] })).toStrictEqual(next);
  });

  it('answers notFound to a deletion outside the scope and keeps the draft', async () => {
    const org = organisation();
    const sibling = org.atSibling();
    const foreign = org.atForeign();
    await t.store.insertCertificate(sibling, makeEvent('created'));
    await t.store.insertCertificate(foreign, makeEvent('created'));
    const before = await t.store.counts();

    expect(await t.store.deleteDraft(sibling.id, 1, { unitIds: [org.own] }, makeEvent('deleted'))).toBe('notFound');
    expect(await t.store.deleteDraft(sibling.id, 5, { unitIds: [org.own] }, makeEvent('deleted'))).toBe('notFound');
    expect(await t.store.deleteDraft(foreign.id, 1, { careProviderId: org.providerId }, makeEvent('deleted'))).toBe(
      'notFound',
    );
    expect(await t.store.counts()).toEqual(before);

    expect(await t.store.deleteDraft(sibling.id, 1, { unitIds: [org.sibling] }, makeEvent('deleted'))).toBe('deleted');
    expect(await t.store.getCertificate(sibling.id, { careProviderId: org.providerId })).toBeUndefined();
  });

  it('lists the scope’s certificates only: by units, or across the care provider’s units', async () => {
    const org = organisation();
    const own = org.atOwn({ updatedAt: '2024-03-01T08:03:00.000Z' });
    const sibling = org.atSibling({ updatedAt: '2024-03-01T08:02:00.000Z' });
    const foreign = org.atForeign({ updatedAt: '2024-03-01T08:01:00.000Z' });
    for (const c of [own, sibling, foreign]) await t.store.insertCertificate(c, makeEvent('created'));
    const ids = async (scope: AccessScope) =>
      (await t.store.listCertificates({ scope, limit: 10 })).items.map((c) => c.id);

    expect(await ids({ unitIds: [org.own] })).toEqual([own.id]);
    expect(await ids({ unitIds: [org.own, org.sibling] })).toEqual([own.id, sibling.id]);
    expect(await ids({ careProviderId: org.providerId })).toEqual([own.id, sibling.id]);
    expect(await ids({ careProviderId: org.otherProviderId })).toEqual([foreign.id]);
  });

  it('lists events only of a certificate inside the scope', async () => {
    const org = organisation();
    const sibling = org.atSibling();
    await t.store.insertCertificate(sibling, makeEvent('created'));
    await t.store.updateCertificate({ ...sibling, revision: 2 }, 1, { unitIds: [org.sibling] }, makeEvent('updated'));

    expect(await t.store.listEvents(sibling.id, { unitIds: [org.own] })).toEqual([]);
    expect(await t.store.listEvents(sibling.id, { careProviderId: org.otherProviderId })).toEqual([]);
    expect((await t.store.listEvents(sibling.id, { unitIds: [org.sibling] })).map((e) => e.type)).toEqual([
      'created',
      'updated',
    ]);
    expect((await t.store.listEvents(sibling.id, { careProviderId: org.providerId })).map((e) => e.type)).toEqual([
      'created',
      'updated',
    ]);
  });

  it('reads an issued certificate at any unit for the public verification, never a draft', async () => {
    const org = organisation();
    const signed = { status: 'signed', signedAt: '2024-03-01T09:00:00.000Z', signature: 'a.b.c' } as const;
    const issued = [org.atForeign(signed), org.atOwn({ ...signed, status: 'revoked' })];
    const drafts = [org.atOwn(), org.atOwn({ status: 'lockedDraft' })];
    for (const c of [...issued, ...drafts]) await t.store.insertCertificate(c, makeEvent('created'));
    for (const c of issued) expect(await t.store.getIssuedCertificateForVerification(c.id)).toStrictEqual(c);
    for (const c of drafts) expect(await t.store.getIssuedCertificateForVerification(c.id)).toBeUndefined();
    expect(await t.store.getIssuedCertificateForVerification(randomUUID())).toBeUndefined();
  });

  it('refuses an empty unit scope as a programming error', async () => {
    const org = organisation();
    const own = org.atOwn();
    await t.store.insertCertificate(own, makeEvent('created'));
    await expect(t.store.getCertificate(own.id, { unitIds: [] })).rejects.toThrow(RangeError);
    await expect(t.store.listCertificates({ scope: { unitIds: [] }, limit: 10 })).rejects.toThrow(RangeError);
  });
});
