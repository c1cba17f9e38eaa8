import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { createStore } from './store.js';
import { createTestDatabase, forEachDialect } from './test-support/dialects.js';
import type { StoredSigningKey } from './types.js';

function makeKey(kid: string): StoredSigningKey {
  return {
    kid,
    algorithm: 'ES256',
    privateJwk: { kty: 'EC', crv: 'P-256', x: `x-${kid}`, y: `y-${kid}`, d: `d-${kid}` },
    publicJwk: { kty: 'EC', crv: 'P-256', x: `x-${kid}`, y: `y-${kid}` },
    createdAt: '2024-03-01T08:00:00.000Z',
  };
}

/** Lets the other callers reach the same point before this one continues. */
const yieldToOthers = () => new Promise((resolve) => setTimeout(resolve, 20));

forEachDialect('store: sessions', (t) => {
  it('round-trips a session until it expires', async () => {
    const session = {
      id: randomUUID(),
      userId: 'user-ajla',
      data: { unitId: 'SE2321000016-E1', roles: ['läkare'], nested: { ok: true } },
      createdAt: '2024-03-01T08:00:00.000Z',
      expiresAt: '2024-03-01T16:00:00.000Z',
    };
    await t.store.createSession(session);

    expect(await t.store.getSession(session.id, '2024-03-01T15:59:59.999Z')).toStrictEqual(session);
    expect(await t.store.getSession(session.id, '2024-03-01T16:00:00.000Z')).toBeUndefined();
    expect(await t.store.getSession(session.id, '2024-03-01T18:00:00+01:00')).toBeUndefined();
    expect(await t.store.getSession(randomUUID(), '2024-03-01T08:00:00.000Z')).toBeUndefined();
  });

  it('judges expiry against the current instant by default', async () => {
    const live = { id: randomUUID(), userId: 'u', data: {}, expiresAt: new Date(Date.now() + 60_000).toISOString() };
    const dead = { id: randomUUID(), userId: 'u', data: {}, expiresAt: new Date(Date.now() - 1_000).toISOString() };
    await t.store.createSession(live);
    await t.store.createSession(dead);
    expect((await t.store.getSession(live.id))?.userId).toBe('u');
    expect(await t.store.getSession(dead.id)).toBeUndefined();
  });

  it('deletes one session, and the expired ones', async () => {
    const make = (expiresAt: string) => ({ id: randomUUID(), userId: 'user-x', data: {}, expiresAt });
    // Far in the past, so sessions of other tests in this store are not touched.
    const old1 = make('2001-01-01T00:00:00.000Z');
    const old2 = make('2001-01-01T00:00:01.000Z');
    const fresh = make('2001-01-02T00:00:00.000Z');
    const other = make('2099-01-01T00:00:00.000Z');
    for (const s of [old1, old2, fresh, other]) {
      await t.store.createSession(s);
    }
    const before = await t.store.counts();

    await t.store.deleteSession(other.id);
    expect(await t.store.getSession(other.id, '2024-01-01T00:00:00.000Z')).toBeUndefined();
    expect(await t.store.deleteExpiredSessions('2001-01-01T00:00:01.000Z')).toBe(2);

    expect(await t.store.counts()).toEqual({ ...before, sessions: before.sessions - 3 });
    expect(await t.store.getSession(fresh.id, '2001-01-01T12:00:00.000Z')).toMatchObject({ id: fresh.id });
  });
  it('extends a live session, never an expired one, and never moves its deadline earlier', async () => {
    const session = {
      id: randomUUID(),
      userId: 'user-idle',
      data: {},
      createdAt: '2024-03-01T08:00:00.000Z',
      expiresAt: '2024-03-01T08:30:00.000Z',
    };
    await t.store.createSession(session);

    expect(await t.store.extendSession(session.id, '2024-03-01T08:40:00.000Z', '2024-03-01T08:10:00.000Z')).toBe(true);
    expect(await t.store.getSession(session.id, '2024-03-01T08:35:00.000Z')).toMatchObject({
      createdAt: '2024-03-01T08:00:00.000Z',
      expiresAt: '2024-03-01T08:40:00.000Z',
    });
    expect(await t.store.extendSession(session.id, '2024-03-01T08:20:00.000Z', '2024-03-01T08:11:00.000Z')).toBe(false);
    expect((await t.store.getSession(session.id, '2024-03-01T08:11:00.000Z'))?.expiresAt).toBe(
      '2024-03-01T08:40:00.000Z',
    );
    // Past its deadline the session stays dead, whatever the new deadline.
    expect(await t.store.extendSession(session.id, '2024-03-01T09:40:00.000Z', '2024-03-01T08:40:00.000Z')).toBe(false);
    expect(await t.store.getSession(session.id, '2024-03-01T08:41:00.000Z')).toBeUndefined();
    expect(await t.store.extendSession(randomUUID(), '2024-03-01T09:40:00.000Z', '2024-03-01T08:00:00.000Z')).toBe(
      false,
    );
  });
});

forEachDialect('store: signing keys', (t) => {
  it('stores the created key once and returns it ever after', async () => {
    let calls = 0;
    const create = async () => {
      calls += 1;
      return makeKey(`kid-${calls}`);
    };
    const first = await t.store.getOrCreateSigningKey(create);
    const again = await t.store.getOrCreateSigningKey(create);
    expect(first).toStrictEqual(makeKey('kid-1'));
    expect(again).toStrictEqual(first);
    expect(calls).toBe(1);
  });

  it('keeps one key when two stores on the same database race to create it', async () => {
    // The suite's store already holds a key from the test above; race on a database of its own.
    const database = await createTestDatabase(t.dialect);
    const a = await createStore(database.options);
    const b = await createStore(database.options);
    try {
      const [fromA, fromB] = await Promise.all([
        a.getOrCreateSigningKey(async () => {
          await yieldToOthers();
          return makeKey('kid-a');
        }),
        b.getOrCreateSigningKey(async () => {
          await yieldToOthers();
          return makeKey('kid-b');
        }),
      ]);
      expect(fromA).toStrictEqual(fromB);
      expect(['kid-a', 'kid-b']).toContain(fromA.kid);
      const later = await a.getOrCreateSigningKey(async () => makeKey('kid-c'));
      expect(later).toStrictEqual(fromA);
    } finally {
      await a.close();
      await b.close();
      await database.drop();
    }
  });
});
