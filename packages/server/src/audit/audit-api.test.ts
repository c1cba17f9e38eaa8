import type { AuditRecord } from '@intyg/store';
import { forEachDialect } from '@intyg/store/test-support';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { json, LISJP, openTestApp, TEST_NOW, type TestApp } from '../test-support/test-app.js';

/**
 * Every API route that shows or changes patient data writes its PDL audit record(s), with the acting
 * user, their unit and care provider, the patient, the certificate, the activity and the client address.
 * Decision: a refused request (another unit's certificate, a guard, a stale revision, an unknown
 * patient) writes no record, since it showed or changed no patient data.
 */

const TOLVAN = '191212121212';
const FRIDA = '194011306125';
const CLIENT = '192.0.2.44';
const ALFA_VC = 'TSTNMT2321000156-ALVC';
const ALFA = 'TSTNMT2321000156-ALFA';
const AJLA = 'TSTNMT2321000156-DRAA';
const ANNA = 'TSTNMT2321000156-SJAN';

interface CertificateBody {
  id: string;
  revision: number;
  answers: Record<string, unknown>;
  patient: { personId: string };
}

forEachDialect('PDL audit of the API', (db) => {
  let t: TestApp;
  let doctor: string;
  let nurse: string;
  let otherUnitDoctor: string;
  let auditor: string;

  beforeAll(async () => {
    t = await openTestApp(db.store);
    doctor = await t.login('ajla');
    nurse = await t.login('anna');
    otherUnitDoctor = await t.login('beata');
    auditor = await t.login('greta');
  });
  afterAll(() => t.close());

  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      remoteAddress: CLIENT,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  const headSeq = async () => (await db.store.listAudit({ limit: 1 })).items[0]?.seq ?? 0;

  /** Runs the request and returns it with the audit records it wrote, oldest first. */
  const audited = async (request: () => Promise<LightMyRequestResponse>) => {
    const before = await headSeq();
    const response = await request();
    const page = await db.store.listAudit({ limit: 100 });
    const records = page.items.filter((record) => record.seq > before).reverse();
    return { response, records };
  };

  /** The fields a test asserts; seq, id and hashes are the chain's business. */
  const what = (record: AuditRecord) => ({
    actorHsaId: record.actorHsaId,
    actorRole: record.actorRole,
    unitId: record.unitId,
    careProviderId: record.careProviderId,
    patientId: record.patientId,
    certificateId: record.certificateId,
    activity: record.activity,
    resourceType: record.resourceType,
    purpose: record.purpose,
    remoteAddress: record.remoteAddress,
    occurredAt: record.occurredAt,
  });
  const expected = (
    activity: AuditRecord['activity'],
    certificateId: string | null,
    overrides: Partial<ReturnType<typeof what>> = {},
  ) => ({
    actorHsaId: AJLA,
    actorRole: 'doctor',
    unitId: ALFA_VC,
    careProviderId: ALFA,
    patientId: TOLVAN,
    certificateId,
    activity,
    resourceType: 'Intyg',
    purpose: 'Vård och behandling',
    remoteAddress: CLIENT,
    occurredAt: TEST_NOW,
    ...overrides,
  });

  const createDraft = async (cookie = doctor, patientId = TOLVAN) => {
    const response = await call(cookie, 'POST', '/api/certificates', { type: 'lisjp', patientId });
    expect(response.statusCode).toBe(201);
    return json<CertificateBody>(response);
  };

  it('logs each certificate route with the activity PDL names for it', async () => {
    const created = await audited(() =>
      call(doctor, 'POST', '/api/certificates', { type: 'lisjp', patientId: '19121212-1212' }),
    );
    expect(created.response.statusCode).toBe(201);
    const draft = json<CertificateBody>(created.response);
    expect(created.records.map(what)).toEqual([expected('create', draft.id)]);

    const read = await audited(() => call(doctor, 'GET', `/api/certificates/${draft.id}`));
    expect(read.response.statusCode).toBe(200);
    expect(read.records.map(what)).toEqual([expected('read', draft.id)]);

    const saved = await audited(() =>
      call(doctor, 'PUT', `/api/certificates/${draft.id}`, {
        revision: 1,
        answers: { ...draft.answers, ...LISJP.minimal },
      }),
    );
    expect(saved.response.statusCode).toBe(200);
    expect(saved.records.map(what)).toEqual([expected('update', draft.id)]);

    const validated = await audited(() => call(doctor, 'POST', `/api/certificates/${draft.id}/validate`, {}));
    expect(validated.response.statusCode).toBe(200);
    expect(validated.records.map(what)).toEqual([expected('read', draft.id)]);

    const ready = await audited(() =>
      call(nurse, 'POST', `/api/certificates/${draft.id}/ready-for-sign`, { revision: 2 }),
    );
    expect(ready.response.statusCode).toBe(200);
    expect(ready.records.map(what)).toEqual([expected('update', draft.id, { actorHsaId: ANNA, actorRole: 'nurse' })]);

    const signed = await audited(() => call(doctor, 'POST', `/api/certificates/${draft.id}/sign`, { revision: 3 }));
    expect(signed.response.statusCode).toBe(200);
    expect(signed.records.map(what)).toEqual([expected('sign', draft.id)]);

    const events = await audited(() => call(doctor, 'GET', `/api/certificates/${draft.id}/events`));
    expect(events.response.statusCode).toBe(200);
    expect(events.records.map(what)).toEqual([expected('read', draft.id)]);

    const signature = await audited(() => call(doctor, 'GET', `/api/certificates/${draft.id}/signature`));
    expect(json(signature.response)).toEqual({ signed: true, valid: true });
    expect(signature.records.map(what)).toEqual([expected('read', draft.id)]);
  });

  it('logs the deletion of a draft in its transaction', async () => {
    const draft = await createDraft();
    const deleted = await audited(() => call(doctor, 'DELETE', `/api/certificates/${draft.id}?revision=1`));
    expect(deleted.response.statusCode).toBe(204);
    expect(deleted.records.map(what)).toEqual([expected('delete', draft.id)]);
  });

  it('logs a list as one read of resource "Lista" per distinct patient on the page', async () => {
    await createDraft(doctor, TOLVAN);
    await createDraft(doctor, FRIDA);
    await createDraft(doctor, TOLVAN);
    const listed = await audited(() => call(doctor, 'GET', '/api/certificates?limit=100'));
    expect(listed.response.statusCode).toBe(200);
    const patients = new Set(json<{ items: CertificateBody[] }>(listed.response).items.map((c) => c.patient.personId));
    expect(patients).toEqual(new Set([TOLVAN, FRIDA]));
    expect(listed.records.map(what)).toEqual(
      [...patients].map((patientId) => expected('read', null, { patientId, resourceType: 'Lista' })),
    );

    const byPatient = await audited(() => call(doctor, 'GET', `/api/certificates?patientId=${FRIDA}&limit=100`));
    expect(byPatient.records.map(what)).toEqual([expected('read', null, { patientId: FRIDA, resourceType: 'Lista' })]);

    const empty = await audited(() => call(otherUnitDoctor, 'GET', `/api/certificates?patientId=${FRIDA}`));
    expect(empty.response.statusCode).toBe(200);
    expect(json<{ items: unknown[] }>(empty.response).items).toEqual([]);
    expect(empty.records).toEqual([]);
  });

  it('logs a patient lookup as a read of resource "Patient"', async () => {
    const lookup = await audited(() => call(doctor, 'GET', '/api/patients/19121212-1212'));
    expect(lookup.response.statusCode).toBe(200);
    expect(lookup.records.map(what)).toEqual([expected('read', null, { resourceType: 'Patient' })]);

    const unknown = await audited(() => call(doctor, 'GET', '/api/patients/199001011007'));
    expect(unknown.response.statusCode).toBe(404);
    expect(unknown.records).toEqual([]);
    const invalid = await audited(() => call(doctor, 'GET', '/api/patients/191212121213'));
    expect(invalid.response.statusCode).toBe(400);
    expect(invalid.records).toEqual([]);
  });

  it('writes no record for a refused request: other unit, guard, stale revision', async () => {
    const draft = await createDraft();
    const refusals: [string, () => Promise<LightMyRequestResponse>, number][] = [
      ['other unit reads', () => call(otherUnitDoctor, 'GET', `/api/certificates/${draft.id}`), 404],
      ['other unit events', () => call(otherUnitDoctor, 'GET', `/api/certificates/${draft.id}/events`), 404],
      ['other unit validates', () => call(otherUnitDoctor, 'POST', `/api/certificates/${draft.id}/validate`, {}), 404],
      [
        'other unit saves',
        () => call(otherUnitDoctor, 'PUT', `/api/certificates/${draft.id}`, { revision: 1, answers: {} }),
        404,
      ],
      ['other unit deletes', () => call(otherUnitDoctor, 'DELETE', `/api/certificates/${draft.id}?revision=1`), 404],
      ['nurse signs', () => call(nurse, 'POST', `/api/certificates/${draft.id}/sign`, { revision: 1 }), 403],
      ['incomplete signed', () => call(doctor, 'POST', `/api/certificates/${draft.id}/sign`, { revision: 1 }), 422],
      [
        'stale revision saved',
        () => call(doctor, 'PUT', `/api/certificates/${draft.id}`, { revision: 7, answers: draft.answers }),
        409,
      ],
      ['stale revision deleted', () => call(doctor, 'DELETE', `/api/certificates/${draft.id}?revision=7`), 409],
      ['unknown certificate', () => call(doctor, 'GET', `/api/certificates/${crypto.randomUUID()}`), 404],
      [
        'unknown patient',
        () => call(doctor, 'POST', '/api/certificates', { type: 'lisjp', patientId: '199001011007' }),
        422,
      ],
    ];
    for (const [name, request, status] of refusals) {
      const { response, records } = await audited(request);
      expect([name, response.statusCode]).toEqual([name, status]);
      expect([name, records]).toEqual([name, []]);
    }
  });

  it('writes no record when an update loses the race for the revision', async () => {
    const draft = await createDraft();
    const body = { revision: 1, answers: draft.answers };
    const { records, response } = await audited(async () => {
      const [first, second] = await Promise.all([
        call(doctor, 'PUT', `/api/certificates/${draft.id}`, body),
        call(doctor, 'PUT', `/api/certificates/${draft.id}`, body),
      ]);
      expect([first!.statusCode, second!.statusCode].sort()).toEqual([200, 409]);
      return first!;
    });
    expect(response.statusCode).toBeGreaterThan(0);
    expect(records.map(what)).toEqual([expected('update', draft.id)]);
  });

  it('lets a log reviewer list the log by patient and by user, page by page, and verify it', async () => {
    const draft = await createDraft(nurse, FRIDA);
    await call(nurse, 'GET', `/api/certificates/${draft.id}`);

    const byUser = await call(auditor, 'GET', `/api/admin/audit?actorHsaId=${ANNA}&limit=2`);
    expect(byUser.statusCode).toBe(200);
    const page = json<{ items: (AuditRecord & { activityName: string })[]; nextCursor: string | null }>(byUser);
    expect(page.items.map((r) => [r.activity, r.activityName, r.certificateId, r.patientId])).toEqual([
      ['read', 'Läsa', draft.id, FRIDA],
      ['create', 'Skriva', draft.id, FRIDA],
    ]);
    expect(page.items[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(page.nextCursor).not.toBeNull();
    const next = await call(auditor, 'GET', `/api/admin/audit?actorHsaId=${ANNA}&limit=2&cursor=${page.nextCursor}`);
    expect(
      json<{ items: AuditRecord[] }>(next).items.every((r) => r.actorHsaId === ANNA && r.seq < page.items[1]!.seq),
    ).toBe(true);

    const byPatient = json<{ items: AuditRecord[] }>(
      await call(auditor, 'GET', `/api/admin/audit?patientId=19401130-6125&limit=100`),
    );
    expect(byPatient.items.length).toBeGreaterThanOrEqual(2);
    expect(byPatient.items.every((r) => r.patientId === FRIDA)).toBe(true);
    expect(byPatient.items.map((r) => r.seq)).toEqual([...byPatient.items.map((r) => r.seq)].sort((a, b) => b - a));

    const verify = await call(auditor, 'GET', '/api/admin/audit/verify');
    expect(verify.statusCode).toBe(200);
    expect(json(verify)).toEqual({ ok: true, checked: await headSeq() });

    const invalid = await call(auditor, 'GET', '/api/admin/audit?patientId=191212121213');
    expect(json(invalid)).toMatchObject({ code: 'INVALID_PERSON_ID' });
    const badCursor = await call(auditor, 'GET', '/api/admin/audit?cursor=bm9wZQ');
    expect(json(badCursor)).toMatchObject({ code: 'INVALID_CURSOR' });
  });

  it('refuses the log to everyone who is not a log reviewer', async () => {
    for (const cookie of [doctor, nurse, otherUnitDoctor]) {
      for (const url of ['/api/admin/audit', `/api/admin/audit?patientId=${TOLVAN}`, '/api/admin/audit/verify']) {
        const response = await call(cookie, 'GET', url);
        expect(response.statusCode).toBe(403);
        expect(json(response)).toMatchObject({ code: 'ACTION_NOT_ALLOWED' });
      }
    }
    expect((await t.app.inject({ url: '/api/admin/audit/verify' })).statusCode).toBe(401);
  });
});
