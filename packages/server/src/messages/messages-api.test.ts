import { certificateFixtures } from '@intyg/certificate-types';
import { forEachDialect } from '@intyg/store/test-support';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { steppingClock } from '../clock.js';
import { startFakeRecipient, type FakeRecipient } from '../test-support/fake-recipient.js';
import {
  complementRequest,
  fromFk,
  postToCare,
  receive as post,
  sentCertificate,
  type CertificateBody,
} from '../test-support/message-fixtures.js';
import { resultOf } from '../test-support/riv-result.js';
import { json, openTestApp, TEST_NOW, TEST_TODAY, type TestApp } from '../test-support/test-app.js';

interface MessageBody {
  id: string;
  direction: string;
  subject: string;
  text: string;
  sendState: string | null;
  sentAt: string | null;
  answeredAt: string | null;
  handledAt: string | null;
  complementedBy: string | null;
}
interface Thread {
  id: string;
  handled: boolean;
  question: MessageBody;
  answer: MessageBody | null;
  reminders: MessageBody[];
  actions: { id: string; allowed: boolean; reasons: { code: string }[] }[];
}
interface UnitItem {
  id: string;
  subject: string;
  answered: boolean;
  reminders: number;
  certificate: {
    id: string;
    type: string;
    patient: { personId: string; name: string | null; protectedIdentity: boolean };
  };
}

const FRIDA = '194011306125';
const NILS = '198001139297';
const MAJ = '195401232540'; // protected identity

