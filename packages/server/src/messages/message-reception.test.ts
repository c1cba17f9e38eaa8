import { sendMessageToCareXml } from '@intyg/riv';
import { forEachDialect } from '@intyg/store/test-support';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { steppingClock } from '../clock.js';
import { DEMO_RIV_SYSTEM } from '../config.js';
import { startFakeRecipient, type FakeRecipient } from '../test-support/fake-recipient.js';
import {
  complementRequest,
  fromFk,
  postToCare,
  receive,
  sentCertificate,
  TRANSP_KEY,
  type CertificateBody,
} from '../test-support/message-fixtures.js';
import { corruptVariants } from '../test-support/riv-corruptions.js';
import { resultOf } from '../test-support/riv-result.js';
import { json, openTestApp, TEST_NOW, type TestApp } from '../test-support/test-app.js';

interface Thread {
  id: string;
  question: {
    subject: string;
    heading: string;
    text: string;
    referenceId: string;
    lastReplyDate: string | null;
    sentBy: { id: string; name: string; contactInfo: string[] };
    complementQuestions: { questionId: string; text: string; elementId: string; label: string }[];
  };
  answer: { text: string } | null;
  reminders: { text: string }[];
}

forEachDialect('RIV-TA SendMessageToCare: messages from the recipient', (db) => {
  let t: TestApp;
  let recipient: FakeRecipient;
  let doctor: string;
  let certificate: CertificateBody;
  const clock = steppingClock(TEST_NOW);

  beforeAll(async () => {
    recipient = await startFakeRecipient();
    t = await openTestApp(db.store, { clock, env: { INTYG_RECIPIENTS_URL: recipient.url } });
    doctor = await t.login('ajla');
    certificate = await sentCertificate(t, doctor);
  });
  afterAll(async () => {
    await t.close();
    await recipient.close();
  });

  const threads = async (id = certificate.id) =>
    json<{ items: Thread[] }>(
      await t.app.inject({ url: `/api/certificates/${id}/messages`, headers: { cookie: doctor } }),
    ).items;
  /** Posts and expects ERROR / VALIDATION_ERROR naming `reason`, with nothing stored. */
  async function expectRefused(message: Parameters<typeof postToCare>[1], reason: string | RegExp, key?: string) {
    const before = await db.store.counts();
    const { status, body } = await postToCare(t, message, key);
    expect(status).toBe(200);
    const result = resultOf(body);
    expect(result).toMatchObject({ resultCode: 'ERROR', errorId: 'VALIDATION_ERROR' });
    expect(result.resultText).toMatch(reason);
    expect(await db.store.counts()).toEqual(before);
  }

  it('stores a request for complement once, with its questions labelled from the model', async () => {
    const request = complementRequest(certificate);
    const first = await postToCare(t, request);
    expect(first.status).toBe(200);
    expect(resultOf(first.body)).toEqual({ resultCode: 'OK' });
    const events = await db.store.counts();
    // The recipient retried: the same meddelande-id is the same message.
    expect(resultOf((await postToCare(t, request)).body)).toMatchObject({ resultCode: 'INFO' });
    expect(await db.store.counts()).toEqual(events);

    const [thread] = await threads();
    expect(thread?.question).toMatchObject({
      subject: 'KOMPLT',
      heading: 'Komplettering',
      referenceId: 'FK-REF-1',
      lastReplyDate: '2025-10-20',
      sentBy: { id: 'FKASSA', name: 'Försäkringskassan', contactInfo: ['Handläggare Åsa, 0771-524 524'] },
    });
    expect(thread?.question.complementQuestions.map((q) => [q.questionId, q.elementId, q.label])).toEqual([
      ['1', '1', expect.stringMatching(/Intyget är baserat på/)],
      ['35', '35', expect.stringMatching(/funktionsnedsättning/i)],
    ]);
    const read = json<CertificateBody>(
      await t.app.inject({ url: `/api/certificates/${certificate.id}`, headers: { cookie: doctor } }),
    );
    expect(read.actions.find((action) => action.id === 'complement')?.allowed).toBe(true);
    const types = (await db.store.listEvents(certificate.id, { unitIds: [certificate.unit.unitId] })).map(
      (e) => e.type,
    );
    expect(types.at(-1)).toBe('recipientQuestionReceived');
  });

  it('accepts the request in a SOAP envelope, and a reminder of an earlier question', async () => {
    const question = fromFk(certificate, { subject: 'AVSTMN', heading: 'Avstämningsmöte' });
    const bare = sendMessageToCareXml(question).replace(/^<\?xml[^>]*\?>/, '');
    const envelope = `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>${bare}</soapenv:Body></soapenv:Envelope>`;
    expect(resultOf((await postToCare(t, envelope)).body)).toEqual({ resultCode: 'OK' });
    await receive(t, fromFk(certificate, { subject: 'PAMINN', reminderOf: question.messageId, text: 'Påminnelse.' }));
    const thread = (await threads()).find((candidate) => candidate.question.subject === 'AVSTMN');
    expect(thread?.reminders.map((reminder) => reminder.text)).toEqual(['Påminnelse.']);
  });

  it('refuses a message that breaks a rule, naming it, and stores nothing', async () => {
    const unsent = json<CertificateBody>(
      await t.app.inject({
        method: 'POST',
        url: '/api/certificates',
        headers: { cookie: doctor },
        payload: { type: 'lisjp', patientId: '191212121212' },
      }),
    );
    const cases: [string, Parameters<typeof postToCare>[1], string | RegExp][] = [
      [
        'an unknown certificate',
        fromFk({ ...certificate, id: crypto.randomUUID() }),
        /inte skickat till Försäkringskassan/,
      ],
      ['a certificate not sent (a draft)', fromFk(unsent), /inte skickat till Försäkringskassan/],
      ['another patient', fromFk(certificate, { patientPersonId: '194011306125' }), /person-id stämmer inte/],
      [
        'another logical address',
        fromFk(certificate, { logicalAddress: 'TSTNMT2321000156-ALMC' }),
        /logiskAdressMottagare/,
      ],
      ['another sender', fromFk(certificate, { sentBy: { party: 'TRANSP', contactInfo: [] } }), /skickatAv\/part/],
      [
        'a reminder of an unknown message',
        fromFk(certificate, { subject: 'PAMINN', reminderOf: 'okänd' }),
        /påminnelsen avser/,
      ],
      [
        'an answer to no question of care',
        fromFk(certificate, { subject: 'SVAR', inReplyTo: { messageId: 'okänd' } }),
        /som svaret avser finns inte/,
      ],
      ['a question with svarPa', fromFk(certificate, { inReplyTo: { messageId: 'x' } }), /svarPa/],
      [
        'a request for complement of a question the certificate lacks',
        complementRequest(certificate, { complements: [{ questionId: '999', text: 'Vad?' }] }),
        /Fråga 999 finns inte/,
      ],
      ['a request for complement of nothing', complementRequest(certificate, { complements: [] }), /minst en fråga/],
      ['an unknown subject', sendMessageToCareXml(fromFk(certificate)).replace('>KONTKT<', '>FRAGA<'), /amne\/code/],
      [
        'a time that does not exist',
        sendMessageToCareXml(fromFk(certificate)).replace('2025-10-01T09:00:00', '2025-02-30T09:00:00'),
        /skickatTidpunkt/,
      ],
    ];
    for (const [name, message, reason] of cases) {
      await expectRefused(message, reason).catch((error: unknown) => {
        throw new Error(`${name}: ${String(error)}`);
      });
    }
    // Transportstyrelsen is a recipient, but this certificate was not sent to it.
    await expectRefused(
      fromFk(certificate, { sentBy: { party: 'TRANSP', contactInfo: [] } }),
      /Transportstyrelsen/,
      TRANSP_KEY,
    );
  });

  it('lets only a configured recipient send, with a SOAP fault for any other system', async () => {
    const before = await db.store.counts();
    for (const key of [DEMO_RIV_SYSTEM.apiKey, 'wrong-key-wrong-key']) {
      const { status, body } = await postToCare(t, fromFk(certificate), key);
      expect(status).toBe(key === DEMO_RIV_SYSTEM.apiKey ? 403 : 401);
      expect(body).toContain('soap:Fault');
    }
    expect(await db.store.counts()).toEqual(before);
  });

  it('answers broken documents with ERROR and a reason, never a 500, storing nothing', async () => {
    const xml = sendMessageToCareXml(complementRequest(certificate));
    const mutations: [string, string][] = [
      ['no meddelande-id', xml.replace(/<ns2:meddelande-id>[^<]*<\/ns2:meddelande-id>/, '')],
      ['no patient', xml.replace(/<ns2:patientPerson-id>[\s\S]*?<\/ns2:patientPerson-id>/, '')],
      ['a patient id with a dash', xml.replace(/(<ns2:patientPerson-id>[\s\S]*?<ns3:extension>)(\d{8})/, '$1$2-')],
      ['no sender', xml.replace(/<ns2:skickatAv>[\s\S]*?<\/ns2:skickatAv>/, '')],
      [
        'an instance of zero',
        xml.replace('<ns2:frage-id>35</ns2:frage-id>', '<ns2:frage-id>35</ns2:frage-id><ns2:instans>0</ns2:instans>'),
      ],
      ['a question id of letters', xml.replace('<ns2:frage-id>35</ns2:frage-id>', '<ns2:frage-id>x</ns2:frage-id>')],
      ['an unknown element', xml.replace('<ns2:rubrik>', '<ns2:bilaga>x</ns2:bilaga><ns2:rubrik>')],
    ];
    const variants = [
      ...corruptVariants([{ name: 'KOMPLT', xml }]),
      ...mutations.map(([name, mutated]) => ({ name, xml: mutated })),
    ];
    expect(variants.length).toBeGreaterThanOrEqual(12);
    const before = await db.store.counts();
    const failures: string[] = [];
    for (const variant of variants) {
      expect(variant.xml, variant.name).not.toBe(xml);
      const { status, body } = await postToCare(t, variant.xml);
      const result = status === 200 ? resultOf(body) : undefined;
      if (result?.resultCode !== 'ERROR' || !result.resultText)
        failures.push(`${variant.name}: ${status} ${body.slice(0, 300)}`);
    }
    expect(failures).toEqual([]);
    const json415 = await t.app.inject({
      method: 'POST',
      url: '/riv/SendMessageToCare/2',
      headers: { authorization: 'Bearer x', 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(json415.statusCode).toBeGreaterThanOrEqual(400);
    expect(json415.statusCode).toBeLessThan(500);
    expect(await db.store.counts()).toEqual(before);
  });
});
