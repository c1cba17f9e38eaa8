import type { Certificate } from '@intyg/core';
import { forEachDialect } from '@intyg/store/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { json, LISJP, openTestApp, TEST_NOW, type TestApp } from '../test-support/test-app.js';

/**
 * Protected identity (sekretessmarkering), deceased patients and test persons through the API,
 * for creation and every action the API offers (domain.md §5.3, §5.4).
 */

const TOLVAN = '191212121212';
const MAJ = '195401232540'; // protected identity
const HARALD = '193503118238'; // deceased
const TESTSSON = '199001012393'; // test person
const LINDQVIST = '196402157827'; // no address
const UNKNOWN = '199001011007'; // valid number, not in the registry

const PROTECTED_MESSAGE =
  'Du saknar behörighet för den begärda åtgärden. Det krävs särskilda rättigheter eller en specifik befattning för att hantera patienter med skyddade personuppgifter.';
const DECEASED_MESSAGE = 'Du kan ej utföra den begärda åtgärden eftersom patienten är avliden.';

interface Refusal {
  code: string;
  message: { sv: string; en: string };
}
interface CertificateBody {
  id: string;
  status: string;
  revision: number;
  answers: Record<string, unknown>;
  patient: {
    personId: string;
    name: string | null;
    protectedIdentity: boolean;
    deceased: boolean;
    testPerson: boolean;
  };
  actions: { id: string; allowed: boolean; reasons: Refusal[] }[];
}
interface ErrorBody {
  code: string;
  details?: { reasons?: Refusal[] };
}

const reasonCodes = (response: LightMyRequestResponse) =>
  (json<ErrorBody>(response).details?.reasons ?? []).map((r) => r.code);
const allowedActions = (body: CertificateBody) => body.actions.filter((a) => a.allowed).map((a) => a.id);

