import { certificateFixtures } from '@intyg/certificate-types';
import type { Answers } from '@intyg/core';
import { forEachDialect } from '@intyg/store/test-support';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { steppingClock } from '../clock.js';
import { startFakeRecipient, type FakeRecipient } from '../test-support/fake-recipient.js';
import { json, LISJP, openTestApp, TEST_NOW, type TestApp } from '../test-support/test-app.js';

interface Response {
  id: string;
  revision: number;
  status: string;
  sending?: { recipientId: string; state: string; error?: string };
  actions: { id: string; allowed: boolean; reasons: { code: string }[] }[];
}

const TOLVAN = '19121212-1212';
const TEST_PERSON = '19900101-2393';
const AG7804 = certificateFixtures['ag7804/2.0']!;

forEachDialect('sending a certificate through the outbox', (db) => {
  let t: TestApp;
  let recipient: FakeRecipient;
  let doctor: string;
  let nurse: string;
  const clock = steppingClock(TEST_NOW);

  beforeAll(async () => {
    recipient = await startFakeRecipient();
    t = await openTestApp(db.store, {
      clock,
      env: {
        INTYG_RECIPIENTS_URL: recipient.url,
        INTYG_DELIVERY_RETRY_BASE_MS: '1000',
        INTYG_DELIVERY_RETRY_MAX_MS: '1000',
      },
    });
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

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  async function signed(type = 'lisjp', answers: Answers = LISJP.minimal, patientId = TOLVAN): Promise<Response> {
    const created = json<Response>(await call('POST', '/api/certificates', doctor, { type, patientId }));
    const saved = json<Response>(
      await call('PUT', `/api/certificates/${created.id}`, doctor, { revision: created.revision, answers }),
    );
    const sign = await call('POST', `/api/certificates/${saved.id}/sign`, doctor, { revision: saved.revision });
    expect(sign.statusCode).toBe(200);
    return json<Response>(sign);
  }
  const send = (certificate: Response, cookie = doctor, body: object = { patientConsent: true }) =>
    call('POST', `/api/certificates/${certificate.id}/send`, cookie, { revision: certificate.revision, ...body });
  const read = async (id: string) => json<Response>(await call('GET', `/api/certificates/${id}`, doctor));
  const deliveries = async (id: string) =>
    json<{ items: { status: string; attempts: { outcome: string; detail: string }[] }[] }>(
      await call('GET', `/api/certificates/${id}/deliveries`, doctor),
    ).items;

  it('shows the recipient and the notes, needs the consent, and is sent only once the recipient acknowledges', async () => {
    const certificate = await signed();
    const confirmation = json<{ recipient: { id: string; name: string }; notes: { text: string }[] }>(
      await call('GET', `/api/certificates/${certificate.id}/send`, doctor),
    );
    expect(confirmation.recipient).toEqual({ id: 'FKASSA', name: 'Försäkringskassan' });
    // The minimal lisjp is 14 days: the short-sick-leave note applies.
    expect(confirmation.notes.map((note) => note.text)).toHaveLength(2);

    const withoutConsent = await send(certificate, doctor, {});
    expect(withoutConsent.statusCode).toBe(400);
    expect(json(withoutConsent)).toMatchObject({ code: 'INVALID_REQUEST' });

    const accepted = await send(certificate);
    expect(accepted.statusCode).toBe(202);
    const pending = json<Response>(accepted);
    expect(pending).toMatchObject({ status: 'signed', sending: { recipientId: 'FKASSA', state: 'pending' } });
    expect(pending.actions.find((a) => a.id === 'send')?.reasons.map((r) => r.code)).toEqual(['sending']);
    expect(recipient.requests).toHaveLength(0);

    expect(await t.app.deliveryWorker.runOnce()).toBe(1);
    expect(recipient.requests).toHaveLength(1);
    const [request] = recipient.requests;
    expect(request?.path).toBe('/FKASSA/RegisterCertificate/3');
    expect(request?.headers.authorization).toBe('Bearer demo-recipient-key-not-for-production');
    expect(request?.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(request?.body).toContain(certificate.id);

    expect(await read(certificate.id)).toMatchObject({ status: 'sent', sending: { state: 'delivered' } });
    expect((await deliveries(certificate.id)).map((d) => [d.status, d.attempts.map((a) => a.outcome)])).toEqual([
      ['delivered', ['delivered']],
    ]);
    const events = json<{ items: { type: string }[] }>(
      await call('GET', `/api/certificates/${certificate.id}/events`, doctor),
    );
    expect(events.items.map((e) => e.type)).toEqual(['created', 'completed', 'signed', 'sendRequested', 'sent']);
    // Nothing left to do, and no second send.
    expect(await t.app.deliveryWorker.runOnce()).toBe(0);
    expect(json(await send(await read(certificate.id)))).toMatchObject({ code: 'ACTION_NOT_ALLOWED' });
  });

  it("tells how the sending stands without a logged read, to the certificate's own unit only", async () => {
    const certificate = await signed();
    const progress = (cookie: string) => call('GET', `/api/certificates/${certificate.id}/sending`, cookie);
    const lastAuditSeq = async () => (await t.system.store.listAudit({ limit: 1 })).items[0]?.seq;
    const before = await lastAuditSeq();

    expect(json(await progress(nurse))).toEqual({ revision: certificate.revision, status: 'signed', state: null });
    const pending = json<Response>(await send(certificate));
    const audited = await lastAuditSeq();
    expect(audited).toBeGreaterThan(before!);
    expect(json(await progress(doctor))).toEqual({ revision: pending.revision, status: 'signed', state: 'pending' });
    await t.app.deliveryWorker.runOnce();
    const delivered = json<{ revision: number; status: string; state: string }>(await progress(doctor));
    expect(delivered).toEqual({ revision: pending.revision + 1, status: 'sent', state: 'delivered' });
    // Only the sending was logged: asking how it stands is no PDL read.
    expect(await lastAuditSeq()).toBe(audited);

    const otherUnit = await t.login('beata');
    expect([(await progress(otherUnit)).statusCode, json(await progress(otherUnit)).code]).toEqual([
      404,
      'CERTIFICATE_NOT_FOUND',
    ]);
    expect((await t.app.inject({ url: `/api/certificates/${certificate.id}/sending` })).statusCode).toBe(401);
  });

  it('retries a recipient that is down, with the attempts recorded, until it answers', async () => {
    const certificate = await signed();
    recipient.answerNext(
      { status: 503 },
      { result: { resultCode: 'ERROR', errorId: 'TECHNICAL_ERROR', resultText: 'Nere' } },
    );
    await send(certificate);
    await t.app.deliveryWorker.runOnce();
    expect((await read(certificate.id)).sending?.state).toBe('pending');
    // Not due again before the backoff has passed.
    expect(await t.app.deliveryWorker.runOnce()).toBe(0);
    clock.advance(1000);
    await t.app.deliveryWorker.runOnce();
    clock.advance(1000);
    await t.app.deliveryWorker.runOnce();
    expect(recipient.requests).toHaveLength(3);
    // One idempotency key for every attempt of the delivery.
    expect(new Set(recipient.requests.map((r) => r.headers['idempotency-key'])).size).toBe(1);
    expect((await read(certificate.id)).status).toBe('sent');
    expect((await deliveries(certificate.id))[0]?.attempts.map((a) => [a.outcome, a.detail])).toEqual([
      ['retry', 'HTTP 503'],
      ['retry', 'ERROR: TECHNICAL_ERROR: Nere'],
      ['delivered', 'OK'],
    ]);
  });

  it('stops at a refusal that will not heal, shows it, and lets the doctor send again', async () => {
    const certificate = await signed();
    recipient.answerNext({ result: { resultCode: 'ERROR', errorId: 'VALIDATION_ERROR', resultText: 'Okänt svar 99' } });
    await send(certificate);
    await t.app.deliveryWorker.runOnce();
    clock.advance(60_000);
    expect(await t.app.deliveryWorker.runOnce()).toBe(0);
    const failed = await read(certificate.id);
    expect(failed).toMatchObject({
      status: 'signed',
      sending: { state: 'failed', error: 'ERROR: VALIDATION_ERROR: Okänt svar 99' },
    });
    expect(failed.actions.find((a) => a.id === 'send')?.allowed).toBe(true);
    expect((await send(failed)).statusCode).toBe(202);
    await t.app.deliveryWorker.runOnce();
    expect((await read(certificate.id)).status).toBe('sent');
  });

  it('refuses what may not be sent, each with its reason, and writes nothing', async () => {
    const codes = async (response: Awaited<ReturnType<typeof send>>) => {
      expect(response.statusCode).toBe(403);
      return json<{ details: { reasons: { code: string }[] } }>(response).details.reasons.map((reason) => reason.code);
    };
    const draft = json<Response>(await call('POST', '/api/certificates', doctor, { type: 'lisjp', patientId: TOLVAN }));
    expect(await codes(await send(draft))).toEqual(['notSigned']);
    expect(await codes(await send(await signed('ag7804', AG7804.minimal)))).toEqual(['actionNotForType']);
    expect(await codes(await send(await signed('lisjp', LISJP.minimal, TEST_PERSON)))).toEqual(['testPerson']);
    const certificate = await signed();
    const stale = await call('POST', `/api/certificates/${certificate.id}/send`, doctor, {
      revision: certificate.revision - 1,
      patientConsent: true,
    });
    expect(stale.statusCode).toBe(409);
    // A nurse may send (domain.md §2.9).
    expect((await send(certificate, nurse)).statusCode).toBe(202);
    expect(await t.app.deliveryWorker.runOnce()).toBe(1);
  });
});
