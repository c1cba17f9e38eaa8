import type { Actor } from '@intyg/core';
import { openTestStore, type TestStore } from '@intyg/store/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessions } from './sessions.js';

const actor: Actor = {
  userId: 'ajla',
  hsaId: 'HSA-1',
  name: 'Ajla Doktor',
  role: 'doctor',
  unitId: 'unit-a',
  careProviderId: 'cp-1',
};

describe('sessions', () => {
  let opened: TestStore;
  beforeAll(async () => {
    opened = await openTestStore('sqlite');
  });
  afterAll(() => opened.destroy());

  it('stores only a hash of the token and resolves the token to its actor', async () => {
    const sessions = createSessions(opened.store, 60);
    const { token } = await sessions.start(actor);
    expect(await opened.store.getSession(token)).toBeUndefined();
    expect(await sessions.resolve(token)).toEqual(actor);
    expect(await sessions.resolve('not-a-token')).toBeUndefined();
  });

  it('forgets a session at logout, also from its cache', async () => {
    const sessions = createSessions(opened.store, 60);
    const { token } = await sessions.start(actor);
    await sessions.resolve(token);
    await sessions.end(token);
    expect(await sessions.resolve(token)).toBeUndefined();
  });

  it('expires a session after its lifetime even while cached', async () => {
    let time = Date.parse('2025-10-01T10:00:00Z');
    const sessions = createSessions(opened.store, 1, () => new Date(time));
    const { token } = await sessions.start(actor);
    time += 30_000;
    expect(await sessions.resolve(token)).toEqual(actor);
    time += 31_000;
    expect(await sessions.resolve(token)).toBeUndefined();
  });

  it('sees a logout made by another node once its short cache lapses', async () => {
    let time = Date.parse('2025-10-01T10:00:00Z');
    const nodeA = createSessions(opened.store, 60, () => new Date(time));
    const nodeB = createSessions(opened.store, 60, () => new Date(time));
    const { token } = await nodeA.start(actor);
    expect(await nodeB.resolve(token)).toEqual(actor);
    await nodeA.end(token);
    time += 11_000;
    expect(await nodeB.resolve(token)).toBeUndefined();
  });
});
