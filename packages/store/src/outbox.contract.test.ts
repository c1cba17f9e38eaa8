import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { forEachDialect } from './test-support/dialects.js';
import { FIXTURE_SCOPE, makeCertificate, makeEvent, signed } from './test-support/fixtures.js';
import type { NewDelivery } from './types.js';

const T0 = '2024-03-01T08:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

forEachDialect('store: the outbox', (t) => {
  /** Each test its own kind, so tests sharing the store never claim each other's deliveries. */
  const kindOf = () => `test-${randomUUID()}`;

  async function sentWithDelivery(kind: string) {
    const certificate = signed(makeCertificate(), T0);
    await t.store.insertCertificate(certificate, makeEvent('signed'));
    const sending = {
      ...certificate,
      revision: certificate.revision + 1,
      sending: { recipientId: 'FKASSA', requestedAt: T0, requestedBy: 'user-ajla', state: 'pending' as const },
    };
    const delivery: NewDelivery = {
      kind,
      target: 'FKASSA',
      certificateId: certificate.id,
      payload: { xml: '<RegisterCertificate/>', note: 'Åäö' },
      createdAt: T0,
    };
    expect(
      await t.store.updateCertificate(
        sending,
        certificate.revision,
        FIXTURE_SCOPE,
        makeEvent('sendRequested'),
        undefined,
        [delivery],
      ),
    ).toBe('updated');
    return sending;
  }

  it('writes a delivery with the change that causes it, and none when the change conflicts', async () => {
    const kind = kindOf();
    const certificate = await sentWithDelivery(kind);
    const [history] = await t.store.listDeliveries(certificate.id);
    expect(history?.delivery).toMatchObject({
      kind,
      target: 'FKASSA',
      certificateId: certificate.id,
      payload: { xml: '<RegisterCertificate/>', note: 'Åäö' },
      status: 'pending',
      attempts: 0,
      nextAttemptAt: T0,
    });
    // A stale revision writes neither the certificate nor its delivery.
    const stale = await t.store.updateCertificate(
      { ...certificate, revision: 99 },
      certificate.revision - 1,
      FIXTURE_SCOPE,
      makeEvent('sendRequested'),
      undefined,
      [{ kind, target: 'FKASSA', certificateId: certificate.id, payload: {}, createdAt: T0 }],
    );
    expect(stale).toBe('conflict');
    expect(await t.store.listDeliveries(certificate.id)).toHaveLength(1);
  });

  it('leases a due delivery to one claimer until the lease ends, then to another', async () => {
    const kind = kindOf();
    await sentWithDelivery(kind);
    const claim = (owner: string, now: number) =>
      t.store.claimDeliveries({ owner, now: at(now), leaseUntil: at(now + 30), limit: 10, kinds: [kind] });
    expect(await claim('worker-a', 1)).toHaveLength(1);
    expect(await claim('worker-b', 2)).toEqual([]);
    // worker-a died: after its lease, worker-b gets the delivery.
    const [taken] = await claim('worker-b', 32);
    expect(taken?.attempts).toBe(0);
    expect(
      await t.store.claimDeliveries({ owner: 'x', now: at(100), leaseUntil: at(130), limit: 10, kinds: [] }),
    ).toEqual([]);
  });

  it('finishes a retry, then a delivery with the certificate change, recording every attempt', async () => {
    const kind = kindOf();
    const certificate = await sentWithDelivery(kind);
    const [delivery] = await t.store.claimDeliveries({
      owner: 'worker-a',
      now: at(1),
      leaseUntil: at(31),
      limit: 1,
      kinds: [kind],
    });
    expect(
      await t.store.finishDelivery({
        id: delivery!.id,
        owner: 'worker-a',
        attempt: { startedAt: at(1), finishedAt: at(2), outcome: 'retry', detail: 'HTTP 503' },
        nextAttemptAt: at(10),
      }),
    ).toBe('finished');
    // Not due before nextAttemptAt.
    expect(
      await t.store.claimDeliveries({ owner: 'worker-b', now: at(9), leaseUntil: at(39), limit: 1, kinds: [kind] }),
    ).toEqual([]);
    const [again] = await t.store.claimDeliveries({
      owner: 'worker-b',
      now: at(10),
      leaseUntil: at(40),
      limit: 1,
      kinds: [kind],
    });
    expect(again?.attempts).toBe(1);
    const sent = {
      ...certificate,
      status: 'sent' as const,
      revision: certificate.revision + 1,
      sending: { ...certificate.sending, state: 'delivered' as const, deliveredAt: at(11) },
    };
    expect(
      await t.store.finishDelivery({
        id: again!.id,
        owner: 'worker-b',
        attempt: { startedAt: at(10), finishedAt: at(11), outcome: 'delivered', detail: 'OK' },
        certificate: { next: sent, expectedRevision: certificate.revision, event: makeEvent('sent') },
      }),
    ).toBe('finished');
    expect(await t.store.getCertificate(certificate.id, FIXTURE_SCOPE)).toStrictEqual(sent);
    const [history] = await t.store.listDeliveries(certificate.id);
    expect(history?.delivery).toMatchObject({ status: 'delivered', attempts: 2, completedAt: at(11), lastError: null });
    expect(history?.attempts.map((a) => [a.attempt, a.worker, a.outcome, a.detail])).toEqual([
      [1, 'worker-a', 'retry', 'HTTP 503'],
      [2, 'worker-b', 'delivered', 'OK'],
    ]);
    const events = await t.store.listEvents(certificate.id, FIXTURE_SCOPE);
    expect(events.map((event) => event.type)).toEqual(['signed', 'sendRequested', 'sent']);
  });

  it('finishes nothing for a worker whose lease passed to another, nor when the certificate changed', async () => {
    const kind = kindOf();
    const certificate = await sentWithDelivery(kind);
    const claim = (owner: string, now: number) =>
      t.store.claimDeliveries({ owner, now: at(now), leaseUntil: at(now + 30), limit: 1, kinds: [kind] });
    const [first] = await claim('worker-a', 1);
    await claim('worker-b', 40);
    const attempt = { startedAt: at(1), finishedAt: at(45), outcome: 'delivered' as const, detail: 'OK' };
    expect(await t.store.finishDelivery({ id: first!.id, owner: 'worker-a', attempt })).toBe('leaseLost');

    const stale = { ...certificate, status: 'sent' as const, revision: certificate.revision + 5 };
    expect(
      await t.store.finishDelivery({
        id: first!.id,
        owner: 'worker-b',
        attempt,
        certificate: { next: stale, expectedRevision: certificate.revision - 1, event: makeEvent('sent') },
      }),
    ).toBe('conflict');
    const [history] = await t.store.listDeliveries(certificate.id);
    expect(history?.delivery.status).toBe('pending');
    expect(history?.attempts).toEqual([]);
  });

  it('never claims one delivery twice when claimers race', async () => {
    const kind = kindOf();
    for (let i = 0; i < 20; i++) await sentWithDelivery(kind);
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.store.claimDeliveries({ owner: `worker-${i}`, now: at(1), leaseUntil: at(31), limit: 5, kinds: [kind] }),
      ),
    );
    const ids = claims.flat().map((delivery) => delivery.id);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
  });

  it('marks a delivery failed for good, and counts deliveries by status', async () => {
    const kind = kindOf();
    const certificate = await sentWithDelivery(kind);
    const [delivery] = await t.store.claimDeliveries({
      owner: 'w',
      now: at(1),
      leaseUntil: at(31),
      limit: 1,
      kinds: [kind],
    });
    await t.store.finishDelivery({
      id: delivery!.id,
      owner: 'w',
      attempt: { startedAt: at(1), finishedAt: at(2), outcome: 'failed', detail: 'VALIDATION_ERROR: Okänt svar' },
    });
    expect(await t.store.countDeliveries(kind)).toEqual({ pending: 0, delivered: 0, failed: 1 });
    const [history] = await t.store.listDeliveries(certificate.id);
    expect(history?.delivery).toMatchObject({ status: 'failed', lastError: 'VALIDATION_ERROR: Okänt svar' });
    expect(
      await t.store.claimDeliveries({ owner: 'w', now: at(1000), leaseUntil: at(1030), limit: 1, kinds: [kind] }),
    ).toEqual([]);
  });
});
