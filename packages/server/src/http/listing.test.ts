import { forEachDialect } from '@intyg/store/test-support';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { json, LISJP, openTestApp, type TestApp } from '../test-support/test-app.js';

interface Item {
  id: string;
  status: string;
  readyForSign: boolean;
  createdBy: { userId: string };
}

forEachDialect("the unit's lists: filters, sorting and counts", (db) => {
  let t: TestApp;
  let doctor: string;
  let nurse: string;

  beforeAll(async () => {
    t = await openTestApp(db.store);
    doctor = await t.login('ajla');
    nurse = await t.login('anna');
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie = doctor, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const create = async (cookie: string) =>
    json<{ id: string; revision: number }>(
      await call('POST', '/api/certificates', cookie, { type: 'lisjp', patientId: '19121212-1212' }),
    );
  const ids = async (query: string) =>
    json<{ items: Item[] }>(await call('GET', `/api/certificates?${query}`)).items.map((item) => item.id);
  const count = async (query: string) =>
    json<{ count: number }>(await call('GET', `/api/certificates/count?${query}`)).count;

  it('filters drafts by author and ready for signing, signed ones by signer and day, and counts them', async () => {
    const byNurse = await create(nurse);
    const saved = json<{ revision: number }>(
      await call('PUT', `/api/certificates/${byNurse.id}`, nurse, {
        revision: byNurse.revision,
        answers: LISJP.minimal,
      }),
    );
    await call('POST', `/api/certificates/${byNurse.id}/ready-for-sign`, nurse, { revision: saved.revision });
    const byDoctor = await create(doctor);
    const toSign = await create(doctor);
    const signedRevision = json<{ revision: number }>(
      await call('PUT', `/api/certificates/${toSign.id}`, doctor, {
        revision: toSign.revision,
        answers: LISJP.minimal,
      }),
    ).revision;
    await call('POST', `/api/certificates/${toSign.id}/sign`, doctor, { revision: signedRevision });

    expect(await ids('status=draft&createdBy=anna')).toEqual([byNurse.id]);
    expect(await ids('status=draft&readyForSign=true')).toEqual([byNurse.id]);
    expect(await ids('status=draft&createdBy=ajla')).toEqual([byDoctor.id]);
    expect(await ids('status=signed,sent&signedBy=ajla&signedFrom=2025-10-01&signedTo=2025-10-01')).toEqual([
      toSign.id,
    ]);
    expect(await ids('status=signed&signedFrom=2025-10-02')).toEqual([]);
    // The test clock stands still: both drafts were created at once, and the id orders them the same way each time.
    const ascending = await ids('status=draft&sort=created&order=asc');
    expect([...ascending].sort()).toEqual([byNurse.id, byDoctor.id].sort());
    expect(await ids('status=draft&sort=created&order=desc')).toEqual([...ascending].reverse());
    expect(await count('status=draft')).toBe(2);
    expect(await count('status=draft&readyForSign=true')).toBe(1);
  });

  it('refuses filters it does not understand with a 400 and a code', async () => {
    for (const query of ['changedFrom=yesterday', 'sort=patient', 'readyForSign=yes', 'order=up', 'status=done']) {
      const response = await call('GET', `/api/certificates?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(json(response)).toMatchObject({ code: 'INVALID_REQUEST' });
    }
    const otherOrder = json<{ nextCursor: string | null }>(await call('GET', '/api/certificates?limit=1'));
    if (otherOrder.nextCursor !== null) {
      const response = await call('GET', `/api/certificates?sort=created&cursor=${otherOrder.nextCursor}`);
      expect(response.statusCode).toBe(400);
      expect(json(response)).toMatchObject({ code: 'INVALID_CURSOR' });
    }
  });
});
