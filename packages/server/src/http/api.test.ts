import { certificateFixtures } from '@intyg/certificate-types';
import { forEachDialect } from '@intyg/store/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, LISJP, openTestApp, TEST_NOW, type TestApp } from '../test-support/test-app.js';

interface CertificateBody {
  id: string;
  type: string;
  version: string;
  status: string;
  revision: number;
  complete: boolean;
  answers: Record<string, unknown>;
  signature: string | null;
  signedAt: string | null;
  actions: { id: string; allowed: boolean; reasons: { code: string; message: { sv: string } }[] }[];
  validation: { valid: boolean; errors: { ruleId: string; elementId: string; fieldId: string }[] };
}

forEachDialect('certificate API', (db) => {
  let t: TestApp;
  let doctor: string;
  let nurse: string;
  let otherUnitDoctor: string;

  beforeAll(async () => {
    t = await openTestApp(db.store);
    doctor = await t.login('ajla');
    nurse = await t.login('anna');
    otherUnitDoctor = await t.login('beata');
  });
  afterAll(() => t.close());

  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  const createDraft = async (cookie = doctor) => {
    const response = await call(cookie, 'POST', '/api/certificates', { type: 'lisjp', patientId: '19121212-1212' });
    expect(response.statusCode).toBe(201);
    return json<CertificateBody>(response);
  };

  const fill = async (draft: CertificateBody, answers: Record<string, unknown>, cookie = doctor) => {
    const response = await call(cookie, 'PUT', `/api/certificates/${draft.id}`, {
      revision: draft.revision,
      answers: { ...draft.answers, ...answers },
    });
    expect(response.statusCode).toBe(200);
    return json<CertificateBody>(response);
  };

  it('answers health and serves the OpenAPI document without a session', async () => {
    expect(json(await t.app.inject({ url: '/health' }))).toEqual({ status: 'ok', database: db.dialect });
    const docs = await t.app.inject({ url: '/api/docs/json' });
    expect(docs.statusCode).toBe(200);
    expect(Object.keys(json<{ paths: object }>(docs).paths)).toContain('/api/certificates/{id}/sign');
  });

  it('sends security headers, with the OpenAPI UI keeping its own script policy', async () => {
    const health = await t.app.inject({ url: '/health' });
    expect(health.headers['content-security-policy']).toContain("script-src 'self'");
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    expect(health.headers['x-frame-options']).toBe('DENY');
    const docs = await t.app.inject({ url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-security-policy']).toContain('validator.swagger.io');
  });

  it('requires a session for the API', async () => {
    const response = await t.app.inject({ url: '/api/certificate-types' });
    expect(response.statusCode).toBe(401);
    expect(json(response)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('lists the active types and serves each model version as JSON', async () => {
    const types = json<{ type: string; version: string; versions: string[] }[]>(
      await call(doctor, 'GET', '/api/certificate-types'),
    );
    expect(types.find((type) => type.type === 'lisjp')).toMatchObject({ version: '2.0', versions: ['1.2', '2.0'] });
    const model = json<{ type: string; version: string; elements: unknown[] }>(
      await call(doctor, 'GET', '/api/certificate-types/lisjp/1.2'),
    );
    expect(model).toMatchObject({ type: 'lisjp', version: '1.2' });
    expect(model.elements.length).toBeGreaterThan(3);
  });

  it('writes a lisjp from draft to signed through the API', async () => {
    const draft = await createDraft();
    expect(draft).toMatchObject({ type: 'lisjp', version: '2.0', status: 'draft', revision: 1, complete: false });
    expect(draft.validation.valid).toBe(false);
    expect(draft.actions.find((a) => a.id === 'sign')?.allowed).toBe(false);

    const complete = await fill(draft, LISJP.minimal);
    expect(complete.validation).toEqual({ valid: true, errors: [] });
    expect(complete).toMatchObject({ revision: 2, complete: true });
    expect(complete.actions.find((a) => a.id === 'sign')).toEqual({ id: 'sign', allowed: true, reasons: [] });

    const signed = await call(doctor, 'POST', `/api/certificates/${draft.id}/sign`, { revision: 2 });
    expect(signed.statusCode).toBe(200);
    expect(json(signed)).toMatchObject({ status: 'signed', revision: 3, signedAt: TEST_NOW });

    const read = json<CertificateBody>(await call(doctor, 'GET', `/api/certificates/${draft.id}`));
    expect(read.status).toBe('signed');
    expect(read.signature).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(read.actions.find((a) => a.id === 'update')?.allowed).toBe(false);
    expect(json(await call(doctor, 'GET', `/api/certificates/${draft.id}/signature`))).toEqual({
      signed: true,
      valid: true,
    });

    const events = json<{ items: { type: string }[] }>(
      await call(doctor, 'GET', `/api/certificates/${draft.id}/events`),
    );
    expect(events.items.map((e) => e.type)).toEqual(['created', 'completed', 'signed']);
  });

  it('signs only the answers of visible questions', async () => {
    const draft = await createDraft();
    // 29 (occupation) shows only with NUVARANDE_ARBETE; an answer left behind is not signed.
    const filled = await fill(draft, { ...LISJP.minimal, '28': ['STUDIER'], '29': 'Lärare' });
    expect(filled.validation.valid).toBe(true);
    const signed = json<CertificateBody>(
      await call(doctor, 'POST', `/api/certificates/${draft.id}/sign`, { revision: filled.revision }),
    );
    expect(signed.answers['29']).toBeUndefined();
    expect(signed.answers['28']).toEqual(['STUDIER']);
  });

  it('refuses to sign an incomplete draft and lists what is missing', async () => {
    const draft = await createDraft();
    const response = await call(doctor, 'POST', `/api/certificates/${draft.id}/sign`, { revision: 1 });
    expect(response.statusCode).toBe(422);
    const body = json<{ code: string; details: { errors: { ruleId: string }[] } }>(response);
    expect(body.code).toBe('CERTIFICATE_INCOMPLETE');
    expect(body.details.errors.map((e) => e.ruleId)).toContain('mandatory');
  });

  it('does not let a nurse sign, and says why', async () => {
    const draft = await createDraft(nurse);
    const filled = await fill(draft, LISJP.minimal, nurse);
    const sign = filled.actions.find((a) => a.id === 'sign');
    expect(sign?.allowed).toBe(false);
    expect(sign?.reasons.map((r) => r.code)).toEqual(['roleMayNotSign']);

    const response = await call(nurse, 'POST', `/api/certificates/${draft.id}/sign`, { revision: filled.revision });
    expect(response.statusCode).toBe(403);
    expect(json(response)).toMatchObject({ code: 'ACTION_NOT_ALLOWED' });
    expect(json<CertificateBody>(await call(nurse, 'GET', `/api/certificates/${draft.id}`)).status).toBe('draft');

    const ready = await call(nurse, 'POST', `/api/certificates/${draft.id}/ready-for-sign`, {
      revision: filled.revision,
    });
    expect(ready.statusCode).toBe(200);
    expect(json(ready)).toMatchObject({ readyForSign: true });
  });

  it('refuses a stale revision with a conflict and keeps the newer answers', async () => {
    const draft = await createDraft();
    const first = await fill(draft, { '25': 'Första' });
    const stale = await call(doctor, 'PUT', `/api/certificates/${draft.id}`, {
      revision: draft.revision,
      answers: { '25': 'Gammal' },
    });
    expect(stale.statusCode).toBe(409);
    expect(json(stale)).toMatchObject({ code: 'REVISION_CONFLICT' });
    const current = json<CertificateBody>(await call(doctor, 'GET', `/api/certificates/${draft.id}`));
    expect(current.revision).toBe(first.revision);
    expect(current.answers['25']).toBe('Första');
  });

  it("hides another unit's certificates", async () => {
    const draft = await createDraft();
    for (const [method, url, payload] of [
      ['GET', `/api/certificates/${draft.id}`, undefined],
      ['GET', `/api/certificates/${draft.id}/model`, undefined],
      ['PUT', `/api/certificates/${draft.id}`, { revision: 1, answers: {} }],
      ['POST', `/api/certificates/${draft.id}/sign`, { revision: 1 }],
      ['DELETE', `/api/certificates/${draft.id}?revision=1`, undefined],
    ] as const) {
      const response = await call(otherUnitDoctor, method, url, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    const list = json<{ items: { id: string }[] }>(await call(otherUnitDoctor, 'GET', '/api/certificates?limit=100'));
    expect(list.items.map((c) => c.id)).not.toContain(draft.id);
  });

  it("lists the unit's certificates by patient and status, and deletes drafts", async () => {
    const draft = await createDraft();
    const drafts = json<{ items: { id: string; status: string }[] }>(
      await call(doctor, 'GET', '/api/certificates?patientId=191212121212&status=draft&limit=100'),
    );
    expect(drafts.items.map((c) => c.id)).toContain(draft.id);
    expect(drafts.items.every((c) => c.status === 'draft')).toBe(true);

    expect((await call(doctor, 'DELETE', `/api/certificates/${draft.id}?revision=1`)).statusCode).toBe(204);
    expect((await call(doctor, 'GET', `/api/certificates/${draft.id}`)).statusCode).toBe(404);
  });

  it('keeps a version-1.2 certificate on its own model', async () => {
    const v1 = certificateOfVersion('1.2');
    await db.store.insertCertificate(v1, { type: 'created', actorId: 'ajla', occurredAt: TEST_NOW });
    const read = json<CertificateBody>(await call(doctor, 'GET', `/api/certificates/${v1.id}`));
    expect(read.version).toBe('1.2');
    expect(read.validation.valid).toBe(true);
    // Its model, asked for by the certificate alone, is version 1.2's, as the type's own route serves it.
    const model = await call(doctor, 'GET', `/api/certificates/${v1.id}/model`);
    expect(model.statusCode).toBe(200);
    expect(model.headers['cache-control']).toBe('private, max-age=86400');
    expect(json(model)).toEqual(json(await call(doctor, 'GET', '/api/certificate-types/lisjp/1.2')));
  });

  it("serves a certificate's model without a PDL read: it holds no patient data", async () => {
    const draft = await createDraft();
    const before = (await db.store.listAudit({ limit: 1 })).items[0]?.seq;
    const model = json<{ type: string; version: string }>(
      await call(nurse, 'GET', `/api/certificates/${draft.id}/model`),
    );
    expect([model.type, model.version]).toEqual(['lisjp', '2.0']);
    expect((await db.store.listAudit({ limit: 1 })).items[0]?.seq).toBe(before);
    const unknown = await call(doctor, 'GET', '/api/certificates/00000000-0000-4000-8000-000000000000/model');
    expect([unknown.statusCode, json(unknown).code]).toEqual([404, 'CERTIFICATE_NOT_FOUND']);
    expect((await t.app.inject({ url: `/api/certificates/${draft.id}/model` })).statusCode).toBe(401);
  });
});

describe('development login', () => {
  it('is refused for an unknown user', async () => {
    const { openTestStore } = await import('@intyg/store/test-support');
    const opened = await openTestStore('sqlite');
    const t = await openTestApp(opened.store);
    const response = await t.app.inject({ method: 'POST', url: '/api/dev/login', payload: { userId: 'nobody' } });
    expect(response.statusCode).toBe(422);
    expect(json(response)).toMatchObject({ code: 'UNKNOWN_USER' });
    await t.close();
    await opened.destroy();
  });
});

function certificateOfVersion(version: string) {
  const id = crypto.randomUUID();
  return {
    id,
    type: 'lisjp',
    version,
    status: 'draft' as const,
    complete: true,
    readyForSign: false,
    revision: 1,
    patient: { personId: '191212121212', name: 'Tolvan Tolvansson' },
    unit: {
      unitId: 'TSTNMT2321000156-ALVC',
      unitName: 'Alfa Vårdcentral',
      careProviderId: 'TSTNMT2321000156-ALFA',
      careProviderName: 'Alfa Regionen',
    },
    createdBy: { userId: 'ajla', hsaId: 'TSTNMT2321000156-DRAA', name: 'Ajla Doktor' },
    signedBy: null,
    answers: V1_MINIMAL(),
    createdAt: TEST_NOW,
    updatedAt: TEST_NOW,
    signedAt: null,
    signature: null,
  };
}

const V1_MINIMAL = () => certificateFixtures['lisjp/1.2']!.minimal;
