import { openTestStore, type TestStore } from '@intyg/store/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, openTestApp, type TestApp } from '../test-support/test-app.js';

describe('development login and unit choice', () => {
  let opened: TestStore;
  let test: TestApp;
  beforeAll(async () => {
    opened = await openTestStore('sqlite');
    test = await openTestApp(opened.store);
  });
  afterAll(async () => {
    await test?.close();
    await opened?.destroy();
  });

  const devLogin = (payload: Record<string, string>) =>
    test.app.inject({ method: 'POST', url: '/api/dev/login', payload });

  it('logs the existing test users in at their unit with the role HSA gives them', async () => {
    const expected = {
      ajla: ['doctor', 'TSTNMT2321000156-ALVC'],
      anna: ['nurse', 'TSTNMT2321000156-ALVC'],
      vera: ['careAdmin', 'TSTNMT2321000156-ALVC'],
      beata: ['doctor', 'TSTNMT2321000156-ALMC'],
    };
    for (const [userId, [role, unitId]] of Object.entries(expected)) {
      const response = await devLogin({ userId });
      expect(response.statusCode, userId).toBe(200);
      expect(json(response).user).toMatchObject({ userId, role, unitId });
    }
  });

  it('lists the test users with their units for the login page', async () => {
    const response = await test.app.inject({ method: 'GET', url: '/api/dev/users' });
    const items = json<{ items: { name: string; unitName: string }[] }>(response).items;
    expect(items).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Ajla Doktor', unitName: 'Alfa Vårdcentral' })]),
    );
  });

  it('logs a person with two units in at the first or at the one asked for, and refuses any other', async () => {
    const first = await devLogin({ userId: 'TSTNMT2321000156-DRDD' });
    expect(json(first).user).toMatchObject({ unitId: 'TSTNMT2321000156-ALVC' });
    const asked = await devLogin({ userId: 'TSTNMT2321000156-DRDD', unitId: 'TSTNMT2321000156-ALTC' });
    expect(json(asked).user).toMatchObject({ unitId: 'TSTNMT2321000156-ALTC', unitName: 'Alfa Tandvårdscentral' });
    const other = await devLogin({ userId: 'TSTNMT2321000156-DRDD', unitId: 'TSTNMT2321000156-ALMC' });
    expect(other.statusCode).toBe(422);
    expect(json(other).code).toBe('UNKNOWN_UNIT');
  });

  it('refuses a person without a commission for care and treatment', async () => {
    const response = await devLogin({ userId: 'TSTNMT2321000156-LESV' });
    expect(response.statusCode).toBe(403);
    expect(json(response).code).toBe('NO_COMMISSION');
  });

  it('switches unit with a new session token and lists the units', async () => {
    const login = await devLogin({ userId: 'TSTNMT2321000156-DRDD' });
    const cookie = `intyg_session=${login.cookies.find((c) => c.name === 'intyg_session')!.value}`;
    const units = await test.app.inject({ method: 'GET', url: '/api/session/units', headers: { cookie } });
    expect(json(units)).toMatchObject({ currentUnitId: 'TSTNMT2321000156-ALVC' });
    const switched = await test.app.inject({
      method: 'POST',
      url: '/api/session/unit',
      headers: { cookie },
      payload: { unitId: 'TSTNMT2321000156-ALTC' },
    });
    expect(json(switched).user).toMatchObject({ unitId: 'TSTNMT2321000156-ALTC' });
    const next = `intyg_session=${switched.cookies.find((c) => c.name === 'intyg_session')!.value}`;
    expect(next).not.toBe(cookie);
    const me = await test.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: next } });
    expect(json(me)).toMatchObject({ kind: 'care', user: { unitId: 'TSTNMT2321000156-ALTC' } });
  });
});
