import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { forEachDialect, withRawDatabase } from './test-support/dialects.js';
import { FIXTURE_SCOPE, makeCertificate, makeEvent, signed } from './test-support/fixtures.js';

forEachDialect('store: certificates and events', (t) => {
  it('round-trips every field of a draft exactly', async () => {
    const draft = makeCertificate();
    await t.store.insertCertificate(draft, makeEvent('created'));
    expect(await t.store.getCertificate(draft.id, FIXTURE_SCOPE)).toStrictEqual(draft);
  });

  it('round-trips a signed certificate with its signer, signature and flags', async () => {
    const certificate = signed(makeCertificate({ complete: true, readyForSign: true }), '2024-03-02T09:30:15.123Z');
    await t.store.insertCertificate(certificate, makeEvent('signed'));
    expect(await t.store.getCertificate(certificate.id, FIXTURE_SCOPE)).toStrictEqual(certificate);
  });

  it('returns instants in toISOString form whatever offset they were given in', async () => {
    const draft = makeCertificate({ createdAt: '2024-03-01T09:00:00+01:00', updatedAt: '2024-06-01T12:00:00.5+02:00' });
    await t.store.insertCertificate(draft, makeEvent('created', { occurredAt: '2024-03-01T09:00:00+01:00' }));
    const stored = await t.store.getCertificate(draft.id, FIXTURE_SCOPE);
    expect(stored?.createdAt).toBe('2024-03-01T08:00:00.000Z');
    expect(stored?.updatedAt).toBe('2024-06-01T10:00:00.500Z');
    const [event] = await t.store.listEvents(draft.id, FIXTURE_SCOPE);
    expect(event?.occurredAt).toBe('2024-03-01T08:00:00.000Z');
  });

  it('returns undefined for an unknown id', async () => {
    expect(await t.store.getCertificate(randomUUID(), FIXTURE_SCOPE)).toBeUndefined();
  });

  it('refuses a second certificate with the same id and changes nothing', async () => {
    const draft = makeCertificate();
    await t.store.insertCertificate(draft, makeEvent('created'));
    const before = await t.store.counts();
    await expect(t.store.insertCertificate({ ...draft, type: 'ag114' }, makeEvent('created'))).rejects.toThrow();
    expect(await t.store.counts()).toEqual(before);
    expect(await t.store.getCertificate(draft.id, FIXTURE_SCOPE)).toStrictEqual(draft);
  });

  it('registers a certificate signed elsewhere once, with its registration, and answers duplicate after', async () => {
    const registered = {
      ...signed(makeCertificate({ complete: true }), '2024-03-02T09:30:15.123Z'),
      signature: null,
      registration: {
        system: 'journal-a',
        transportVersion: '1.0',
        registeredAt: '2024-03-02T10:00:00.000Z',
        header: { patient: { firstName: 'Tolvan', lastName: 'Tolvansson' } },
      },
    };
    expect(await t.store.registerCertificate(registered, makeEvent('registered'))).toBe('inserted');
    expect(await t.store.getCertificate(registered.id, FIXTURE_SCOPE)).toStrictEqual(registered);
    const before = await t.store.counts();
    const again = { ...registered, answers: { '25': 'ändrad' } };
    expect(await t.store.registerCertificate(again, makeEvent('registered'))).toBe('duplicate');
    expect(await t.store.counts()).toEqual(before);
    expect(await t.store.getCertificate(registered.id, FIXTURE_SCOPE)).toStrictEqual(registered);
  });

  it('lets exactly one of several concurrent registrations of the same id win', async () => {
    const certificate = { ...signed(makeCertificate({ complete: true }), '2024-03-02T09:30:15.123Z'), signature: null };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => t.store.registerCertificate(certificate, makeEvent('registered'))),
    );
    expect(results.filter((r) => r === 'inserted')).toHaveLength(1);
    expect(await t.store.listEvents(certificate.id, FIXTURE_SCOPE)).toHaveLength(1);
  });

  it('updates at the expected revision and appends the event', async () => {
    const draft = makeCertificate();
    await t.store.insertCertificate(draft, makeEvent('created'));
    const next = {
      ...draft,
      revision: 2,
      complete: true,
      answers: { ...draft.answers, '1.1': 'Ändrad text med åäö ÅÄÖ', '27.1': false },
      updatedAt: '2024-03-01T08:05:00.000Z',
    };
    const result = await t.store.updateCertificate(
      next,
      1,
      FIXTURE_SCOPE,
      makeEvent('updated', { payload: { revision: 2 } }),
    );
    expect(result).toBe('updated');
    expect(await t.store.getCertificate(draft.id, FIXTURE_SCOPE)).toStrictEqual(next);
    expect((await t.store.listEvents(draft.id, FIXTURE_SCOPE)).map((e) => [e.type, e.payload])).toEqual([
      ['created', {}],
      ['updated', { revision: 2 }],
    ]);
  });

  it('updates without an event when none is given', async () => {
    const draft = makeCertificate();
    await t.store.insertCertificate(draft, makeEvent('created'));
    const before = await t.store.counts();
    expect(await t.store.updateCertificate({ ...draft, revision: 2 }, 1, FIXTURE_SCOPE)).toBe('updated');
    expect(await t.store.counts()).toEqual(before);
    expect((await t.store.getCertificate(draft.id, FIXTURE_SCOPE))?.revision).toBe(2);
  });

  it('answers conflict for a stale revision and changes nothing, events included', async () => {
    const draft = makeCertificate();
    await t.store.insertCertificate(draft, makeEvent('created'));
    expect(await t.store.updateCertificate({ ...draft, revision: 2 }, 1, FIXTURE_SCOPE, makeEvent('updated'))).toBe(
      'updated',
    );
    const current = await t.store.getCertificate(draft.id, FIXTURE_SCOPE);
    const before = await t.store.counts();

    const stale = { ...draft, revision: 2, answers: { '1.1': 'stale' } };
    expect(await t.store.updateCertificate(stale, 1, FIXTURE_SCOPE, makeEvent('updated'))).toBe('conflict');

    expect(await t.store.getCertificate(draft.id, FIXTURE_SCOPE)).toStrictEqual(current);
    expect(await t.store.counts()).toEqual(before);
    expect(await t.store.listEvents(draft.id, FIXTURE_SCOPE)).toHaveLength(2);
  });

  it('answers notFound for an unknown id and writes no event', async () => {
    const before = await t.store.counts();
    const result = await t.store.updateCertificate(
      makeCertificate({ revision: 2 }),
      1,
      FIXTURE_SCOPE,
      makeEvent('updated'),
    );
    expect(result).toBe('notFound');
    expect(await t.store.counts()).toEqual(before);
  });

  it('refuses a next revision that does not move forward', async () => {
    const draft = makeCertificate();
    await t.store.insertCertificate(draft, makeEvent('created'));
    await expect(t.store.updateCertificate({ ...draft, revision: 1 }, 1, FIXTURE_SCOPE)).rejects.toThrow(RangeError);
  });

  it('lets exactly one of several concurrent updates at the same revision win', async () => {
    const draft = makeCertificate();
    await t.store.insertCertificate(draft, makeEvent('created'));
    const attempts = Array.from({ length: 6 }, (_, i) => ({
      ...draft,
      revision: 2,
      answers: { '1.1': `försök ${i}` },
    }));

    const results = await Promise.all(
      attempts.map((next, i) =>
        t.store.updateCertificate(next, 1, FIXTURE_SCOPE, makeEvent('updated', { payload: { attempt: i } })),
      ),
    );

    expect(results.filter((r) => r === 'updated')).toHaveLength(1);
    expect(results.filter((r) => r === 'conflict')).toHaveLength(attempts.length - 1);
    const winner = results.indexOf('updated');
    expect(await t.store.getCertificate(draft.id, FIXTURE_SCOPE)).toStrictEqual(attempts[winner]);
    const events = await t.store.listEvents(draft.id, FIXTURE_SCOPE);
    expect(events.map((e) => e.payload)).toEqual([{}, { attempt: winner }]);
  });

  it('rolls the certificate update back when its event cannot be written', async () => {
    const draft = makeCertificate();
    const eventId = randomUUID();
    await t.store.insertCertificate(draft, makeEvent('created', { id: eventId }));
    const before = await t.store.counts();

    // The repeated event id violates the events' unique key after the certificate row was already updated.
    const next = { ...draft, revision: 2, status: 'lockedDraft' as const, answers: {} };
    await expect(
      t.store.updateCertificate(next, 1, FIXTURE_SCOPE, makeEvent('updated', { id: eventId })),
    ).rejects.toThrow();

    expect(await t.store.getCertificate(draft.id, FIXTURE_SCOPE)).toStrictEqual(draft);
    expect(await t.store.counts()).toEqual(before);
    // The revision is still free: the failed attempt left nothing behind.
    expect(await t.store.updateCertificate(next, 1, FIXTURE_SCOPE, makeEvent('updated'))).toBe('updated');
  });

  it('does not insert a certificate whose first event cannot be written', async () => {
    const first = makeCertificate();
    const eventId = randomUUID();
    await t.store.insertCertificate(first, makeEvent('created', { id: eventId }));
    const before = await t.store.counts();
    const second = makeCertificate();
    await expect(t.store.insertCertificate(second, makeEvent('created', { id: eventId }))).rejects.toThrow();
    expect(await t.store.getCertificate(second.id, FIXTURE_SCOPE)).toBeUndefined();
    expect(await t.store.counts()).toEqual(before);
  });

  it('lists a certificate’s events in seq order with every field', async () => {
    const draft = makeCertificate();
    const other = makeCertificate();
    await t.store.insertCertificate(draft, makeEvent('created'));
    await t.store.insertCertificate(other, makeEvent('created'));
    await t.store.updateCertificate({ ...draft, revision: 2 }, 1, FIXTURE_SCOPE, {
      type: 'updated',
      actorId: null,
      occurredAt: '2024-03-01T08:01:00.000Z',
      payload: { note: 'Åsa ändrade', nested: { list: [1, 'två', null], flag: false } },
    });
    await t.store.updateCertificate({ ...other, revision: 2 }, 1, FIXTURE_SCOPE, makeEvent('updated'));
    await t.store.updateCertificate(
      signed({ ...draft, revision: 2 }, '2024-03-01T08:02:00.000Z'),
      2,
      FIXTURE_SCOPE,
      makeEvent('signed'),
    );

    const events = await t.store.listEvents(draft.id, FIXTURE_SCOPE);
    expect(events.map((e) => e.type)).toEqual(['created', 'updated', 'signed']);
    const seqs = events.map((e) => e.seq);
    expect(seqs.every((seq) => Number.isSafeInteger(seq))).toBe(true);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(new Set(seqs).size).toBe(3);
    expect(events[1]).toStrictEqual({
      seq: seqs[1],
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      certificateId: draft.id,
      type: 'updated',
      occurredAt: '2024-03-01T08:01:00.000Z',
      actorId: null,
      payload: { note: 'Åsa ändrade', nested: { list: [1, 'två', null], flag: false } },
    });
    const otherEvents = await t.store.listEvents(other.id, FIXTURE_SCOPE);
    expect(otherEvents.map((e) => e.type)).toEqual(['created', 'updated']);
    // seq orders appends across certificates too: the outbox order.
    expect(otherEvents[1]!.seq).toBeGreaterThan(events[1]!.seq);
    expect(otherEvents[1]!.seq).toBeLessThan(events[2]!.seq);
  });

  it('deletes a draft at the expected revision and keeps its events', async () => {
    const draft = makeCertificate();
    await t.store.insertCertificate(draft, makeEvent('created'));
    expect(await t.store.deleteDraft(draft.id, 1, FIXTURE_SCOPE, makeEvent('deleted'))).toBe('deleted');
    expect(await t.store.getCertificate(draft.id, FIXTURE_SCOPE)).toBeUndefined();
    // The events stay stored (the outbox), but the scoped API lists events only of existing certificates.
    expect(await t.store.listEvents(draft.id, FIXTURE_SCOPE)).toEqual([]);
    const stored = await withRawDatabase(t.database, (db) =>
      sql<{
        type: string;
      }>`select type from certificate_events where certificate_id = ${draft.id} order by seq`.execute(db),
    );
    expect(stored.rows.map((row) => row.type)).toEqual(['created', 'deleted']);
  });

  it('deletes a locked draft', async () => {
    const locked = makeCertificate({ status: 'lockedDraft', revision: 4 });
    await t.store.insertCertificate(locked, makeEvent('created'));
    expect(await t.store.deleteDraft(locked.id, 4, FIXTURE_SCOPE, makeEvent('deleted'))).toBe('deleted');
    expect(await t.store.getCertificate(locked.id, FIXTURE_SCOPE)).toBeUndefined();
  });

  it('refuses to delete a signed certificate or a draft at another revision, changing nothing', async () => {
    const certificate = signed(makeCertificate(), '2024-03-02T10:00:00.000Z');
    const draft = makeCertificate({ revision: 3 });
    await t.store.insertCertificate(certificate, makeEvent('signed'));
    await t.store.insertCertificate(draft, makeEvent('created'));
    const before = await t.store.counts();

    expect(await t.store.deleteDraft(certificate.id, certificate.revision, FIXTURE_SCOPE, makeEvent('deleted'))).toBe(
      'conflict',
    );
    expect(await t.store.deleteDraft(draft.id, 2, FIXTURE_SCOPE, makeEvent('deleted'))).toBe('conflict');

    expect(await t.store.counts()).toEqual(before);
    expect(await t.store.getCertificate(certificate.id, FIXTURE_SCOPE)).toStrictEqual(certificate);
    expect(await t.store.getCertificate(draft.id, FIXTURE_SCOPE)).toStrictEqual(draft);
  });

  it('answers notFound when deleting an unknown id', async () => {
    const before = await t.store.counts();
    expect(await t.store.deleteDraft(randomUUID(), 1, FIXTURE_SCOPE, makeEvent('deleted'))).toBe('notFound');
    expect(await t.store.counts()).toEqual(before);
  });

  it('counts certificates and events', async () => {
    const before = await t.store.counts();
    const draft = makeCertificate();
    await t.store.insertCertificate(draft, makeEvent('created'));
    await t.store.updateCertificate({ ...draft, revision: 2 }, 1, FIXTURE_SCOPE, makeEvent('updated'));
    expect(await t.store.counts()).toEqual({
      certificates: before.certificates + 1,
      events: before.events + 2,
      sessions: before.sessions,
    });
  });
});
