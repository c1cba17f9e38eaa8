import { forEachDialect } from '@intyg/store/test-support';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { json, LISJP, openTestApp, type TestApp } from '../test-support/test-app.js';

/** The test region: the scope that reaches every certificate these tests create. */
const ALFA_REGION = { careProviderId: 'TSTNMT2321000156-ALFA' };

/**
 * Hostile and mistaken input to every route: each answer is a 4xx with a stable code and a
 * message, never a 500, and the database is exactly as before.
 */
forEachDialect('garbage input', (db) => {
  let t: TestApp;
  let doctor: string;
  let nurse: string;
  let otherUnit: string;
  let draftId: string;
  let signedId: string;

  beforeAll(async () => {
    t = await openTestApp(db.store);
    doctor = await t.login('ajla');
    nurse = await t.login('anna');
    otherUnit = await t.login('beata');
    const draft = json<{ id: string }>(
      await t.app.inject({
        method: 'POST',
        url: '/api/certificates',
        headers: { cookie: doctor },
        payload: { type: 'lisjp', patientId: '191212121212' },
      }),
    );
    draftId = draft.id;
    const signed = json<{ id: string; revision: number }>(
      await t.app.inject({
        method: 'POST',
        url: '/api/certificates',
        headers: { cookie: doctor },
        payload: { type: 'lisjp', patientId: '191212121212' },
      }),
    );
    const filled = json<{ revision: number }>(
      await t.app.inject({
        method: 'PUT',
        url: `/api/certificates/${signed.id}`,
        headers: { cookie: doctor },
        payload: { revision: signed.revision, answers: LISJP.minimal },
      }),
    );
    await t.app.inject({
      method: 'POST',
      url: `/api/certificates/${signed.id}/sign`,
      headers: { cookie: doctor },
      payload: { revision: filled.revision },
    });
    signedId = signed.id;
  });
  afterAll(() => t.close());

  const unknownId = '00000000-0000-4000-8000-000000000000';
  const tenMegabytes = JSON.stringify({ revision: 2, answers: { '25': 'x'.repeat(10 * 1024 * 1024) } });

  type Case = {
    name: string;
    method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    url: () => string;
    body?: string | object;
    contentType?: string;
    cookie?: () => string | undefined;
    status: number;
    code: string;
  };

  const cases: Case[] = [
    {
      name: 'malformed JSON',
      method: 'POST',
      url: () => '/api/certificates',
      body: '{"type": "lisjp",',
      status: 400,
      code: 'MALFORMED_JSON',
    },
    {
      name: 'JSON array body',
      method: 'POST',
      url: () => '/api/certificates',
      body: [1, 2],
      status: 400,
      code: 'INVALID_REQUEST',
    },
    {
      name: 'missing fields',
      method: 'POST',
      url: () => '/api/certificates',
      body: {},
      status: 400,
      code: 'INVALID_REQUEST',
    },
    {
      name: 'unknown field',
      method: 'POST',
      url: () => '/api/certificates',
      body: { type: 'lisjp', patientId: '191212121212', admin: true },
      status: 400,
      code: 'INVALID_REQUEST',
    },
    {
      name: 'wrong types',
      method: 'POST',
      url: () => '/api/certificates',
      body: { type: 42, patientId: ['x'] },
      status: 400,
      code: 'INVALID_REQUEST',
    },
    {
      name: 'unknown type',
      method: 'POST',
      url: () => '/api/certificates',
      body: { type: 'nonsense', patientId: '191212121212' },
      status: 422,
      code: 'UNKNOWN_CERTIFICATE_TYPE',
    },
    {
      name: 'invalid person id',
      method: 'POST',
      url: () => '/api/certificates',
      body: { type: 'lisjp', patientId: '191212121213' },
      status: 400,
      code: 'INVALID_PERSON_ID',
    },
    {
      name: 'unknown patient',
      method: 'POST',
      url: () => '/api/certificates',
      body: { type: 'lisjp', patientId: '199001011007' },
      status: 422,
      code: 'UNKNOWN_PATIENT',
    },
    {
      name: 'text/plain body',
      method: 'POST',
      url: () => '/api/certificates',
      body: 'type=lisjp',
      contentType: 'text/plain',
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'no session',
      method: 'POST',
      url: () => '/api/certificates',
      body: { type: 'lisjp', patientId: '191212121212' },
      cookie: () => undefined,
      status: 401,
      code: 'UNAUTHENTICATED',
    },
    {
      name: 'forged session',
      method: 'GET',
      url: () => `/api/certificates/${draftId}`,
      cookie: () => 'intyg_session=forged',
      status: 401,
      code: 'UNAUTHENTICATED',
    },
    {
      name: 'id not a uuid',
      method: 'GET',
      url: () => '/api/certificates/not-a-uuid',
      status: 400,
      code: 'INVALID_REQUEST',
    },
    {
      name: 'unknown id',
      method: 'GET',
      url: () => `/api/certificates/${unknownId}`,
      status: 404,
      code: 'CERTIFICATE_NOT_FOUND',
    },
    {
      name: "other unit's id",
      method: 'GET',
      url: () => `/api/certificates/${draftId}`,
      cookie: () => otherUnit,
      status: 404,
      code: 'CERTIFICATE_NOT_FOUND',
    },
    {
      name: 'update unknown id',
      method: 'PUT',
      url: () => `/api/certificates/${unknownId}`,
      body: { revision: 1, answers: {} },
      status: 404,
      code: 'CERTIFICATE_NOT_FOUND',
    },
    {
      name: "update other unit's draft",
      method: 'PUT',
      url: () => `/api/certificates/${draftId}`,
      body: { revision: 1, answers: {} },
      cookie: () => otherUnit,
      status: 404,
      code: 'CERTIFICATE_NOT_FOUND',
    },
    {
      name: 'stale revision',
      method: 'PUT',
      url: () => `/api/certificates/${draftId}`,
      body: { revision: 99, answers: {} },
      status: 409,
      code: 'REVISION_CONFLICT',
    },
    {
      name: 'revision as string',
      method: 'PUT',
      url: () => `/api/certificates/${draftId}`,
      body: { revision: '1', answers: {} },
      status: 400,
      code: 'INVALID_REQUEST',
    },
    {
      name: 'answers as array',
      method: 'PUT',
      url: () => `/api/certificates/${draftId}`,
      body: { revision: 1, answers: [] },
      status: 400,
      code: 'INVALID_REQUEST',
    },
    {
      name: 'unknown element',
      method: 'PUT',
      url: () => `/api/certificates/${draftId}`,
      body: { revision: 1, answers: { '999': 'x' } },
      status: 400,
      code: 'INVALID_ANSWERS',
    },
    {
      name: 'wrong answer type',
      method: 'PUT',
      url: () => `/api/certificates/${draftId}`,
      body: { revision: 1, answers: { '28': 'NUVARANDE_ARBETE' } },
      status: 400,
      code: 'INVALID_ANSWERS',
    },
    {
      name: 'unknown option code',
      method: 'PUT',
      url: () => `/api/certificates/${draftId}`,
      body: { revision: 1, answers: { '28': ['PIRAT'] } },
      status: 400,
      code: 'INVALID_ANSWERS',
    },
    {
      name: 'period with extra field',
      method: 'PUT',
      url: () => `/api/certificates/${draftId}`,
      body: { revision: 1, answers: { '32': [{ code: 'HALFTEN', from: '2025-10-01', to: '2025-10-02', x: 1 }] } },
      status: 400,
      code: 'INVALID_ANSWERS',
    },
    {
      name: 'update a signed certificate',
      method: 'PUT',
      url: () => `/api/certificates/${signedId}`,
      body: { revision: 3, answers: {} },
      status: 403,
      code: 'ACTION_NOT_ALLOWED',
    },
    {
      name: '10 MB body',
      method: 'PUT',
      url: () => `/api/certificates/${draftId}`,
      body: tenMegabytes,
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
    {
      name: 'sign without revision',
      method: 'POST',
      url: () => `/api/certificates/${draftId}/sign`,
      body: {},
      status: 400,
      code: 'INVALID_REQUEST',
    },
    {
      name: 'sign stale revision',
      method: 'POST',
      url: () => `/api/certificates/${draftId}/sign`,
      body: { revision: 99 },
      status: 409,
      code: 'REVISION_CONFLICT',
    },
    {
      name: 'sign incomplete draft',
      method: 'POST',
      url: () => `/api/certificates/${draftId}/sign`,
      body: { revision: 1 },
      status: 422,
      code: 'CERTIFICATE_INCOMPLETE',
    },
    {
      name: 'nurse signs',
      method: 'POST',
      url: () => `/api/certificates/${draftId}/sign`,
      body: { revision: 1 },
      cookie: () => nurse,
      status: 403,
      code: 'ACTION_NOT_ALLOWED',
    },
    {
      name: 'sign a signed certificate',
      method: 'POST',
      url: () => `/api/certificates/${signedId}/sign`,
      body: { revision: 3 },
      status: 403,
      code: 'ACTION_NOT_ALLOWED',
    },
    {
      name: 'sign unknown id',
      method: 'POST',
      url: () => `/api/certificates/${unknownId}/sign`,
      body: { revision: 1 },
      status: 404,
      code: 'CERTIFICATE_NOT_FOUND',
    },
    {
      name: 'validate garbage answers',
      method: 'POST',
      url: () => `/api/certificates/${draftId}/validate`,
      body: { answers: { '32': 'soon' } },
      status: 400,
      code: 'INVALID_ANSWERS',
    },
    {
      name: 'doctor marks ready',
      method: 'POST',
      url: () => `/api/certificates/${draftId}/ready-for-sign`,
      body: { revision: 1 },
      status: 403,
      code: 'ACTION_NOT_ALLOWED',
    },
    {
      name: 'delete signed',
      method: 'DELETE',
      url: () => `/api/certificates/${signedId}?revision=3`,
      status: 403,
      code: 'ACTION_NOT_ALLOWED',
    },
    {
      name: 'delete without revision',
      method: 'DELETE',
      url: () => `/api/certificates/${draftId}`,
      status: 400,
      code: 'INVALID_REQUEST',
    },
    {
      name: 'delete stale revision',
      method: 'DELETE',
      url: () => `/api/certificates/${draftId}?revision=7`,
      status: 409,
      code: 'REVISION_CONFLICT',
    },
    {
      name: 'list with bad limit',
      method: 'GET',
      url: () => '/api/certificates?limit=100000',
      status: 400,
      code: 'INVALID_REQUEST',
    },
    {
      name: 'list with bad status',
      method: 'GET',
      url: () => '/api/certificates?status=lost',
      status: 400,
      code: 'INVALID_REQUEST',
    },
    {
      name: 'list with bad cursor',
      method: 'GET',
      url: () => '/api/certificates?cursor=%%%garbage',
      status: 400,
      code: 'INVALID_CURSOR',
    },
    {
      name: 'list with unknown parameter',
      method: 'GET',
      url: () => '/api/certificates?drop=table',
      status: 400,
      code: 'INVALID_REQUEST',
    },
    {
      name: 'unknown model version',
      method: 'GET',
      url: () => '/api/certificate-types/lisjp/9.9',
      status: 404,
      code: 'CERTIFICATE_TYPE_NOT_FOUND',
    },
    {
      name: 'invalid patient number',
      method: 'GET',
      url: () => '/api/patients/12345',
      status: 400,
      code: 'INVALID_PERSON_ID',
    },
    {
      name: 'unknown patient',
      method: 'GET',
      url: () => '/api/patients/199001011007',
      status: 404,
      code: 'PATIENT_NOT_FOUND',
    },
    {
      name: 'login garbage',
      method: 'POST',
      url: () => '/api/dev/login',
      body: { userId: { $ne: null } },
      cookie: () => undefined,
      status: 400,
      code: 'INVALID_REQUEST',
    },
    { name: 'unknown route', method: 'GET', url: () => '/api/nothing-here', status: 404, code: 'NOT_FOUND' },
  ];

  it.each(cases)('$name → $status $code, database unchanged', async (c) => {
    const before = await snapshot();
    const cookie = c.cookie ? c.cookie() : doctor;
    const isRaw = typeof c.body === 'string';
    const response = await t.app.inject({
      method: c.method,
      url: c.url(),
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(c.body !== undefined ? { 'content-type': c.contentType ?? 'application/json' } : {}),
      },
      ...(c.body === undefined ? {} : { payload: isRaw ? (c.body as string) : JSON.stringify(c.body) }),
    });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(c.status);
    const body = json<{ code: string; message: string }>(response);
    expect(body.code).toBe(c.code);
    expect(body.message.length).toBeGreaterThan(5);
    expect(await snapshot()).toEqual(before);
  });

  /** Everything a client could have changed: counts, and the two certificates in full. */
  async function snapshot() {
    return {
      counts: await db.store.counts(),
      draft: await db.store.getCertificate(draftId, ALFA_REGION),
      signed: await db.store.getCertificate(signedId, ALFA_REGION),
    };
  }
});
