import { expect, it } from 'vitest';
import { forEachDialect } from './test-support/dialects.js';
import { FIXTURE_SCOPE, makeCertificate, makeEvent, signed } from './test-support/fixtures.js';

/** Far in the past, so that other tests' drafts in the shared store are never old enough. */
const OLD = '2001-01-01T08:00:00.000Z';
const CUTOFF = '2001-01-15T00:00:00.000Z';
const NOW = '2001-02-01T10:00:00.000Z';

forEachDialect('store: locking and disposing of old drafts', (t) => {
  it('locks drafts older than the cutoff once, with an event, whoever else runs at the same time', async () => {
    const old = makeCertificate({ createdAt: OLD, updatedAt: OLD });
    const recent = makeCertificate({ createdAt: '2001-01-20T08:00:00.000Z', updatedAt: '2001-01-20T08:00:00.000Z' });
    const oldSigned = signed(makeCertificate({ createdAt: OLD, updatedAt: OLD }), OLD);
    for (const certificate of [old, recent, oldSigned])
      await t.store.insertCertificate(certificate, makeEvent('created'));

    const runs = await Promise.all(
      [1, 2, 3].map(() => t.store.lockDrafts({ createdBefore: CUTOFF, at: NOW, limit: 100 })),
    );
    expect(runs.reduce((sum, n) => sum + n, 0)).toBe(1);
    expect(await t.store.getCertificate(old.id, FIXTURE_SCOPE)).toMatchObject({
      status: 'lockedDraft',
      revision: old.revision + 1,
      updatedAt: NOW,
    });
    expect((await t.store.getCertificate(recent.id, FIXTURE_SCOPE))?.status).toBe('draft');
    expect((await t.store.getCertificate(oldSigned.id, FIXTURE_SCOPE))?.status).toBe('signed');
    const events = await t.store.listEvents(old.id, FIXTURE_SCOPE);
    expect(events.map((event) => event.type)).toEqual(['created', 'locked']);
  });

  it('disposes of unsigned drafts past the retention, locked or not, never a signed certificate', async () => {
    const draft = makeCertificate({ createdAt: OLD, updatedAt: OLD });
    const locked = makeCertificate({ status: 'lockedDraft', createdAt: OLD, updatedAt: OLD });
    const oldSigned = signed(makeCertificate({ createdAt: OLD, updatedAt: OLD }), OLD);
    for (const certificate of [draft, locked, oldSigned])
      await t.store.insertCertificate(certificate, makeEvent('created'));
    const renewal = makeCertificate({ createdAt: OLD, updatedAt: OLD });
    await t.store.insertCertificate(renewal, makeEvent('created'), undefined, { toId: oldSigned.id, kind: 'renews' });

    const runs = await Promise.all(
      [1, 2].map(() => t.store.disposeDrafts({ createdBefore: CUTOFF, at: NOW, limit: 100 })),
    );
    expect(runs.reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(3);
    for (const gone of [draft, locked, renewal]) {
      expect(await t.store.getCertificate(gone.id, FIXTURE_SCOPE)).toBeUndefined();
    }
    expect((await t.store.getCertificate(oldSigned.id, FIXTURE_SCOPE))?.status).toBe('signed');
    expect(await t.store.listRelations(oldSigned.id)).toEqual([]);
  });
});