forEachDialect('protected identity and deceased patients', (db) => {
  let t: TestApp;
  let doctor: string;
  let nurse: string;
  let careAdmin: string;
  let otherUnitDoctor: string;

  beforeAll(async () => {
    t = await openTestApp(db.store);
    doctor = await t.login('ajla');
    nurse = await t.login('anna');
    careAdmin = await t.login('vera');
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

  const create = (cookie: string, patientId: string) =>
    call(cookie, 'POST', '/api/certificates', { type: 'lisjp', patientId });

  const createDraft = async (cookie: string, patientId: string) => {
    const response = await create(cookie, patientId);
    expect(response.statusCode).toBe(201);
    return json<CertificateBody>(response);
  };

  /**
   * A draft for a patient no draft can be created for any more (deceased, or unknown to the registry),
   * as one written before the registry changed: a copy of a fresh draft under another patient.
   */
  const storedDraftFor = async (personId: string, name: string): Promise<CertificateBody> => {
    const template = await createDraft(doctor, TOLVAN);
    const stored = (await db.store.getCertificate(template.id, {
      careProviderId: 'TSTNMT2321000156-ALFA',
    })) as Certificate;
    const copy: Certificate = { ...stored, id: crypto.randomUUID(), patient: { personId, name } };
    await db.store.insertCertificate(copy, { type: 'created', actorId: 'ajla', occurredAt: TEST_NOW });
    const response = await call(doctor, 'GET', `/api/certificates/${copy.id}`);
    expect(response.statusCode).toBe(200);
    return json<CertificateBody>(response);
  };

  const fill = async (cookie: string, draft: CertificateBody) => {
    const response = await call(cookie, 'PUT', `/api/certificates/${draft.id}`, {
      revision: draft.revision,
      answers: { ...draft.answers, ...LISJP.minimal },
    });
    expect(response.statusCode).toBe(200);
    return json<CertificateBody>(response);
  };

  describe('the population registry', () => {
    it("shows a protected patient's name and address only to roles that may handle them", async () => {
      const byDoctor = json(await call(doctor, 'GET', `/api/patients/${MAJ}`));
      expect(byDoctor).toMatchObject({
        personId: MAJ,
        name: 'Maj Pärsson',
        protectedIdentity: true,
        address: { street: 'Skyddade vägen 1', zipCode: '11111', city: 'Stockholm' },
      });
      for (const cookie of [nurse, careAdmin]) {
        const response = await call(cookie, 'GET', '/api/patients/19540123-2540');
        expect(response.statusCode).toBe(200);
        expect(json(response)).toEqual({
          personId: MAJ,
          coordinationNumber: false,
          protectedIdentity: true,
          deceased: false,
          testPerson: false,
          name: null,
          firstName: null,
          lastName: null,
          address: null,
        });
      }
    });

    it('redacts the list the same way and marks every kind of person', async () => {
      const items = json<{ items: Record<string, unknown>[] }>(await call(nurse, 'GET', '/api/patients')).items;
      const byId = new Map(items.map((item) => [item.personId, item]));
      expect(byId.get(MAJ)).toMatchObject({ name: null, address: null, protectedIdentity: true });
      expect(byId.get(TOLVAN)).toMatchObject({ name: 'Tolvan Tolvansson', protectedIdentity: false });
      expect(byId.get(HARALD)).toMatchObject({ name: 'Harald Hedlund', deceased: true });
      expect(byId.get(TESTSSON)).toMatchObject({ testPerson: true });
      expect(byId.get(LINDQVIST)).toMatchObject({ name: 'Ingrid Lindqvist', address: null });
      expect(byId.get('197010632391')).toMatchObject({ coordinationNumber: true });
    });

    it('refuses an invalid number and an unknown one with their codes', async () => {
      expect(json(await call(doctor, 'GET', '/api/patients/19121212-1213'))).toMatchObject({
        code: 'INVALID_PERSON_ID',
      });
      const unknown = await call(doctor, 'GET', `/api/patients/${UNKNOWN}`);
      expect(unknown.statusCode).toBe(404);
      expect(json(unknown)).toMatchObject({ code: 'PATIENT_NOT_FOUND' });
    });
  });

  describe('creating a draft', () => {
    it.each([
      ['a nurse', () => nurse],
      ['a care administrator', () => careAdmin],
    ])('refuses %s for a protected patient, and stores nothing', async (_name, cookie) => {
      const before = await db.store.counts();
      const response = await create(cookie(), MAJ);
      expect(response.statusCode).toBe(403);
      expect(json(response)).toMatchObject({ code: 'ACTION_NOT_ALLOWED' });
      expect(json<ErrorBody>(response).details?.reasons).toEqual([
        { code: 'protectedIdentity', message: { sv: PROTECTED_MESSAGE, en: expect.any(String) } },
      ]);
      expect(await db.store.counts()).toEqual(before);
    });

    it('lets a doctor create one, marked as protected', async () => {
      const draft = await createDraft(doctor, MAJ);
      expect(draft.patient).toEqual({
        personId: MAJ,
        name: 'Maj Pärsson',
        protectedIdentity: true,
        deceased: false,
        testPerson: false,
      });
      expect(allowedActions(draft)).toEqual(['read', 'update', 'delete', 'print']);
    });

    it.each([
      ['a doctor', () => doctor],
      ['a nurse', () => nurse],
    ])('refuses %s for a deceased patient with the reason', async (_name, cookie) => {
      const before = await db.store.counts();
      const response = await create(cookie(), HARALD);
      expect(response.statusCode).toBe(403);
      expect(reasonCodes(response)).toEqual(['patientDeceased']);
      expect(json<ErrorBody>(response).details?.reasons?.[0]?.message.sv).toBe(DECEASED_MESSAGE);
      expect(await db.store.counts()).toEqual(before);
    });

    it('allows drafts for a test person and says so', async () => {
      const draft = await createDraft(nurse, TESTSSON);
      expect(draft.patient).toMatchObject({ testPerson: true, name: 'Test Testsson' });
    });
  });

  describe("a protected patient's draft at the user's own unit", () => {
    let draft: CertificateBody;
    beforeAll(async () => {
      draft = await createDraft(doctor, MAJ);
      await createDraft(nurse, TOLVAN);
    });

    const refusedRequests = (d: CertificateBody) =>
      [
        ['read', 'GET', `/api/certificates/${d.id}`, undefined],
        ['read (validate)', 'POST', `/api/certificates/${d.id}/validate`, {}],
        ['read (events)', 'GET', `/api/certificates/${d.id}/events`, undefined],
        ['read (signature)', 'GET', `/api/certificates/${d.id}/signature`, undefined],
        ['update', 'PUT', `/api/certificates/${d.id}`, { revision: d.revision, answers: LISJP.minimal }],
        ['update at a stale revision', 'PUT', `/api/certificates/${d.id}`, { revision: d.revision + 7, answers: {} }],
        ['markReadyForSign', 'POST', `/api/certificates/${d.id}/ready-for-sign`, { revision: d.revision }],
        ['sign', 'POST', `/api/certificates/${d.id}/sign`, { revision: d.revision }],
        ['delete', 'DELETE', `/api/certificates/${d.id}?revision=${d.revision}`, undefined],
      ] as const;

    it('refuses a nurse and a care administrator every action with 403 and the reason, changing nothing', async () => {
      for (const cookie of [nurse, careAdmin]) {
        for (const [action, method, url, payload] of refusedRequests(draft)) {
          const response = await call(cookie, method, url, payload);
          expect(response.statusCode, action).toBe(403);
          expect(json(response), action).toMatchObject({ code: 'ACTION_NOT_ALLOWED' });
          expect(reasonCodes(response), action).toContain('protectedIdentity');
        }
      }
      const unchanged = json<CertificateBody>(await call(doctor, 'GET', `/api/certificates/${draft.id}`));
      expect(unchanged.revision).toBe(draft.revision);
      expect(unchanged.status).toBe('draft');
    });

    it('names every reason for a nurse signing', async () => {
      const response = await call(nurse, 'POST', `/api/certificates/${draft.id}/sign`, { revision: draft.revision });
      expect(reasonCodes(response)).toEqual(['roleMayNotSign', 'protectedIdentity', 'incomplete']);
    });

    it("hides it from another unit's doctor as if it did not exist", async () => {
      for (const [action, method, url, payload] of refusedRequests(draft)) {
        const response = await call(otherUnitDoctor, method, url, payload);
        expect(response.statusCode, action).toBe(404);
        expect(json(response), action).toMatchObject({ code: 'CERTIFICATE_NOT_FOUND' });
      }
    });

    it('lists it for a nurse with the name hidden, and for the doctor in full', async () => {
      const byNurse = json<{ items: CertificateBody[] }>(await call(nurse, 'GET', '/api/certificates?limit=100'));
      const row = byNurse.items.find((item) => item.id === draft.id);
      expect(row?.patient).toEqual({
        personId: MAJ,
        name: null,
        protectedIdentity: true,
        deceased: false,
        testPerson: false,
      });
      const tolvan = byNurse.items.find((item) => item.patient.personId === TOLVAN);
      expect(tolvan?.patient).toMatchObject({ name: 'Tolvan Tolvansson', protectedIdentity: false });

      const byDoctor = json<{ items: CertificateBody[] }>(
        await call(doctor, 'GET', `/api/certificates?patientId=${MAJ}&limit=100`),
      );
      expect(byDoctor.items.length).toBeGreaterThan(0);
      for (const item of byDoctor.items) {
        expect(item.patient).toMatchObject({ name: 'Maj Pärsson', protectedIdentity: true });
      }
    });

    it('lets the doctor read, update, sign and delete', async () => {
      const filled = await fill(doctor, draft);
      expect(allowedActions(filled)).toEqual(['read', 'update', 'delete', 'sign', 'print']);
      const signed = await call(doctor, 'POST', `/api/certificates/${draft.id}/sign`, { revision: filled.revision });
      expect(signed.statusCode).toBe(200);
      expect(json<CertificateBody>(signed)).toMatchObject({ status: 'signed', patient: { name: 'Maj Pärsson' } });

      const other = await createDraft(doctor, MAJ);
      const deleted = await call(doctor, 'DELETE', `/api/certificates/${other.id}?revision=${other.revision}`);
      expect(deleted.statusCode).toBe(204);
    });
  });

  describe("a deceased patient's existing draft", () => {
    it('can still be read, edited, marked ready and signed: only new drafts are refused', async () => {
      const draft = await storedDraftFor(HARALD, 'Harald Hedlund');
      expect(draft.patient).toMatchObject({ deceased: true, name: 'Harald Hedlund' });
      expect(allowedActions(draft)).toEqual(['read', 'update', 'delete', 'print']);

      const byNurse = await fill(nurse, draft);
      expect(allowedActions(byNurse)).toEqual(['read', 'update', 'delete', 'markReadyForSign', 'print']);
      const ready = await call(nurse, 'POST', `/api/certificates/${draft.id}/ready-for-sign`, {
        revision: byNurse.revision,
      });
      expect(ready.statusCode).toBe(200);
      const readyBody = json<CertificateBody>(ready);
      const signed = await call(doctor, 'POST', `/api/certificates/${draft.id}/sign`, {
        revision: readyBody.revision,
      });
      expect(signed.statusCode).toBe(200);
      expect(json<CertificateBody>(signed)).toMatchObject({ status: 'signed', patient: { deceased: true } });
    });

    it('can be deleted', async () => {
      const draft = await storedDraftFor(HARALD, 'Harald Hedlund');
      const response = await call(nurse, 'DELETE', `/api/certificates/${draft.id}?revision=${draft.revision}`);
      expect(response.statusCode).toBe(204);
    });
  });

  describe('a patient the registry no longer knows', () => {
    it('counts as protected: only signing roles may act', async () => {
      const draft = await storedDraftFor(UNKNOWN, 'Okänd Person');
      expect(draft.patient).toMatchObject({ protectedIdentity: true, name: 'Okänd Person' });
      const response = await call(nurse, 'GET', `/api/certificates/${draft.id}`);
      expect(response.statusCode).toBe(403);
      expect(reasonCodes(response)).toEqual(['protectedIdentity']);
    });
  });
});
