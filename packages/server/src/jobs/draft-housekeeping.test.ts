import { forEachDialect } from '@intyg/store/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { steppingClock } from '../clock.js';
import { json, LISJP, openTestApp, TEST_NOW, type TestApp } from '../test-support/test-app.js';
import { DraftHousekeeping, monthsBefore } from './draft-housekeeping.js';

const DAY = 24 * 3600 * 1000;
const silent = { info: () => undefined, warn: () => undefined };

describe('monthsBefore', () => {
  it('counts calendar months, clamping the day to the shorter month', () => {
    expect(monthsBefore('2025-10-01', 3)).toBe('2025-07-01');
    expect(monthsBefore('2025-05-31', 3)).toBe('2025-02-28');
    expect(monthsBefore('2024-05-31', 3)).toBe('2024-02-29');
    expect(monthsBefore('2025-02-15', 3)).toBe('2024-11-15');
  });
});

forEachDialect('draft housekeeping: locking after 14 days, removal after 3 months', (db) => {
  let t: TestApp;
  let doctor: string;
  const clock = steppingClock(TEST_NOW);
  const housekeeping = () =>
    new DraftHousekeeping({
      store: db.store,
      clock,
      config: { lockAfterDays: 14, retentionMonths: 3, intervalMs: 60_000 },
      log: silent,
    });

  beforeAll(async () => {
    t = await openTestApp(db.store, { clock });
    doctor = await t.login('ajla');
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: doctor }, ...(payload ? { payload } : {}) });

  it('locks unsigned drafts once they are 14 days old, leaves signed ones, and removes drafts after 3 months', async () => {
    const draft = json<{ id: string; revision: number }>(
      await call('POST', '/api/certificates', { type: 'lisjp', patientId: '19121212-1212' }),
    );
    const toSign = json<{ id: string; revision: number }>(
      await call('POST', '/api/certificates', { type: 'lisjp', patientId: '19121212-1212' }),
    );
    const saved = json<{ revision: number }>(
      await call('PUT', `/api/certificates/${toSign.id}`, { revision: toSign.revision, answers: LISJP.minimal }),
    );
    expect((await call('POST', `/api/certificates/${toSign.id}/sign`, { revision: saved.revision })).statusCode).toBe(
      200,
    );

    clock.advance(13 * DAY);
    expect(await housekeeping().runOnce()).toEqual({ locked: 0, disposed: 0 });
    clock.advance(2 * DAY);
    // Two processes at once: each draft is locked once.
    const [a, b] = await Promise.all([housekeeping().runOnce(), housekeeping().runOnce()]);
    expect(a.locked + b.locked).toBe(1);
    // Two weeks later the doctor logs in again.
    doctor = await t.login('ajla');
    const locked = json<{ status: string; actions: { id: string; allowed: boolean }[] }>(
      await call('GET', `/api/certificates/${draft.id}`),
    );
    expect(locked.status).toBe('lockedDraft');
    expect(locked.actions.find((action) => action.id === 'update')?.allowed).toBe(false);
    expect(locked.actions.find((action) => action.id === 'copy')?.allowed).toBe(true);

    clock.advance(90 * DAY);
    expect((await housekeeping().runOnce()).disposed).toBe(1);
    doctor = await t.login('ajla');
    expect((await call('GET', `/api/certificates/${draft.id}`)).statusCode).toBe(404);
    expect(json<{ status: string }>(await call('GET', `/api/certificates/${toSign.id}`)).status).toBe('signed');
  });
});
