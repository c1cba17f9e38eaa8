import { forEachDialect } from '@intyg/store/test-support';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { json, LISJP, openTestApp, type TestApp } from '../test-support/test-app.js';

interface Validation {
  validation: { valid: boolean; errors: { ruleId: string; elementId: string; fieldId: string }[] };
}

forEachDialect('decision support: diagnosis search, FMB, ICF and code checks', (db) => {
  let t: TestApp;
  let doctor: string;

  beforeAll(async () => {
    t = await openTestApp(db.store);
    doctor = await t.login('ajla');
  });
  afterAll(() => t.close());

  const get = (url: string, cookie = doctor) => t.app.inject({ url, headers: { cookie } });

  it('searches diagnosis codes by code and by words, saying the code system', async () => {
    const byCode = json<{ items: { code: string; displayCode: string; codeSystem: string }[]; more: boolean }>(
      await get('/api/diagnoses?q=F32&limit=3'),
    );
    expect(byCode.items.map((item) => item.code)).toEqual(['F32', 'F320', 'F321']);
    expect(byCode.items[2]).toEqual({
      code: 'F321',
      displayCode: 'F32.1',
      title: 'Medelsvår depressiv episod',
      codeSystem: 'icd10se',
    });
    expect(byCode.more).toBe(true);
    const ksh = json<{ items: { code: string; codeSystem: string }[] }>(
      await get(`/api/diagnoses?q=${encodeURIComponent('ryggvärk')}&system=ksh97p`),
    );
    expect(ksh.items.map((item) => item.code)).toContain('M549P');
    expect(ksh.items.every((item) => item.codeSystem === 'ksh97p')).toBe(true);
  });

  it('answers the same search the same way each time, kept by the browser too; each limit and system apart', async () => {
    const first = await get('/api/diagnoses?q=M54&limit=2');
    const again = await get('/api/diagnoses?q=M54&limit=2');
    expect(again.body).toBe(first.body);
    expect(again.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(again.headers['cache-control']).toBe('private, max-age=3600');
    expect(json<{ items: unknown[] }>(again).items).toHaveLength(2);
    expect(json<{ items: unknown[] }>(await get('/api/diagnoses?q=M54&limit=4')).items).toHaveLength(4);
    const ksh = json<{ items: { codeSystem: string }[] }>(await get('/api/diagnoses?q=M54&limit=2&system=ksh97p'));
    expect(ksh.items.every((item) => item.codeSystem === 'ksh97p')).toBe(true);
  });

  it('refuses a bad search with a 400 and a code, and requires a session', async () => {
    for (const url of ['/api/diagnoses?q=', '/api/diagnoses?q=F32&system=icd9', '/api/diagnoses?q=F32&limit=500']) {
      const response = await get(url);
      expect(response.statusCode).toBe(400);
      expect(json(response)).toMatchObject({ code: 'INVALID_REQUEST' });
    }
    expect((await t.app.inject({ url: '/api/diagnoses?q=F32' })).statusCode).toBe(401);
  });

  it('serves FMB for a code, falling back to its parent and saying so', async () => {
    const fmb = json<Record<string, unknown>>(await get('/api/fmb/F32.1'));
    expect(fmb).toMatchObject({
      requestedCode: 'F321',
      matchedCode: 'F32',
      fallback: true,
      diagnosisTitle: 'Medelsvår depressiv episod',
      heading: 'Depressiv episod',
      maxSickLeaveDays: 186,
      maxSickLeaveSource: '6 månader',
    });
    expect(JSON.stringify(fmb)).not.toMatch(/<\/?p>/);
    expect((fmb.workCapacity as string[]).length).toBeGreaterThan(0);

    const none = await get('/api/fmb/A00');
    expect(none.statusCode).toBe(404);
    expect(json(none)).toMatchObject({ code: 'FMB_NOT_FOUND' });
    expect((await get('/api/fmb/hello')).statusCode).toBe(400);

    // FMB covers M54.4 and M54.5, not M54 itself: the doctor is pointed to the more precise codes.
    const parent = await get('/api/fmb/M54');
    expect(parent.statusCode).toBe(404);
    expect(json(parent)).toEqual({
      code: 'FMB_NOT_FOUND',
      message: 'FMB har stöd för M54.4, M54.5: ange diagnoskoden med fler positioner.',
      details: { moreSpecificCodes: ['M544', 'M545'] },
    });
  });

  it('offers the ICF codes FMB lists for the entered diagnoses', async () => {
    const icf = json<{ functionalImpairment: { perDiagnosis: { code: string; central: { code: string }[] }[] } }>(
      await get('/api/icf?codes=F32,M54.5'),
    );
    expect(icf.functionalImpairment.perDiagnosis.map((d) => d.code)).toEqual(['F32', 'M545']);
    const single = json<typeof icf>(await get('/api/icf?codes=F32'));
    expect(single.functionalImpairment.perDiagnosis[0]!.central.map((c) => c.code)).toContain('b130');
    expect((await get('/api/icf?codes=')).statusCode).toBe(400);
    expect((await get('/api/icf?codes=F32,F33,F41,F43')).statusCode).toBe(400);
  });

  it('reports a diagnosis code that does not exist in the code system with its rule id', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/certificates',
      headers: { cookie: doctor },
      payload: { type: 'lisjp', patientId: '19121212-1212' },
    });
    const draft = json<{ id: string; revision: number }>(created);
    const save = (code: string, revision: number) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/certificates/${draft.id}`,
        headers: { cookie: doctor },
        payload: { revision, answers: { ...LISJP.minimal, '6': [{ code, description: 'Diagnos' }] } },
      });
    const unknown = json<Validation & { revision: number }>(await save('F329X', draft.revision));
    expect(unknown.validation.errors).toContainEqual(
      expect.objectContaining({ ruleId: 'diagnoses.codeUnknown', elementId: '6' }),
    );
    const known = json<Validation>(await save('F32.1', unknown.revision));
    expect(known.validation.errors.map((error) => error.ruleId)).not.toContain('diagnoses.codeUnknown');
  });
});
