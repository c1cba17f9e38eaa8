import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRegisterCertificate } from '@intyg/riv';
import { forEachDialect } from '@intyg/store/test-support';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_RIV_SYSTEM } from '../config.js';
import { resultOf } from '../test-support/riv-result.js';
import { corruptVariants } from '../test-support/riv-corruptions.js';
import { json, LISJP, openTestApp, type TestApp } from '../test-support/test-app.js';

const SAMPLES_DIR = fileURLToPath(new URL('../../../riv/test-data/samples/', import.meta.url));
/** Mixes svar ids of two text versions under a type code no model has: see test-data/samples/PROVENANCE.md. */
const DEFECTIVE_SAMPLE = 'ts-diabetes__1.4.xml';
const allSamples = readdirSync(SAMPLES_DIR)
  .filter((name) => name.endsWith('.xml'))
  .sort()
  .map((name) => ({ name, xml: readFileSync(SAMPLES_DIR + name, 'utf8') }));
const samples = allSamples.filter((sample) => sample.name !== DEFECTIVE_SAMPLE);

/** Diagnosis rows name their code system only when it is not the element's default: compare without it. */
function withoutDefaultSystem(answers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(answers).map(([key, value]) => [
      key,
      Array.isArray(value)
        ? value.map((row: unknown) =>
            typeof row === 'object' && row !== null && (row as { system?: string }).system === 'ICD_10_SE'
              ? Object.fromEntries(Object.entries(row).filter(([k]) => k !== 'system'))
              : row,
          )
        : value,
    ]),
  );
}

const AUTH = { authorization: `Bearer ${DEMO_RIV_SYSTEM.apiKey}`, 'content-type': 'text/xml; charset=utf-8' };

/** A sample as another certificate: fresh id, so each test registers its own. */
function withNewId(xml: string, id: string): string {
  return xml.replace(/(<(?:\w+:)?intygs-id>[\s\S]*?<(?:\w+:)?extension>)[^<]*/, `$1${id}`);
}

