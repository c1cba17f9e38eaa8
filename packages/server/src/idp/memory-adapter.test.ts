import { describe, expect, it } from 'vitest';
import { inMemoryAdapter } from './memory-adapter.js';

describe("the development IdP's in-memory adapter", () => {
  it('keeps each model apart, finds sessions by uid and codes by user code, and forgets what expired', async () => {
    let now = 1_000_000;
    const adapters = inMemoryAdapter(() => now);
    const sessions = adapters('Session');
    const codes = adapters('AuthorizationCode');
    await sessions.upsert('s1', { uid: 'u1', accountId: 'ajla' }, 60);
    await codes.upsert('s1', { userCode: 'ABCD', grantId: 'g1' }, 10);

    expect(await sessions.find('s1')).toEqual({ uid: 'u1', accountId: 'ajla' });
    expect(await sessions.findByUid('u1')).toEqual({ uid: 'u1', accountId: 'ajla' });
    expect(await codes.find('s1')).toEqual({ userCode: 'ABCD', grantId: 'g1' });
    expect(await codes.findByUserCode('ABCD')).toEqual({ userCode: 'ABCD', grantId: 'g1' });
    expect(await adapters('AccessToken').find('s1')).toBeUndefined();

    now += 10_000;
    expect(await codes.find('s1')).toBeUndefined();
    expect(await codes.findByUserCode('ABCD')).toBeUndefined();
    expect(await sessions.findByUid('u1')).toBeDefined();
    now += 50_000;
    expect(await sessions.find('s1')).toBeUndefined();
  });

  it('marks a consumed code, destroys by id and revokes everything of a grant', async () => {
    const now = 2_000_000;
    const adapters = inMemoryAdapter(() => now);
    const codes = adapters('AuthorizationCode');
    const tokens = adapters('AccessToken');
    await codes.upsert('c1', { grantId: 'g1' }, 60);
    await tokens.upsert('t1', { grantId: 'g1' }, 60);
    await tokens.upsert('t2', { grantId: 'g2' }, 60);

    await codes.consume('c1');
    expect(await codes.find('c1')).toEqual({ grantId: 'g1', consumed: 2_000 });
    await tokens.revokeByGrantId('g1');
    expect([await codes.find('c1'), await tokens.find('t1')]).toEqual([undefined, undefined]);
    expect(await tokens.find('t2')).toEqual({ grantId: 'g2' });
    await tokens.destroy('t2');
    expect(await tokens.find('t2')).toBeUndefined();
  });

  it('gives every provider its own store', async () => {
    const first = inMemoryAdapter()('Session');
    await first.upsert('s', { uid: 'u' }, 60);
    expect(await inMemoryAdapter()('Session').find('s')).toBeUndefined();
  });
});
