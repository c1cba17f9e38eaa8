import { openTestStore, type TestStore } from '@intyg/store/test-support';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { json, LISJP, openTestApp, type TestApp } from '../test-support/test-app.js';

/**
 * GET /api/certificates/issuers: the people the unit lists' author and signer filters offer. SQLite only: the
 * query itself runs on both dialects in the store's contract tests (certificate-issuers.contract.test.ts).
 */
let db: TestStore;
let t: TestApp;

beforeAll(async () => {
  db = await openTestStore('sqlite');
  t = await openTestApp(db.store);
});
afterAll(async () => {
  await t.close();
  await db.destroy();
});

const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

it("names who created and who signed the own unit's certificates, and no one of another unit", async () => {
  const doctor = await t.login('ajla');
  const nurse = await t.login('anna');
  const otherUnit = await t.login('beata');
  const created = json<{ id: string; revision: number }>(
    await call(nurse, 'POST', '/api/certificates', { type: 'lisjp', patientId: '191212121212' }),
  );
  const saved = json<{ revision: number }>(
    await call(doctor, 'PUT', `/api/certificates/${created.id}`, {
      revision: created.revision,
      answers: LISJP.minimal,
    }),
  );
  const signing = await call(doctor, 'POST', `/api/certificates/${created.id}/sign`, { revision: saved.revision });
  expect(signing.statusCode).toBe(200);

  const response = await call(doctor, 'GET', '/api/certificates/issuers');
  expect(response.statusCode).toBe(200);
  expect(json(response)).toEqual({
    creators: [{ userId: 'anna', name: 'Anna Sjuksköterska' }],
    signers: [{ userId: 'ajla', name: 'Ajla Doktor' }],
  });
  expect(json(await call(otherUnit, 'GET', '/api/certificates/issuers'))).toEqual({ creators: [], signers: [] });
  expect((await t.app.inject({ method: 'GET', url: '/api/certificates/issuers' })).statusCode).toBe(401);
});