forEachDialect('RIV-TA RegisterCertificate and the national XML', (db) => {
  let t: TestApp;
  let doctor: string;
  let otherUnitDoctor: string;

  beforeAll(async () => {
    t = await openTestApp(db.store);
    doctor = await t.login('ajla');
    otherUnitDoctor = await t.login('beata');
  });
  afterAll(() => t.close());

  const register = (xml: string, headers: Record<string, string> = AUTH) =>
    t.app.inject({ method: 'POST', url: '/riv/RegisterCertificate/3', headers, payload: xml });

  it('refuses a caller without a valid system key with a SOAP fault and stores nothing', async () => {
    const before = await db.store.counts();
    const sample = samples[0]!.xml;
    const attempts: Record<string, string>[] = [
      { 'content-type': 'text/xml' },
      { 'content-type': 'text/xml', authorization: 'Bearer wrong-key-wrong-key' },
      { 'content-type': 'text/xml', authorization: DEMO_RIV_SYSTEM.apiKey },
    ];
    for (const headers of attempts) {
      const response = await register(sample, headers);
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toMatch(/^text\/xml/);
      expect(response.body).toContain('<faultcode>soap:Client</faultcode>');
      expect(response.body).toContain('UNAUTHENTICATED');
    }
    expect(await db.store.counts()).toEqual(before);
  });

  it('refuses a body that is not XML by its content type, with a SOAP fault', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/riv/RegisterCertificate/3',
      headers: { ...AUTH, 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(response.statusCode).toBe(415);
    expect(response.body).toContain('soap:Fault');
  });

  it.each(samples.map((s) => [s.name, s.xml] as const))(
    'registers the sample %s once: OK, then INFO',
    async (_name, xml) => {
      const id = crypto.randomUUID();
      const first = await register(withNewId(xml, id));
      expect(first.statusCode).toBe(200);
      expect(resultOf(first.body)).toEqual({ resultCode: 'OK' });
      const events = await db.store.counts();
      const again = await register(withNewId(xml, id));
      expect(resultOf(again.body)).toMatchObject({ resultCode: 'INFO' });
      expect(await db.store.counts()).toEqual(events);
    },
  );

  it('refuses the defective sample with ERROR and stores nothing', async () => {
    const defective = allSamples.find((sample) => sample.name === DEFECTIVE_SAMPLE);
    expect(defective).toBeDefined();
    const before = await db.store.counts();
    expect(resultOf((await register(defective!.xml)).body)).toMatchObject({
      resultCode: 'ERROR',
      errorId: 'VALIDATION_ERROR',
    });
    expect(await db.store.counts()).toEqual(before);
  });

  it('accepts the request in a SOAP envelope as well', async () => {
    const bare = withNewId(samples[0]!.xml, crypto.randomUUID()).replace(/^<\?xml[^>]*\?>/, '');
    const envelope = `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header/><soapenv:Body>${bare}</soapenv:Body></soapenv:Envelope>`;
    expect(resultOf((await register(envelope)).body)).toEqual({ resultCode: 'OK' });
  });

  it('answers at least 50 corrupted variants with ERROR and a reason, storing nothing', async () => {
    const variants = corruptVariants(
      samples.map((s) => ({ name: s.name, xml: withNewId(s.xml, crypto.randomUUID()) })),
    );
    expect(variants.length).toBeGreaterThanOrEqual(50);
    const before = await db.store.counts();
    const failures: string[] = [];
    for (const variant of variants) {
      const response = await register(variant.xml);
      const result = response.statusCode === 200 ? resultOf(response.body) : undefined;
      if (result?.resultCode !== 'ERROR' || result.errorId !== 'VALIDATION_ERROR' || !result.resultText) {
        failures.push(`${variant.name}: ${response.statusCode} ${response.body.slice(0, 300)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await db.store.counts()).toEqual(before);
  });

  it('gives the national XML of a signed certificate to its unit, the same answers when read back', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/certificates',
      headers: { cookie: doctor },
      payload: { type: 'lisjp', patientId: '191212121212' },
    });
    const draft = json<{ id: string; revision: number }>(created);
    const xmlOfDraft = await t.app.inject({ url: `/api/certificates/${draft.id}/xml`, headers: { cookie: doctor } });
    expect(xmlOfDraft.statusCode).toBe(409);
    expect(json(xmlOfDraft)).toMatchObject({ code: 'CERTIFICATE_NOT_SIGNED' });

    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/certificates/${draft.id}`,
      headers: { cookie: doctor },
      payload: { revision: draft.revision, answers: LISJP.maximal },
    });
    expect(saved.statusCode).toBe(200);
    const signed = await t.app.inject({
      method: 'POST',
      url: `/api/certificates/${draft.id}/sign`,
      headers: { cookie: doctor },
      payload: { revision: json<{ revision: number }>(saved).revision },
    });
    expect(signed.statusCode).toBe(200);
    const certificate = json<{ answers: Record<string, unknown> }>(signed);

    const response = await t.app.inject({ url: `/api/certificates/${draft.id}/xml`, headers: { cookie: doctor } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/xml/);
    expect(response.body).toContain('Tolvansson');
    const parsed = parseRegisterCertificate(response.body, t.system.models.all());
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.text).join('\n'));
    expect(parsed.model.type).toBe('lisjp');
    expect(parsed.certificate.id).toBe(draft.id);
    expect(withoutDefaultSystem(parsed.certificate.answers)).toEqual(withoutDefaultSystem(certificate.answers));

    const elsewhere = await t.app.inject({
      url: `/api/certificates/${draft.id}/xml`,
      headers: { cookie: otherUnitDoctor },
    });
    expect(elsewhere.statusCode).toBe(404);

    // Registering our own export under a new id stores it as another system's certificate, readable at the unit.
    const copyId = crypto.randomUUID();
    const registered = await register(withNewId(response.body, copyId));
    expect(resultOf(registered.body)).toEqual({ resultCode: 'OK' });
    const read = await t.app.inject({ url: `/api/certificates/${copyId}`, headers: { cookie: doctor } });
    expect(read.statusCode).toBe(200);
    expect(json(read)).toMatchObject({
      status: 'signed',
      signature: null,
      registration: { system: DEMO_RIV_SYSTEM.id },
    });
    expect(withoutDefaultSystem(json<{ answers: Record<string, unknown> }>(read).answers)).toEqual(
      withoutDefaultSystem(certificate.answers),
    );
  });
});
