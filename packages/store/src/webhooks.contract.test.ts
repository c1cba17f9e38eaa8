import { randomUUID } from 'node:crypto';
import type { StatusCode } from '@intyg/core';
import { expect, it } from 'vitest';
import { forEachDialect } from './test-support/dialects.js';
import {
  FIXTURE_SCOPE,
  makeAuditRecord,
  makeCertificate,
  makeEvent,
  signed,
  uniqueUnitId,
} from './test-support/fixtures.js';
import { STATUS_WEBHOOK_KIND, type NewWebhook, type StatusNotification } from './webhook-types.js';

const T0 = '2024-03-01T08:00:00.000Z';

function makeWebhook(unitId: string, events: readonly StatusCode[] | null = null, createdAt = T0): NewWebhook {
  return {
    id: randomUUID(),
    unitId,
    url: 'https://journal.example.se/intyg/handelser',
    secret: `secret-${randomUUID()}`,
    events,
    createdBy: 'user-vera',
    createdAt,
  };
}

forEachDialect('store: status webhooks', (t) => {
  /** The certificate's status notifications: [webhook id, code], oldest first. */
  async function notifications(certificateId: string) {
    const history = await t.store.listDeliveries(certificateId);
    return history
      .filter(({ delivery }) => delivery.kind === STATUS_WEBHOOK_KIND)
      .map(({ delivery }) => [delivery.target, (delivery.payload as unknown as StatusNotification).code]);
  }

  it('registers, lists per unit without the secret, and deactivates only within the unit', async () => {
    const unitId = uniqueUnitId();
    const first = makeWebhook(unitId);
    const second = makeWebhook(unitId, ['SIGNAT', 'SKICKA'], '2024-03-01T08:00:01.000Z');
    const elsewhere = makeWebhook(uniqueUnitId());
    for (const webhook of [first, second, elsewhere]) await t.store.registerWebhook(webhook);

    const listed = await t.store.listWebhooks(unitId);
    expect(listed.map((webhook) => webhook.id)).toEqual([first.id, second.id]);
    expect(listed[1]).toStrictEqual({
      id: second.id,
      unitId,
      url: second.url,
      events: ['SIGNAT', 'SKICKA'],
      createdBy: 'user-vera',
      createdAt: '2024-03-01T08:00:01.000Z',
      active: true,
      deactivatedBy: null,
      deactivatedAt: null,
    });
    expect(JSON.stringify(listed)).not.toContain('secret-');

    // Another unit's webhook is not found from this one.
    expect(await t.store.deactivateWebhook({ id: elsewhere.id, unitId, by: 'user-vera', at: T0 })).toBe(false);
    expect(await t.store.deactivateWebhook({ id: first.id, unitId, by: 'user-ajla', at: T0 })).toBe(true);
    expect(await t.store.deactivateWebhook({ id: first.id, unitId, by: 'user-ajla', at: T0 })).toBe(false);
    expect((await t.store.listWebhooks(unitId)).map((webhook) => webhook.id)).toEqual([second.id]);

    // The delivery handler still finds it, inactive, with its secret.
    expect(await t.store.getWebhookTarget(first.id)).toMatchObject({
      active: false,
      secret: first.secret,
      deactivatedBy: 'user-ajla',
      deactivatedAt: T0,
    });
    expect(await t.store.getWebhookTarget(randomUUID())).toBeUndefined();
  });

  it("stores a notification per wanting webhook of the certificate's unit with each event, and none for others", async () => {
    const draft = makeCertificate();
    const unitId = draft.unit.unitId;
    const all = makeWebhook(unitId);
    const signingOnly = makeWebhook(unitId, ['SIGNAT'], '2024-03-01T08:00:01.000Z');
    const otherUnit = makeWebhook(uniqueUnitId());
    for (const webhook of [all, signingOnly, otherUnit]) await t.store.registerWebhook(webhook);

    await t.store.insertCertificate(draft, makeEvent('created', { occurredAt: T0 }));
    const signedAt = '2024-03-01T09:00:00.000Z';
    const next = signed(draft, signedAt);
    await t.store.updateCertificate(next, 1, FIXTURE_SCOPE, makeEvent('signed', { occurredAt: signedAt }));
    // An event without a status code notifies no one.
    const requested = { ...next, revision: next.revision + 1 };
    await t.store.updateCertificate(requested, next.revision, FIXTURE_SCOPE, makeEvent('sendRequested'));

    expect(await notifications(draft.id)).toEqual([
      [all.id, 'SKAPAT'],
      [all.id, 'SIGNAT'],
      [signingOnly.id, 'SIGNAT'],
    ]);
    const [history] = await t.store.listDeliveries(draft.id);
    const events = await t.store.listEvents(draft.id, FIXTURE_SCOPE);
    expect(history?.delivery).toMatchObject({ status: 'pending', nextAttemptAt: T0, createdAt: T0 });
    expect(history?.delivery.payload).toStrictEqual({
      eventId: events[0]?.id,
      code: 'SKAPAT',
      occurredAt: T0,
      certificateId: draft.id,
      certificateType: 'lisjp',
      certificateVersion: '2.0',
      unitId,
    });
    // No patient data travels: neither the name nor the personal identity number.
    expect(JSON.stringify(await t.store.listDeliveries(draft.id))).not.toMatch(/Tolvan|191212121212/);
  });

  it('stores nothing for a change that is not written, and nothing for a unit without webhooks', async () => {
    const draft = makeCertificate();
    await t.store.registerWebhook(makeWebhook(draft.unit.unitId));
    await t.store.insertCertificate(draft, makeEvent('created'));
    const stale = await t.store.updateCertificate(
      { ...draft, revision: 3 },
      2,
      FIXTURE_SCOPE,
      makeEvent('readyForSign'),
    );
    expect(stale).toBe('conflict');
    // A write that fails after its event (here its audit record, a duplicate) rolls the notification back too.
    const audit = makeAuditRecord({ id: randomUUID(), certificateId: draft.id });
    const next = { ...draft, revision: 2 };
    await t.store.updateCertificate(next, 1, FIXTURE_SCOPE, makeEvent('readyForSign'), audit);
    const again = { ...next, revision: 3 };
    await expect(t.store.updateCertificate(again, 2, FIXTURE_SCOPE, makeEvent('updated'), audit)).rejects.toThrow();
    expect((await notifications(draft.id)).map(([, code]) => code)).toEqual(['SKAPAT', 'KFSIGN']);

    const quiet = makeCertificate();
    await t.store.insertCertificate(quiet, makeEvent('created'));
    expect(await t.store.listDeliveries(quiet.id)).toEqual([]);
  });

  it("names a message event's subject, and nothing else of the message", async () => {
    const certificate = signed(makeCertificate(), T0);
    await t.store.registerWebhook(makeWebhook(certificate.unit.unitId, ['NYFRFM']));
    await t.store.insertCertificate(certificate, makeEvent('signed'));
    const event = makeEvent('recipientQuestionReceived', {
      payload: { messageId: randomUUID(), subject: 'KOMPLT', text: 'Förtydliga diagnosen' },
    });
    const next = { ...certificate, revision: certificate.revision + 1 };
    await t.store.updateCertificate(next, certificate.revision, FIXTURE_SCOPE, event);
    const [history] = await t.store.listDeliveries(certificate.id);
    expect(history?.delivery.payload).toMatchObject({ code: 'NYFRFM', subject: 'KOMPLT' });
    expect(JSON.stringify(history?.delivery.payload)).not.toContain('diagnosen');
  });

  it("notifies a deleted draft's deletion, and a deactivated webhook no more", async () => {
    const draft = makeCertificate();
    const webhook = makeWebhook(draft.unit.unitId);
    await t.store.registerWebhook(webhook);
    await t.store.insertCertificate(draft, makeEvent('created'));
    expect(await t.store.deleteDraft(draft.id, 1, FIXTURE_SCOPE, makeEvent('deleted'))).toBe('deleted');
    const deletion = (await t.store.listDeliveries(draft.id)).at(-1)?.delivery.payload;
    expect(deletion).toMatchObject({ code: 'RADERA', certificateType: 'lisjp', unitId: draft.unit.unitId });

    await t.store.deactivateWebhook({ id: webhook.id, unitId: draft.unit.unitId, by: 'user-vera', at: T0 });
    const later = makeCertificate({ unit: draft.unit });
    await t.store.insertCertificate(later, makeEvent('created'));
    expect(await t.store.listDeliveries(later.id)).toEqual([]);
  });

  it('keeps one unsent ANDRAT per webhook and certificate, but a new one after another event or once claimed', async () => {
    const draft = makeCertificate();
    const webhook = makeWebhook(draft.unit.unitId, ['ANDRAT', 'KFSIGN']);
    await t.store.registerWebhook(webhook);
    await t.store.insertCertificate(draft, makeEvent('created'));
    let revision = 1;
    const append = async (type: string) => {
      const next = { ...draft, revision: revision + 1 };
      expect(await t.store.updateCertificate(next, revision, FIXTURE_SCOPE, makeEvent(type))).toBe('updated');
      revision += 1;
    };
    const codes = async () => (await notifications(draft.id)).map(([, code]) => code);

    await append('updated');
    await append('updated');
    await append('completed');
    expect(await codes()).toEqual(['ANDRAT']);
    await append('readyForSign');
    await append('updated');
    expect(await codes()).toEqual(['ANDRAT', 'KFSIGN', 'ANDRAT']);

    // A worker holds them: the next change is notified anew.
    const claimed = await t.store.claimDeliveries({
      owner: 'worker',
      now: '2030-01-01T00:00:00.000Z',
      leaseUntil: '2030-01-01T00:00:30.000Z',
      limit: 100,
      kinds: [STATUS_WEBHOOK_KIND],
    });
    expect(claimed.filter((delivery) => delivery.certificateId === draft.id)).toHaveLength(3);
    await append('updated');
    expect(await codes()).toEqual(['ANDRAT', 'KFSIGN', 'ANDRAT', 'ANDRAT']);
  });
});
