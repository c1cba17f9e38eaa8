import { certificateFixtures } from '@intyg/certificate-types';
import type { Certificate } from '@intyg/core';
import { pdfText } from '@intyg/pdf/test-support';
import { forEachDialect } from '@intyg/store/test-support';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { buildApp } from '../http/app.js';
import { createSystem } from '../system.js';
import { json, openTestApp, TEST_NOW, TEST_TODAY, type TestApp } from '../test-support/test-app.js';

const TOLVAN = '191212121212';
/** Maj Pärsson, the test population's person with protected identity. */
const PROTECTED = '195401232540';
const ALVC = 'TSTNMT2321000156-ALVC';
const PUBLIC_URL = 'http://localhost:8080';

forEachDialect('printing: PDF, audit and the public verification', (db) => {
  let t: TestApp;
  let doctor: string;
  let otherUnitDoctor: string;

  beforeAll(async () => {
    t = await openTestApp(db.store);
    doctor = await t.login('ajla');
    otherUnitDoctor = await t.login('beata');
  });
  afterAll(() => t.close());

  /** A complete draft of the type's newest version with its maximal fixture (and `extra`), at Alfa Vårdcentral. */
  async function draft(type: string, version: string, patientId = TOLVAN, extra: Record<string, unknown> = {}) {
    const created = json<{ id: string; revision: number }>(
      await t.app.inject({
        method: 'POST',
        url: '/api/certificates',
        headers: { cookie: doctor },
        payload: { type, patientId },
      }),
    );
    const answers = { ...certificateFixtures[`${type}/${version}`]!.maximal, ...extra };
    const updated = await t.app.inject({
      method: 'PUT',
      url: `/api/certificates/${created.id}`,
      headers: { cookie: doctor },
      payload: { revision: created.revision, answers },
    });
    expect(json<{ complete: boolean }>(updated).complete).toBe(true);
    return json<{ id: string; revision: number }>(updated);
  }

  async function signed(type: string, version: string, patientId = TOLVAN, extra: Record<string, unknown> = {}) {
    const { id, revision } = await draft(type, version, patientId, extra);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/certificates/${id}/sign`,
      headers: { cookie: doctor },
      payload: { revision },
    });
    expect(response.statusCode).toBe(200);
    return id;
  }

  /** `cookie` null: without a session. */
  const pdf = (id: string, query = '', cookie: string | null = doctor) =>
    t.app.inject({
      method: 'GET',
      url: `/api/certificates/${id}/pdf${query}`,
      headers: cookie === null ? {} : { cookie },
    });
  const textOf = (response: LightMyRequestResponse) => pdfText(new Uint8Array(response.rawPayload));
  const auditRecordsOf = async (certificateId: string) =>
    (await t.system.store.listAudit({ limit: 100 })).items.filter((record) => record.certificateId === certificateId);

  describe('GET /api/certificates/{id}/pdf', () => {
    it('prints a draft of the own unit with the UTKAST mark, as application/pdf with a file name', async () => {
      const { id } = await draft('lisjp', '2.0');
      const response = await pdf(id);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(`inline; filename="intyg-${id}.pdf"`);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = textOf(response);
      expect(text).toContain('UTKAST – får inte skickas');
      expect(text).toContain('Läkarintyg för sjukpenning');
      expect(text).toContain('Tolvan Tolvansson, 19121212-1212');
    });

    it('writes a print record to the audit log, beside the read, for every print', async () => {
      const { id } = await draft('lisjp', '2.0');
      await pdf(id);
      await pdf(id);
      const records = await auditRecordsOf(id);
      const prints = records.filter((record) => record.activity === 'print');
      expect(prints).toHaveLength(2);
      expect(prints[0]).toMatchObject({
        activity: 'print',
        resourceType: 'Intyg',
        patientId: TOLVAN,
        actorHsaId: 'TSTNMT2321000156-DRAA',
        unitId: ALVC,
      });
      expect(records.filter((record) => record.activity === 'read').length).toBeGreaterThanOrEqual(2);
      expect((await t.system.store.verifyAudit()).ok).toBe(true);
    });

    it('prints a signed certificate with the signature and the verification address', async () => {
      const id = await signed('lisjp', '2.0');
      const text = textOf(await pdf(id));
      expect(text).not.toContain('UTKAST');
      expect(text).toContain('Signerat elektroniskt av Ajla Doktor');
      expect(text).toContain(`${PUBLIC_URL}/verify/${id}`);
    });

    it('answers 404 for another unit’s certificate and 401 without a session, and logs no print', async () => {
      const { id } = await draft('lisjp', '2.0');
      const other = await pdf(id, '', otherUnitDoctor);
      expect(other.statusCode).toBe(404);
      expect(json(other)).toMatchObject({ code: 'CERTIFICATE_NOT_FOUND' });
      expect((await pdf(id, '', null)).statusCode).toBe(401);
      // Creating and filling the draft left their records; nobody read or printed it.
      expect((await auditRecordsOf(id)).map((record) => record.activity).sort()).toEqual(['create', 'update']);
    });

    it('hides the diagnosis of an employer’s certificate at the patient’s request', async () => {
      const id = await signed('ag7804', '2.0');
      const shown = textOf(await pdf(id));
      const hidden = await pdf(id, '?hideDiagnosis=true');
      expect(hidden.statusCode).toBe(200);
      expect(shown).toContain('M545 Lumbago');
      expect(textOf(hidden)).not.toContain('M545');
      expect(textOf(hidden)).not.toContain('Lumbago');
      expect(textOf(hidden)).toContain('På patientens begäran uppges inte diagnos.');
    });

    it('refuses hideDiagnosis where the model does not allow it, with a code and a Swedish message, logging nothing', async () => {
      const lisjp = await signed('lisjp', '2.0');
      const refused = await pdf(lisjp, '?hideDiagnosis=true');
      expect(refused.statusCode).toBe(422);
      expect(json(refused)).toEqual({
        code: 'DIAGNOSIS_NOT_HIDEABLE',
        message: 'Diagnosen kan inte döljas på det här intyget.',
      });
      expect((await auditRecordsOf(lisjp)).some((record) => record.activity === 'print')).toBe(false);
      // Smittbärarpenning: the diagnosis of an infection-control certificate cannot be hidden.
      const smitta = await signed('ag7804', '2.0', TOLVAN, { '27': true });
      expect((await pdf(smitta, '?hideDiagnosis=true')).statusCode).toBe(422);
      expect((await pdf(smitta, '?hideDiagnosis=false')).statusCode).toBe(200);
      expect((await pdf(smitta, '?hideDiagnosis=yes')).statusCode).toBe(400);
    });

    it('prints neither name nor number of a patient with protected identity', async () => {
      const { id } = await draft('lisjp', '2.0', PROTECTED);
      const response = await pdf(id);
      expect(response.statusCode).toBe(200);
      const text = textOf(response);
      expect(text).toContain('Patienten har skyddade personuppgifter');
      expect(text).not.toContain('Pärsson');
      expect(text).not.toMatch(/19540123-?2540/);
    });
  });

  describe('the public verification', () => {
    const verify = (id: string) => t.app.inject({ method: 'GET', url: `/api/verify/${id}` });
    const page = (id: string) => t.app.inject({ method: 'GET', url: `/verify/${id}` });

    it('says, without login, the type, the signing day and that the signature is valid, and nothing personal', async () => {
      const id = await signed('lisjp', '2.0');
      const response = await verify(id);
      expect(response.statusCode).toBe(200);
      expect(json(response)).toEqual({
        type: 'lisjp',
        typeName: 'Läkarintyg för sjukpenning (FK 7804)',
        signedDate: TEST_TODAY,
        signatureValid: true,
        revoked: false,
      });
      const html = await page(id);
      expect(html.statusCode).toBe(200);
      expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(html.body).toContain('Läkarintyg för sjukpenning (FK 7804)');
      expect(html.body).toContain(TEST_TODAY);
      expect(html.body).toContain('Giltig');
      for (const body of [response.body, html.body]) {
        for (const personal of ['Tolvan', '19121212', TOLVAN, 'Ajla', 'Alfa Vårdcentral', 'Lumbago', 'M545']) {
          expect(body).not.toContain(personal);
        }
      }
    });

    it('answers 404 for an unknown id and for a draft, which is not issued', async () => {
      const { id } = await draft('lisjp', '2.0');
      for (const unknown of [id, crypto.randomUUID()]) {
        const response = await verify(unknown);
        expect(response.statusCode).toBe(404);
        expect(json(response)).toEqual({
          code: 'CERTIFICATE_NOT_FOUND',
          message: 'No issued certificate with that id.',
        });
        const html = await page(unknown);
        expect(html.statusCode).toBe(404);
        expect(html.body).toContain('Intyget hittades inte');
      }
      expect((await verify('not-an-id')).statusCode).toBe(400);
      expect((await page('not-an-id')).statusCode).toBe(404);
    });

    it('says the signature is not valid for a certificate changed after signing, and that a revoked one is revoked', async () => {
      const id = await signed('lisjp', '2.0');
      const original = (await t.system.store.getIssuedCertificateForVerification(id))!;
      const tampered: Certificate = {
        ...original,
        id: crypto.randomUUID(),
        answers: { ...original.answers, '25': 'x' },
      };
      const revoked: Certificate = { ...original, id: crypto.randomUUID(), status: 'revoked' };
      for (const copy of [tampered, revoked]) {
        await t.system.store.insertCertificate(copy, { type: 'created', actorId: null, occurredAt: TEST_NOW });
      }
      // The signature covers the certificate's id too: a copy under another id does not verify either.
      expect(json(await verify(tampered.id))).toMatchObject({ signatureValid: false, revoked: false });
      expect(json(await verify(revoked.id))).toMatchObject({ signatureValid: false, revoked: true });
      expect((await page(revoked.id)).body).toContain('Intyget är makulerat');
      expect(textOf(await pdf(revoked.id))).toContain('MAKULERAT');
    });

    it('is rate-limited per client address', async () => {
      const config = loadConfig({
        INTYG_DEV_LOGIN: 'true',
        INTYG_DEV_IDP: 'false',
        INTYG_WEB_DIST: '/nonexistent',
        INTYG_VERIFY_RATE_LIMIT: '2',
      });
      const app = await buildApp(await createSystem(config, { store: db.store, clock: fixedClock(TEST_NOW) }));
      try {
        const url = `/api/verify/${crypto.randomUUID()}`;
        for (let attempt = 0; attempt < 2; attempt += 1) {
          expect((await app.inject({ method: 'GET', url })).statusCode).toBe(404);
        }
        const limited = await app.inject({ method: 'GET', url });
        expect(limited.statusCode).toBe(429);
        expect(json(limited)).toMatchObject({ code: 'RATE_LIMITED' });
      } finally {
        await app.close();
      }
    });
  });
});
