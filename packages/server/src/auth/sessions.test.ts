import type { Actor } from '@intyg/core';
import { openTestStore, type TestStore } from '@intyg/store/test-support';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSessions } from './sessions.js';

const actor: Actor = {
  userId: 'ajla',
  hsaId: 'HSA-1',
  name: 'Ajla Doktor',
  role: 'doctor',
  unitId: 'unit-a',
  careProviderId: 'cp-1',
};

const HOUR = { idleMinutes: 60, ttlMinutes: 60 };
const MINUTE = 60_000;

describe('sessions', () => {
  let opened: TestStore;
  beforeAll(async () => {
    opened = await openTestStore('sqlite');
  });
  afterAll(() => opened.destroy());

  it('stores only a hash of the token and resolves the token to its actor', async () => {
    const sessions = createSessions(opened.store, HOUR);
    const { token } = await sessions.start(actor);
    expect(await opened.store.getSession(token)).toBeUndefined();
    expect(await sessions.resolve(token)).toEqual(actor);
    expect(await sessions.resolve('not-a-token')).toBeUndefined();
  });

  it('forgets a session at logout, also from its cache', async () => {
    const sessions = createSessions(opened.store, HOUR);
    const { token } = await sessions.start(actor);
    await sessions.resolve(token);
    await sessions.end(token);
    expect(await sessions.resolve(token)).toBeUndefined();
  });

  it('expires a session after its lifetime even while cached', async () => {
    let time = Date.parse('2025-10-01T10:00:00Z');
    const sessions = createSessions(opened.store, { idleMinutes: 30, ttlMinutes: 1 }, () => new Date(time));
    const { token } = await sessions.start(actor);
    time += 30_000;
    expect(await sessions.resolve(token)).toEqual(actor);
    time += 31_000;
    expect(await sessions.resolve(token)).toBeUndefined();
  });

  it('sees a logout made by another node once its short cache lapses', async () => {
    let time = Date.parse('2025-10-01T10:00:00Z');
    const nodeA = createSessions(opened.store, HOUR, () => new Date(time));
    const nodeB = createSessions(opened.store, HOUR, () => new Date(time));
    const { token } = await nodeA.start(actor);
    expect(await nodeB.resolve(token)).toEqual(actor);
    await nodeA.end(token);
    time += 11_000;
    expect(await nodeB.resolve(token)).toBeUndefined();
  });

  it('ends a session after the idle timeout, deletes it, and keeps it alive while it is used', async () => {
    let time = Date.parse('2025-10-02T10:00:00Z');
    const sessions = createSessions(opened.store, { idleMinutes: 30, ttlMinutes: 480 }, () => new Date(time));
    const { token, expiresAt } = await sessions.start(actor);
    expect(expiresAt).toBe('2025-10-02T18:00:00.000Z');
    // Used every 20 minutes for two hours: never 30 minutes idle.
    for (let step = 0; step < 6; step += 1) {
      time += 20 * MINUTE;
      expect(await sessions.resolve(token)).toEqual(actor);
    }
    const before = (await opened.store.counts()).sessions;
    time += 30 * MINUTE;
    expect(await sessions.resolve(token)).toBeUndefined();
    expect((await opened.store.counts()).sessions).toBe(before - 1);
  });

  it('writes activity to the database at most once a minute, so other nodes see it', async () => {
    let time = Date.parse('2025-10-03T10:00:00Z');
    const nodeA = createSessions(opened.store, { idleMinutes: 30, ttlMinutes: 480 }, () => new Date(time));
    const nodeB = createSessions(opened.store, { idleMinutes: 30, ttlMinutes: 480 }, () => new Date(time));
    const { token } = await nodeA.start(actor);
    const extend = vi.spyOn(opened.store, 'extendSession');
    try {
      for (let step = 0; step < 50; step += 1) {
        time += 1_000;
        await nodeA.resolve(token);
      }
      expect(extend).not.toHaveBeenCalled();
      time += 10_000;
      await nodeA.resolve(token);
      expect(extend).toHaveBeenCalledTimes(1);
    } finally {
      extend.mockRestore();
    }
    // Node B never served the session: 29 minutes after the last write it still finds it alive.
    time += 29 * MINUTE;
    expect(await nodeB.resolve(token)).toEqual(actor);
  });

  it('ends a session at its absolute lifetime however active it is, also on another node', async () => {
    let time = Date.parse('2025-10-04T10:00:00Z');
    const limits = { idleMinutes: 30, ttlMinutes: 60 };
    const nodeA = createSessions(opened.store, limits, () => new Date(time));
    const nodeB = createSessions(opened.store, limits, () => new Date(time));
    const { token, expiresAt } = await nodeA.start(actor);
    expect(expiresAt).toBe('2025-10-04T11:00:00.000Z');
    for (let step = 0; step < 5; step += 1) {
      time += 11 * MINUTE;
      expect(await nodeA.resolve(token)).toEqual(actor);
    }
    // 55 minutes: the idle deadline is held back to the absolute end.
    time += 4 * MINUTE;
    expect(await nodeB.resolve(token)).toEqual(actor);
    time += MINUTE;
    expect(await nodeA.resolve(token)).toBeUndefined();
    expect(await nodeB.resolve(token)).toBeUndefined();
  });
});