forEachDialect('messages between care and the recipient, through the API', (db) => {
  let t: TestApp;
  let recipient: FakeRecipient;
  let doctor: string;
  let nurse: string;
  let otherUnit: string;
  const clock = steppingClock(TEST_NOW);

  beforeAll(async () => {
    recipient = await startFakeRecipient();
    t = await openTestApp(db.store, { clock, env: { INTYG_RECIPIENTS_URL: recipient.url } });
    doctor = await t.login('ajla');
    nurse = await t.login('anna');
    otherUnit = await t.login('beata');
  });
  afterAll(async () => {
    await t.close();
    await recipient.close();
  });
  beforeEach(() => {
    recipient.requests.length = 0;
  });

  const call = (method: 'GET' | 'POST', url: string, cookie = doctor, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  /** Each message a second later than the one before: lists are ordered by time. */
  const receive: typeof post = async (app, message) => {
    clock.advance(1000);
    await post(app, message);
  };
  const threads = async (certificate: CertificateBody, cookie = doctor) =>
    json<{ items: Thread[] }>(await call('GET', `/api/certificates/${certificate.id}/messages`, cookie)).items;
  const threadOf = async (certificate: CertificateBody, subject: string) =>
    (await threads(certificate)).find((thread) => thread.question.subject === subject)!;
  const action = (thread: Thread, id: string) => thread.actions.find((candidate) => candidate.id === id)!;
  const messageUrl = (certificate: CertificateBody, thread: { id: string }, what: string) =>
    `/api/certificates/${certificate.id}/messages/${thread.id}/${what}`;
  const refusal = (response: LightMyRequestResponse) => {
    const body = json<{ code: string; details?: { reasons: { code: string }[] } }>(response);
    return [response.statusCode, body.code, ...(body.details?.reasons.map((reason) => reason.code) ?? [])];
  };
  /** What reached the recipient's SendMessageToRecipient (not the certificates the tests send first). */
  const messagesReceived = () =>
    recipient.requests.filter((request) => request.path === '/FKASSA/SendMessageToRecipient/2');
  const eventTypes = async (certificate: CertificateBody) =>
    (await db.store.listEvents(certificate.id, { unitIds: [certificate.unit.unitId] })).map((event) => event.type);
  const waiting = async (query = '') =>
    json<{ items: UnitItem[]; nextCursor: string | null }>(await call('GET', `/api/messages?limit=100${query}`));

  it("delivers care's question; the recipient's answer puts it on the unit's list until it is handled", async () => {
    const certificate = await sentCertificate(t, doctor);
    const asked = await call('POST', `/api/certificates/${certificate.id}/messages`, doctor, {
      subject: 'KONTKT',
      heading: 'Kontakt',
      text: 'Patienten vill träffa handläggaren.',
    });
    expect(asked.statusCode).toBe(201);
    const question = json<Thread>(asked);
    expect(question.question).toMatchObject({ direction: 'fromCare', subject: 'KONTKT', sendState: 'pending' });
    expect(action(question, 'answer').reasons.map((reason) => reason.code)).toEqual(['ownQuestion']);
    expect(action(question, 'markHandled').allowed).toBe(true);

    expect(await t.app.deliveryWorker.runOnce()).toBe(1);
    const [request] = messagesReceived();
    expect(request?.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(request?.body).toMatch(/logiskAdressMottagare>FKASSA</);
    expect(request?.body).toContain(question.id);
    expect((await threads(certificate))[0]?.question).toMatchObject({ sendState: 'sent', sentAt: expect.any(String) });
    expect((await waiting()).items.map((item) => item.id)).not.toContain(question.id);

    await receive(
      t,
      fromFk(certificate, { subject: 'SVAR', inReplyTo: { messageId: question.id }, text: 'Ring oss.' }),
    );
    const answered = (await threads(certificate))[0]!;
    expect(answered.answer).toMatchObject({ direction: 'fromRecipient', text: 'Ring oss.' });
    expect((await waiting('&answered=true')).items.find((item) => item.id === question.id)).toMatchObject({
      subject: 'KONTKT',
      answered: true,
    });

    const handled = await call('POST', messageUrl(certificate, question, 'handled'), doctor, { handled: true });
    expect(handled.statusCode).toBe(200);
    expect(json<Thread>(handled)).toMatchObject({ handled: true });
    expect((await waiting()).items.map((item) => item.id)).not.toContain(question.id);
    expect((await eventTypes(certificate)).slice(-3)).toEqual([
      'careQuestionSent',
      'recipientAnswerReceived',
      'careQuestionHandled',
    ]);
  });

  it("answers the recipient's question once; neither a reminder nor a request for complement", async () => {
    const certificate = await sentCertificate(t, doctor);
    const kontakt = fromFk(certificate);
    await receive(t, kontakt);
    await receive(t, fromFk(certificate, { subject: 'PAMINN', reminderOf: kontakt.messageId, text: 'Påminnelse' }));
    await receive(t, complementRequest(certificate));
    const question = await threadOf(certificate, 'KONTKT');
    const reminder = question.reminders[0]!;
    const komplt = await threadOf(certificate, 'KOMPLT');
    const answer = (target: { id: string }, on = certificate) =>
      call('POST', messageUrl(on, target, 'answer'), doctor, { text: 'Patienten nås på dagtid.' });

    expect(refusal(await answer(reminder))).toEqual([409, 'MESSAGE_ACTION_NOT_ALLOWED', 'reminder']);
    expect(refusal(await answer(komplt))).toEqual([409, 'MESSAGE_ACTION_NOT_ALLOWED', 'complementRequest']);
    expect(action(komplt, 'answer').reasons.map((reason) => reason.code)).toEqual(['complementRequest']);
    expect(action(question, 'answer').allowed).toBe(true);

    const answered = await answer(question);
    expect(answered.statusCode).toBe(201);
    expect(json<Thread>(answered)).toMatchObject({
      handled: true,
      answer: { direction: 'fromCare', subject: 'SVAR', text: 'Patienten nås på dagtid.' },
    });
    expect(refusal(await answer(question))).toEqual([409, 'MESSAGE_ALREADY_ANSWERED', 'alreadyAnswered']);
    // Two users answering at once: one answer is stored, the other refused, and only one goes to the recipient.
    const other = fromFk(certificate, { heading: 'Ännu en fråga' });
    await receive(t, other);
    const second = (await threads(certificate)).find(
      (thread) => thread.question.text === other.text && !thread.handled,
    )!;
    const racing = await Promise.all([answer(second), answer(second)]);
    expect(racing.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    expect(refusal(await answer({ id: crypto.randomUUID() }))).toEqual([404, 'MESSAGE_NOT_FOUND']);
    const another = await sentCertificate(t, doctor);
    expect(refusal(await answer(question, another))).toEqual([404, 'MESSAGE_NOT_FOUND']);

    await t.app.deliveryWorker.runOnce();
    expect(messagesReceived()).toHaveLength(2);
    expect(messagesReceived()[0]?.body).toContain(kontakt.messageId);
    expect(messagesReceived()[1]?.body).toContain(other.messageId);
    expect((await eventTypes(certificate)).slice(-2)).toEqual(['careAnswerSent', 'recipientQuestionHandled']);
  });

  it('refuses questions where messages do not apply, and bad input, writing nothing', async () => {
    const certificate = await sentCertificate(t, doctor);
    const ask = (on: { id: string }, body: object, cookie = doctor) =>
      call('POST', `/api/certificates/${on.id}/messages`, cookie, body);
    const valid = { subject: 'AVSTMN', heading: 'Avstämningsmöte', text: 'Förslag: tisdag.' };
    const before = await db.store.counts();
    for (const body of [
      { ...valid, subject: 'SVAR' },
      { ...valid, subject: 'KOMPLT' },
      { ...valid, text: '   ' },
      { ...valid, heading: '' },
      { ...valid, text: 'x'.repeat(10_001) },
      { ...valid, extra: true },
      {},
    ]) {
      expect((await ask(certificate, body)).statusCode).toBe(400);
    }
    const handled = (value: unknown) =>
      call('POST', messageUrl(certificate, { id: crypto.randomUUID() }, 'handled'), doctor, { handled: value });
    expect((await handled('yes')).statusCode).toBe(400);
    expect(
      (await call('POST', `/api/certificates/${certificate.id}/messages/nope/answer`, doctor, { text: 'x' }))
        .statusCode,
    ).toBe(400);
    expect(refusal(await ask(certificate, valid, otherUnit))).toEqual([404, 'CERTIFICATE_NOT_FOUND']);
    expect(refusal(await call('GET', `/api/certificates/${certificate.id}/messages`, otherUnit))).toEqual([
      404,
      'CERTIFICATE_NOT_FOUND',
    ]);
    expect(await db.store.counts()).toEqual(before);

    const unsent = json<CertificateBody>(
      await call('POST', '/api/certificates', doctor, { type: 'lisjp', patientId: NILS }),
    );
    expect(refusal(await ask(unsent, valid))).toEqual([403, 'ACTION_NOT_ALLOWED', 'notSigned', 'notSent']);
    const ag = json<CertificateBody>(
      await call('POST', '/api/certificates', doctor, { type: 'ag7804', patientId: NILS }),
    );
    const agSaved = json<CertificateBody>(
      await t.app.inject({
        method: 'PUT',
        url: `/api/certificates/${ag.id}`,
        headers: { cookie: doctor },
        payload: { revision: ag.revision, answers: certificateFixtures['ag7804/2.0']!.minimal },
      }),
    );
    const agSigned = json<CertificateBody>(
      await call('POST', `/api/certificates/${ag.id}/sign`, doctor, { revision: agSaved.revision }),
    );
    expect(agSigned.actions.find((a) => a.id === 'answerMessage')?.reasons.map((r) => r.code)).toContain(
      'noMessageExchange',
    );
    expect(refusal(await ask(ag, valid))[2]).toBe('noMessageExchange');

    // Every role asks and answers; a protected patient's messages only the signing roles reach.
    expect((await ask(certificate, valid, nurse)).statusCode).toBe(201);
    const maj = await sentCertificate(t, doctor, { patientId: MAJ });
    expect(refusal(await ask(maj, valid, nurse))).toEqual([403, 'ACTION_NOT_ALLOWED', 'protectedIdentity']);
    expect(refusal(await call('GET', `/api/certificates/${maj.id}/messages`, nurse))).toEqual([
      403,
      'ACTION_NOT_ALLOWED',
      'protectedIdentity',
    ]);
  });

  it('complementing answers the request; revoking the complement reopens it; revoking the original handles all', async () => {
    const original = await sentCertificate(t, doctor);
    await receive(t, complementRequest(original));
    const read = async () => json<CertificateBody>(await call('GET', `/api/certificates/${original.id}`));
    expect((await read()).actions.find((a) => a.id === 'replace')?.reasons.map((r) => r.code)).toEqual([
      'unansweredComplementRequest',
    ]);
    expect(action(await threadOf(original, 'KOMPLT'), 'complement').allowed).toBe(true);

    const draft = json<CertificateBody>(await call('POST', `/api/certificates/${original.id}/complement`));
    expect(draft.relations).toEqual([expect.objectContaining({ kind: 'complements', certificateId: original.id })]);
    const complement = json<CertificateBody>(
      await call('POST', `/api/certificates/${draft.id}/sign`, doctor, { revision: draft.revision }),
    );
    expect(complement.status).toBe('signed');
    const closed = await threadOf(original, 'KOMPLT');
    expect(closed).toMatchObject({ handled: true, question: { complementedBy: complement.id } });
    expect(closed.question.answeredAt).not.toBeNull();
    expect(action(closed, 'complement').allowed).toBe(false);
    expect(action(closed, 'markUnhandled').reasons.map((r) => r.code)).toEqual(['complemented']);
    expect(refusal(await call('POST', messageUrl(original, closed, 'handled'), doctor, { handled: false }))).toEqual([
      409,
      'MESSAGE_ACTION_NOT_ALLOWED',
      'complemented',
    ]);

    const revoke = (certificate: CertificateBody) =>
      call('POST', `/api/certificates/${certificate.id}/revoke`, doctor, {
        revision: certificate.revision,
        reason: 'ANNAT_ALLVARLIGT_FEL',
        message: 'Fel i bedömningen.',
      });
    expect((await revoke(complement)).statusCode).toBe(200);
    expect(await threadOf(original, 'KOMPLT')).toMatchObject({
      handled: false,
      question: { complementedBy: null, answeredAt: null },
    });
    expect((await eventTypes(original)).slice(-2)).toEqual(['recipientQuestionHandled', 'recipientQuestionReopened']);

    await receive(t, fromFk(original));
    expect((await revoke(await read())).statusCode).toBe(200);
    expect((await threads(original)).map((thread) => thread.handled)).toEqual([true, true]);
    const afterRevocation = await postToCare(t, fromFk(original));
    expect(resultOf(afterRevocation.body)).toMatchObject({
      resultCode: 'ERROR',
      resultText: expect.stringMatching(/makulerat/),
    });
    const ask = await call('POST', `/api/certificates/${original.id}/messages`, doctor, {
      subject: 'OVRIGT',
      heading: 'Övrigt',
      text: 'x',
    });
    expect(refusal(ask)).toEqual([403, 'ACTION_NOT_ALLOWED', 'revoked']);
    const kontakt = await threadOf(original, 'KONTKT');
    expect(refusal(await call('POST', messageUrl(original, kontakt, 'handled'), doctor, { handled: false }))).toEqual([
      409,
      'MESSAGE_ACTION_NOT_ALLOWED',
      'certificateRevoked',
    ]);
  });

  it('"kan ej komplettera" answers the request with a text, once; it is handled and reaches the recipient', async () => {
    const certificate = await sentCertificate(t, doctor);
    const request = complementRequest(certificate);
    await receive(t, request);
    await receive(t, fromFk(certificate));
    const komplt = await threadOf(certificate, 'KOMPLT');
    const kontakt = await threadOf(certificate, 'KONTKT');
    const cannot = (target: { id: string }) =>
      call('POST', messageUrl(certificate, target, 'cannot-complement'), doctor, {
        text: 'Patienten har inte undersökts igen; ingen ny information finns.',
      });

    expect(refusal(await cannot(kontakt))).toEqual([409, 'MESSAGE_ACTION_NOT_ALLOWED', 'notComplementRequest']);
    const answered = await cannot(komplt);
    expect(answered.statusCode).toBe(201);
    expect(json<Thread>(answered)).toMatchObject({ handled: true, answer: { subject: 'SVAR' } });
    expect(refusal(await cannot(komplt))).toEqual([403, 'ACTION_NOT_ALLOWED', 'noComplementRequest']);
    const read = json<CertificateBody>(await call('GET', `/api/certificates/${certificate.id}`));
    expect(read.actions.find((a) => a.id === 'complement')?.reasons.map((r) => r.code)).toEqual([
      'noComplementRequest',
    ]);

    await t.app.deliveryWorker.runOnce();
    expect(messagesReceived()[0]?.body).toContain(request.messageId);
    expect((await eventTypes(certificate)).filter((type) => type === 'careAnswerSent')).toHaveLength(1);
  });

  it('marks a question handled and unhandled, each once, and logs every read and change for PDL', async () => {
    const certificate = await sentCertificate(t, doctor, { patientId: NILS });
    const kontakt = fromFk(certificate);
    await receive(t, kontakt);
    await receive(t, fromFk(certificate, { subject: 'PAMINN', reminderOf: kontakt.messageId, text: 'Påminnelse' }));
    const audit = async () =>
      (await db.store.listAudit({ patientId: NILS, limit: 100 })).items.filter(
        (r) => r.certificateId === certificate.id,
      );
    const before = (await audit()).length;
    const thread = await threadOf(certificate, 'KONTKT');
    expect((await audit()).length).toBe(before + 1);

    const mark = (handled: boolean, target: { id: string } = thread) =>
      call('POST', messageUrl(certificate, target, 'handled'), nurse, { handled });
    expect(json<Thread>(await mark(true))).toMatchObject({ handled: true });
    expect(json<Thread>(await mark(true))).toMatchObject({ handled: true });
    expect(json<Thread>(await mark(false))).toMatchObject({ handled: false });
    expect(refusal(await mark(true, thread.reminders[0]!))).toEqual([
      409,
      'MESSAGE_ACTION_NOT_ALLOWED',
      'notAQuestion',
    ]);
    expect((await eventTypes(certificate)).slice(-2)).toEqual([
      'recipientQuestionHandled',
      'recipientQuestionReopened',
    ]);
    const records = (await audit()).slice(0, 3).map((record) => record.activity);
    expect(records).toEqual(['update', 'read', 'update']);
  });

  it("lists the unit's waiting questions with filters and paging, the patient as the user may see them", async () => {
    const frida = await sentCertificate(t, doctor, { patientId: FRIDA });
    await receive(t, complementRequest(frida));
    await receive(t, fromFk(frida, { subject: 'AVSTMN', heading: 'Möte' }));
    const maj = await sentCertificate(t, doctor, { patientId: MAJ });
    await receive(t, fromFk(maj));

    const fridas = await waiting(`&patientId=${FRIDA}`);
    expect(fridas.items.map((item) => item.subject)).toEqual(['AVSTMN', 'KOMPLT']);
    expect(fridas.items[0]?.certificate).toMatchObject({
      id: frida.id,
      type: 'lisjp',
      patient: { name: 'Frida Kranstege' },
    });
    expect((await waiting(`&patientId=${FRIDA}&subject=KOMPLT,KONTKT`)).items.map((i) => i.subject)).toEqual([
      'KOMPLT',
    ]);
    expect((await waiting(`&patientId=${FRIDA}&answered=true`)).items).toEqual([]);
    expect((await waiting(`&patientId=${FRIDA}&type=luse`)).items).toEqual([]);
    expect((await waiting(`&patientId=${FRIDA}&from=${TEST_TODAY}&to=${TEST_TODAY}`)).items).toHaveLength(2);
    expect((await waiting(`&patientId=${FRIDA}&to=2020-01-01`)).items).toEqual([]);

    const page1 = json<{ items: UnitItem[]; nextCursor: string }>(
      await call('GET', `/api/messages?limit=1&patientId=${FRIDA}`),
    );
    expect(page1.items.map((item) => item.subject)).toEqual(['AVSTMN']);
    const page2 = json<{ items: UnitItem[]; nextCursor: string | null }>(
      await call('GET', `/api/messages?limit=1&patientId=${FRIDA}&cursor=${page1.nextCursor}`),
    );
    expect(page2.items.map((item) => item.subject)).toEqual(['KOMPLT']);

    const forNurse = json<{ items: UnitItem[] }>(await call('GET', `/api/messages?patientId=${MAJ}`, nurse));
    expect(forNurse.items[0]?.certificate.patient).toMatchObject({ name: null, protectedIdentity: true });
    expect((await waiting(`&patientId=${MAJ}`)).items[0]?.certificate.patient.name).not.toBeNull();

    const count = json<{ waiting: number }>(await call('GET', '/api/messages/count'));
    expect(count.waiting).toBe((await waiting()).items.length);
    expect(json(await call('GET', '/api/messages/count', otherUnit))).toEqual({ waiting: 0 });
    expect(json<{ items: UnitItem[] }>(await call('GET', '/api/messages', otherUnit)).items).toEqual([]);

    const lists = (await db.store.listAudit({ patientId: FRIDA, limit: 100 })).items.filter(
      (record) => record.resourceType === 'Lista',
    );
    expect(lists.length).toBeGreaterThan(0);
    for (const query of ['from=2025-02-30', 'answered=maybe', 'subject=FRAGA', 'cursor=garbage', 'limit=0', 'x=1']) {
      const response = await call('GET', `/api/messages?${query}`);
      expect(response.statusCode, query).toBe(400);
    }
  });

  describe('delivery', () => {
    it("marks care's message failed when the recipient refuses it for good", async () => {
      const certificate = await sentCertificate(t, doctor);
      await call('POST', `/api/certificates/${certificate.id}/messages`, doctor, {
        subject: 'OVRIGT',
        heading: 'Övrigt',
        text: 'Vi återkommer.',
      });
      recipient.answerNext({ result: { resultCode: 'ERROR', errorId: 'VALIDATION_ERROR', resultText: 'Okänt intyg' } });
      await t.app.deliveryWorker.runOnce();
      expect((await threads(certificate))[0]?.question).toMatchObject({ sendState: 'failed', sentAt: null });
    });
  });
});
