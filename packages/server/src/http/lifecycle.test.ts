import { forEachDialect } from '@intyg/store/test-support';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { startFakeRecipient, type FakeRecipient } from '../test-support/fake-recipient.js';
import { json, LISJP, openTestApp, type TestApp } from '../test-support/test-app.js';

interface Response {
  id: string;
  type: string;
  revision: number;
  status: string;
  answers: Record<string, unknown>;
  revocation?: { reason: string; message: string };
  relations: { kind: string; direction: string; certificateId: string; status: string }[];
  actions: { id: string; allowed: boolean; reasons: { code: string }[] }[];
}

const TOLVAN = '19121212-1212';
const ALVC = 'TSTNMT2321000156-ALVC';

forEachDialect('the lifecycle after signing: renew, replace, revoke, copy, create from', (db) => {
  let t: TestApp;
  let recipient: FakeRecipient;
  let doctor: string;
  let nurse: string;

  beforeAll(async () => {
    recipient = await startFakeRecipient();
    t = await openTestApp(db.store, { env: { INTYG_RECIPIENTS_URL: recipient.url } });
    doctor = await t.login('ajla');
    nurse = await t.login('anna');
  });
  afterAll(async () => {
    await t.close();
    await recipient.close();
  });
  beforeEach(() => {
    recipient.requests.length = 0;
  });

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie = doctor, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const read = async (id: string) => json<Response>(await call('GET', `/api/certificates/${id}`));
  const refusals = (response: Awaited<ReturnType<typeof call>>) => {
    expect(response.statusCode).toBe(403);
    return json<{ details: { reasons: { code: string }[] } }>(response).details.reasons.map((r) => r.code);
  };
  const reasonsFor = (certificate: Response, action: string) =>
    certificate.actions.find((a) => a.id === action)?.reasons.map((r) => r.code);

  async function signed(answers = LISJP.maximal): Promise<Response> {
    const created = json<Response>(
      await call('POST', '/api/certificates', doctor, { type: 'lisjp', patientId: TOLVAN }),
    );
    const saved = json<Response>(
      await call('PUT', `/api/certificates/${created.id}`, doctor, { revision: created.revision, answers }),
    );
    const sign = await call('POST', `/api/certificates/${saved.id}/sign`, doctor, { revision: saved.revision });
    expect(sign.statusCode).toBe(200);
    return json<Response>(sign);
  }
  const sign = async (draft: Response) =>
    json<Response>(await call('POST', `/api/certificates/${draft.id}/sign`, doctor, { revision: draft.revision }));

  it('renews into a new draft with the answers the model marks, related both ways', async () => {
    const original = await signed();
    const response = await call('POST', `/api/certificates/${original.id}/renew`);
    expect(response.statusCode).toBe(201);
    const renewal = json<Response>(response);
    expect(renewal).toMatchObject({ type: 'lisjp', status: 'draft' });
    expect(renewal.answers['35']).toEqual(LISJP.maximal['35']);
    for (const notCopied of ['1', '32', '39', '26']) expect(renewal.answers[notCopied]).toBeUndefined();
    expect(renewal.answers['UNIT_CONTACT_INFORMATION']).toBeDefined();
    expect(renewal.relations).toEqual([
      expect.objectContaining({ kind: 'renews', direction: 'parent', certificateId: original.id, status: 'signed' }),
    ]);
    expect((await read(original.id)).relations).toEqual([
      expect.objectContaining({ kind: 'renews', direction: 'child', certificateId: renewal.id, status: 'draft' }),
    ]);
  });

  it('replaces: one replacing draft at a time, and once it is signed the original is replaced', async () => {
    const original = await signed();
    const replacement = json<Response>(await call('POST', `/api/certificates/${original.id}/replace`));
    expect(replacement.answers['32']).toEqual(LISJP.maximal['32']);
    expect(refusals(await call('POST', `/api/certificates/${original.id}/replace`))).toEqual([
      'replacementDraftExists',
    ]);
    expect(refusals(await call('POST', `/api/certificates/${original.id}/renew`))).toEqual(['replacementDraftExists']);

    await sign(replacement);
    const replaced = await read(original.id);
    expect(replaced.status).toBe('replaced');
    expect(json<{ status: string }>(await call('GET', `/api/certificates/${original.id}/sending`)).status).toBe(
      'replaced',
    );
    expect(replaced.relations).toEqual([
      expect.objectContaining({
        kind: 'replaces',
        direction: 'child',
        certificateId: replacement.id,
        status: 'signed',
      }),
    ]);
    for (const action of ['send', 'renew', 'replace']) expect(reasonsFor(replaced, action)).toContain('replaced');
    // Revoking it is still possible (a wrong certificate stays wrong).
    expect(reasonsFor(replaced, 'revoke')).toEqual([]);

    // The unit's lists show it as replaced, and filter by it; the signed ones no longer include it.
    const listed = async (status: string) =>
      json<{ items: { id: string; status: string }[] }>(
        await call('GET', `/api/certificates?patientId=${TOLVAN}&status=${status}&limit=100`),
      ).items.filter((item) => item.id === original.id || item.id === replacement.id);
    expect(await listed('replaced')).toEqual([expect.objectContaining({ id: original.id, status: 'replaced' })]);
    expect(await listed('signed,sent')).toEqual([expect.objectContaining({ id: replacement.id, status: 'signed' })]);
  });

  it('revokes with a reason, tells the recipient that has the certificate, and refuses what is not allowed', async () => {
    const certificate = await signed();
    await call('POST', `/api/certificates/${certificate.id}/send`, doctor, {
      revision: certificate.revision,
      patientConsent: true,
    });
    await t.app.deliveryWorker.runOnce();
    const sent = await read(certificate.id);
    expect(sent.status).toBe('sent');
    const revoke = (body: object, cookie = doctor) =>
      call('POST', `/api/certificates/${certificate.id}/revoke`, cookie, body);

    expect((await revoke({ revision: sent.revision, reason: 'FEL_PATIENT', message: '   ' })).statusCode).toBe(400);
    expect((await revoke({ revision: sent.revision, reason: 'ANNAN', message: 'x' })).statusCode).toBe(400);
    expect((await revoke({ revision: sent.revision - 1, reason: 'FEL_PATIENT', message: 'x' })).statusCode).toBe(409);
    expect(refusals(await revoke({ revision: sent.revision, reason: 'FEL_PATIENT', message: 'x' }, nurse))).toEqual([
      'roleLacksPrivilege',
    ]);

    const response = await revoke({
      revision: sent.revision,
      reason: 'FEL_PATIENT',
      message: 'Intyget skrevs på fel patient.',
    });
    expect(response.statusCode).toBe(200);
    const revoked = json<Response>(response);
    expect(revoked).toMatchObject({
      status: 'revoked',
      revocation: { reason: 'FEL_PATIENT', message: 'Intyget skrevs på fel patient.' },
    });
    for (const action of ['send', 'renew', 'replace', 'revoke'])
      expect(reasonsFor(revoked, action)).toContain('revoked');

    recipient.requests.length = 0;
    await t.app.deliveryWorker.runOnce();
    expect(recipient.requests.map((r) => r.path)).toEqual(['/FKASSA/RevokeCertificate/2']);
    expect(recipient.requests[0]?.body).toContain(certificate.id);
  });

  it('does not tell a recipient that never got the certificate; waits for one that is about to', async () => {
    const unsent = await signed();
    await call('POST', `/api/certificates/${unsent.id}/revoke`, doctor, {
      revision: unsent.revision,
      reason: 'ANNAT_ALLVARLIGT_FEL',
      message: 'Fel i bedömningen.',
    });
    expect(await t.app.deliveryWorker.runOnce()).toBe(0);

    const certificate = await signed();
    await call('POST', `/api/certificates/${certificate.id}/send`, doctor, {
      revision: certificate.revision,
      patientConsent: true,
    });
    const pending = await read(certificate.id);
    await call('POST', `/api/certificates/${certificate.id}/revoke`, doctor, {
      revision: pending.revision,
      reason: 'FEL_PATIENT',
      message: 'Fel patient.',
    });
    recipient.answerNext({ status: 503 });
    await t.app.deliveryWorker.runOnce();
    // The certificate's delivery failed; the revocation waited for it rather than arrive first.
    expect(recipient.requests.map((r) => r.path)).toEqual(['/FKASSA/RegisterCertificate/3']);
  });

  it('copies only a locked draft', async () => {
    const draft = json<Response>(await call('POST', '/api/certificates', doctor, { type: 'lisjp', patientId: TOLVAN }));
    expect(refusals(await call('POST', `/api/certificates/${draft.id}/copy`))).toEqual(['notLockedDraft']);
    const stored = (await t.system.store.getCertificate(draft.id, { unitIds: [ALVC] }))!;
    await t.system.store.updateCertificate(
      { ...stored, status: 'lockedDraft', revision: stored.revision + 1 },
      stored.revision,
      { unitIds: [ALVC] },
    );
    const copy = json<Response>(await call('POST', `/api/certificates/${draft.id}/copy`));
    expect(copy.relations).toEqual([expect.objectContaining({ kind: 'copies', certificateId: draft.id })]);
  });

  it('creates an AG7804 draft from an FK7804, with the answers they share; not a type the model does not offer', async () => {
    const lisjp = await signed();
    const response = await call('POST', `/api/certificates/${lisjp.id}/create-draft`, doctor, { type: 'ag7804' });
    expect(response.statusCode).toBe(201);
    const ag = json<Response>(response);
    expect(ag).toMatchObject({ type: 'ag7804', status: 'draft' });
    expect(ag.answers['35']).toEqual(LISJP.maximal['35']);
    expect(ag.answers['32']).toEqual(LISJP.maximal['32']);
    expect(ag.relations).toEqual([expect.objectContaining({ kind: 'createdFrom', certificateId: lisjp.id })]);
    expect(
      refusals(await call('POST', `/api/certificates/${lisjp.id}/create-draft`, doctor, { type: 'luse' })),
    ).toEqual(['noDraftFromThisType']);
  });

  it('complements only in answer to a request from the recipient', async () => {
    const certificate = await signed();
    expect(refusals(await call('POST', `/api/certificates/${certificate.id}/complement`))).toEqual([
      'notSent',
      'noComplementRequest',
    ]);
  });
});
