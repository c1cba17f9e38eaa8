import { certificateFixtures } from '@intyg/certificate-types';
import type { Answers } from '@intyg/core';
import { forEachDialect } from '@intyg/store/test-support';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SickLeaveWarnings } from '../certificates/sick-leave-warnings.js';
import { json, LISJP, openTestApp, type TestApp } from '../test-support/test-app.js';

interface Response {
  id: string;
  revision: number;
  status: string;
  warnings: { ruleId: string; elementId: string; level: string; message: { sv: string }; pointsTo?: string }[];
}

const AG7804 = certificateFixtures['ag7804/2.0']!;
const PATIENT = '19121212-1212';
const ALVC = 'TSTNMT2321000156-ALVC';
const lumbago = [{ code: 'M54.5', description: 'Lumbago' }];
const period = (from: string, to: string) => [{ code: 'HELT_NEDSATT', from, to }];

forEachDialect('sick-leave warnings on drafts: FMB length and long sick leave', (db) => {
  let t: TestApp;
  let ajla: string;
  let beata: string;

  beforeAll(async () => {
    t = await openTestApp(db.store);
    ajla = await t.login('ajla');
    beata = await t.login('beata');
  });
  afterAll(() => t.close());

  async function draft(cookie: string, type: string, answers: Answers, patientId = PATIENT): Promise<Response> {
    const created = json<Response>(
      await t.app.inject({
        method: 'POST',
        url: '/api/certificates',
        headers: { cookie },
        payload: { type, patientId },
      }),
    );
    return save(cookie, created, answers);
  }

  async function save(cookie: string, certificate: Response, answers: Answers): Promise<Response> {
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/certificates/${certificate.id}`,
      headers: { cookie },
      payload: { revision: certificate.revision, answers },
    });
    expect(response.statusCode).toBe(200);
    return json<Response>(response);
  }

  async function sign(cookie: string, certificate: Response): Promise<Response> {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/certificates/${certificate.id}/sign`,
      headers: { cookie },
      payload: { revision: certificate.revision },
    });
    expect(response.statusCode).toBe(200);
    return json<Response>(response);
  }

  async function signed(cookie: string, type: string, answers: Answers, patientId = PATIENT): Promise<Response> {
    return sign(cookie, await draft(cookie, type, answers, patientId));
  }

  it('warns when the draft is longer than FMB recommends, pointing to 37, and stops when it is not', async () => {
    const long = await draft(ajla, 'lisjp', {
      ...LISJP.minimal,
      '6': lumbago,
      '32': period('2025-10-01', '2025-10-20'),
    });
    expect(long.warnings).toEqual([
      {
        ruleId: 'fmb.sickLeaveLength',
        elementId: '32',
        level: 'warning',
        pointsTo: '37',
        message: {
          sv:
            'Den föreslagna sjukskrivningsperioden är längre än FMBs rekommendation på 14 dagar (2 veckor) för ' +
            'diagnosen M54.5. Ange en motivering för att underlätta Försäkringskassans handläggning.',
          en: expect.any(String),
        },
      },
    ]);
    const read = json<Response>(await t.app.inject({ url: `/api/certificates/${long.id}`, headers: { cookie: ajla } }));
    expect(read.warnings.map((w) => w.ruleId)).toEqual(['fmb.sickLeaveLength']);

    const shorter = await save(ajla, long, {
      ...LISJP.minimal,
      '6': lumbago,
      '32': period('2025-10-01', '2025-10-14'),
    });
    expect(shorter.warnings).toEqual([]);

    // A warning never blocks signing.
    const again = await save(ajla, shorter, {
      ...LISJP.minimal,
      '6': lumbago,
      '32': period('2025-10-01', '2025-10-20'),
    });
    expect((await sign(ajla, again)).warnings).toEqual([]);
  });

  it("counts the patient's earlier lisjp at the unit within five days, not other units' nor ag7804", async () => {
    // The signed lisjp of the first test ends 2025-10-20; these lie after it with gaps of 2 days.
    await signed(beata, 'lisjp', { ...LISJP.minimal, '32': period('2025-10-23', '2025-12-31') });
    await signed(ajla, 'ag7804', { ...AG7804.minimal, '32': period('2025-10-23', '2025-12-31') });
    const next = await draft(ajla, 'lisjp', {
      ...LISJP.minimal,
      '6': lumbago,
      '32': period('2025-10-23', '2025-10-25'),
    });
    expect(next.warnings.map((w) => w.message.sv)).toEqual([
      'Den totala sjukskrivningsperioden är 23 dagar och därmed längre än FMBs rekommendation på 14 dagar ' +
        '(2 veckor) för diagnosen M54.5. Ange en motivering för att underlätta Försäkringskassans handläggning. ' +
        'Sjukskrivningsperioden är baserad på patientens sammanhängande intyg på denna vårdenhet.',
    ]);
  });

  it("sees another server process's signature once its cached case has aged out", async () => {
    let now = 0;
    const otherProcess = new SickLeaveWarnings({
      store: t.system.store,
      models: t.system.models,
      recommendations: { longest: () => ({ days: 14, source: '2 veckor', code: 'M545' }) },
      now: () => now,
    });
    const patient = '194011306125';
    const draftResponse = await draft(
      ajla,
      'lisjp',
      { ...LISJP.minimal, '6': lumbago, '32': period('2025-10-01', '2025-10-10') },
      patient,
    );
    const stored = (await t.system.store.getCertificate(draftResponse.id, { unitIds: [ALVC] }))!;
    const compiled = t.system.models.get('lisjp', '2.0')!;
    expect(await otherProcess.of(stored, compiled)).toEqual([]);

    // This app signs an earlier certificate for the patient; the other process does not hear of it.
    await signed(ajla, 'lisjp', { ...LISJP.minimal, '32': period('2025-09-20', '2025-09-30') }, patient);
    now += 9_999;
    expect(await otherProcess.of(stored, compiled)).toEqual([]);
    now += 1;
    expect((await otherProcess.of(stored, compiled)).map((w) => w.ruleId)).toEqual(['fmb.sickLeaveLength']);
  });

  it('stops counting a revoked certificate at once: the next read of a draft does not wait for the cache', async () => {
    const patient = '198001139297';
    const earlier = await signed(
      ajla,
      'lisjp',
      { ...LISJP.minimal, '32': period('2025-09-20', '2025-09-30') },
      patient,
    );
    const next = await draft(
      ajla,
      'lisjp',
      { ...LISJP.minimal, '6': lumbago, '32': period('2025-10-01', '2025-10-10') },
      patient,
    );
    // 11 + 10 days in one case is longer than FMB's 14 for lumbago; the draft alone is not.
    expect(next.warnings.map((w) => w.ruleId)).toEqual(['fmb.sickLeaveLength']);

    const revoke = await t.app.inject({
      method: 'POST',
      url: `/api/certificates/${earlier.id}/revoke`,
      headers: { cookie: ajla },
      payload: { revision: earlier.revision, reason: 'FEL_PATIENT', message: 'Fel patient.' },
    });
    expect(revoke.statusCode).toBe(200);
    const read = json<Response>(await t.app.inject({ url: `/api/certificates/${next.id}`, headers: { cookie: ajla } }));
    expect(read.warnings).toEqual([]);
  });

  it('counts a replacement instead of the certificate it replaces', async () => {
    const patient = '197010632391';
    const original = await signed(
      ajla,
      'lisjp',
      { ...LISJP.minimal, '32': period('2025-09-01', '2025-09-30') },
      patient,
    );
    const replace = await t.app.inject({
      method: 'POST',
      url: `/api/certificates/${original.id}/replace`,
      headers: { cookie: ajla },
    });
    expect(replace.statusCode).toBe(201);
    // The doctor corrects the period: the patient was on sick leave only its last six days.
    const corrected = await save(ajla, json<Response>(replace), {
      ...LISJP.minimal,
      '32': period('2025-09-25', '2025-09-30'),
    });
    await sign(ajla, corrected);

    // 6 + 5 days is within FMB's 14 for lumbago; with the replaced certificate's 30 days it would not be.
    const next = await draft(
      ajla,
      'lisjp',
      { ...LISJP.minimal, '6': lumbago, '32': period('2025-10-01', '2025-10-05') },
      patient,
    );
    expect(next.warnings).toEqual([]);
  });

  it('reads the case once for drafts read at the same moment, and again after a failed reading', async () => {
    let reads = 0;
    let failNext = false;
    const store = {
      ...t.system.store,
      listCertificates: async (query: Parameters<typeof t.system.store.listCertificates>[0]) => {
        reads += 1;
        if (failNext) {
          failNext = false;
          throw new Error('the database is away');
        }
        return t.system.store.listCertificates(query);
      },
    };
    const warnings = new SickLeaveWarnings({
      store,
      models: t.system.models,
      recommendations: { longest: () => ({ days: 14, source: '2 veckor', code: 'M545' }) },
      now: () => 0,
    });
    const saved = await draft(ajla, 'lisjp', {
      ...LISJP.minimal,
      '6': lumbago,
      '32': period('2025-10-01', '2025-10-10'),
    });
    const stored = (await t.system.store.getCertificate(saved.id, { unitIds: [ALVC] }))!;
    const compiled = t.system.models.get('lisjp', '2.0')!;
    const other = { ...stored, id: crypto.randomUUID() };

    failNext = true;
    await expect(warnings.of(stored, compiled)).rejects.toThrow('the database is away');
    expect(reads).toBe(1);
    const together = await Promise.all([warnings.of(stored, compiled), warnings.of(other, compiled)]);
    expect(together.map((list) => list.length)).toEqual([1, 1]);
    expect(reads).toBe(2);
  });

  it('notes a sick-leave case longer than six months', async () => {
    const depression = [{ code: 'F32.1', description: 'Medelsvår depressiv episod' }];
    const long = await draft(ajla, 'lisjp', {
      ...LISJP.minimal,
      '6': depression,
      '32': period('2025-10-21', '2026-05-31'),
    });
    expect(long.warnings.map((w) => [w.ruleId, w.level])).toEqual([
      ['fmb.sickLeaveLength', 'warning'],
      ['sickLeave.longCase', 'info'],
    ]);
  });
});
