/**
 * The contracts at the simulated recipients over real HTTP: RegisterCertificate stored once however often it
 * is posted, refusals as the contract answers them, RevokeCertificate, SendMessageToRecipient deduplicated, and
 * garbage answered with 4xx or a contract ERROR, never a 500.
 */
import {
  revokeCertificateXml,
  sendMessageToRecipientXml,
  type RivMessageToRecipient,
  type RivRevocation,
} from '@intyg/riv';
import { TEST_PROFESSIONAL, TEST_UNIT } from '@intyg/riv/test-support';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { registerXml, resultOf, startTestRecipients, type TestRecipients } from '../test-support/harness.js';

interface Received {
  items: {
    certificateId: string;
    recipientId: string;
    type: string;
    version: string;
    receipts: number;
    revokedAt: string | null;
  }[];
}
interface Receipts {
  items: { certificateId: string | null; idempotencyKey: string | null; interaction: string; resultCode: string }[];
}

let t: TestRecipients;
beforeAll(async () => {
  t = await startTestRecipients();
});
afterAll(() => t.close());

const received = (query: string) => t.json<Received>(`/api/received?${query}`);

describe('RegisterCertificate', () => {
  test('a valid certificate is stored: OK', async () => {
    const response = await t.post('/FKASSA/RegisterCertificate/3', registerXml('lisjp', 'reg-ok-1'), {
      'idempotency-key': 'delivery-1',
    });
    expect(response.status).toBe(200);
    expect(resultOf(response.body)).toEqual({ resultCode: 'OK' });
    expect((await received('certificateId=reg-ok-1')).items).toEqual([
      expect.objectContaining({
        certificateId: 'reg-ok-1',
        recipientId: 'FKASSA',
        type: 'lisjp',
        version: '2.0',
        receipts: 1,
        revokedAt: null,
      }),
    ]);
  });

  test('the same certificate again is INFO, stored once, with two receipts and both idempotency keys', async () => {
    const xml = registerXml('luse', 'reg-dup-1', 'minimal');
    const first = await t.post('/FKASSA/RegisterCertificate/3', xml, { 'idempotency-key': 'delivery-a' });
    const second = await t.post('/FKASSA/RegisterCertificate/3', xml, { 'idempotency-key': 'delivery-b' });
    expect(resultOf(first.body)).toEqual({ resultCode: 'OK' });
    expect(resultOf(second.body)).toEqual({ resultCode: 'INFO', resultText: 'Certificate already exists' });
    const items = (await received('recipient=FKASSA&certificateId=reg-dup-1')).items;
    expect(items).toHaveLength(1);
    expect(items[0]?.receipts).toBe(2);
    const receipts = await t.json<Receipts>('/api/receipts?certificateId=reg-dup-1');
    expect(receipts.items.map((r) => [r.idempotencyKey, r.resultCode])).toEqual([
      ['delivery-a', 'OK'],
      ['delivery-b', 'INFO'],
    ]);
  });

  test('Transportstyrelsen takes its own types', async () => {
    const response = await t.post('/TRANSP/RegisterCertificate/3', registerXml('ts-bas', 'reg-ts-1'));
    expect(resultOf(response.body)).toEqual({ resultCode: 'OK' });
  });

  test('an invalid certificate is ERROR VALIDATION_ERROR naming the rule, and nothing is stored', async () => {
    const xml = registerXml('lisjp', 'reg-invalid-1').replace(/<svar id="32">[\s\S]*?<\/svar>/g, '');
    const result = resultOf((await t.post('/FKASSA/RegisterCertificate/3', xml)).body);
    expect(result).toMatchObject({ resultCode: 'ERROR', errorId: 'VALIDATION_ERROR' });
    expect(result.resultText).toMatch(/element '32'/);
    expect((await received('certificateId=reg-invalid-1')).items).toEqual([]);
    const receipts = await t.json<Receipts>('/api/receipts?certificateId=reg-invalid-1');
    expect(receipts.items.map((r) => r.resultCode)).toEqual(['ERROR']);
  });

  test('a patient number with a wrong check digit is refused', async () => {
    const xml = registerXml('lisjp', 'reg-pnr-1').replace(
      '<ns3:extension>191212121212<',
      '<ns3:extension>191212121213<',
    );
    expect(resultOf((await t.post('/FKASSA/RegisterCertificate/3', xml)).body)).toEqual({
      resultCode: 'ERROR',
      errorId: 'VALIDATION_ERROR',
      resultText: 'Patientens person-id är inte ett giltigt person- eller samordningsnummer.',
    });
  });

  test.each([
    ['FKASSA', 'ts-diabetes', 'Försäkringskassan (FKASSA) tar inte emot'],
    ['TRANSP', 'lisjp', 'Transportstyrelsen (TRANSP) tar inte emot'],
    ['TRANSP', 'ag7804', 'Transportstyrelsen (TRANSP) tar inte emot'],
  ])('%s refuses %s: ERROR, nothing stored', async (recipient, type, text) => {
    const id = `reg-wrong-${recipient}-${type}`;
    const result = resultOf((await t.post(`/${recipient}/RegisterCertificate/3`, registerXml(type, id))).body);
    expect(result).toMatchObject({ resultCode: 'ERROR', errorId: 'VALIDATION_ERROR' });
    expect(result.resultText).toContain(text);
    expect((await received(`certificateId=${id}`)).items).toEqual([]);
  });

  test.each([
    ['no key', {}],
    ['a wrong key', { authorization: 'Bearer wrong-key-wrong-key' }],
    ['the key without Bearer', { authorization: 'demo-recipient-key-not-for-production' }],
  ])('%s is 401 with a SOAP fault, and nothing is stored', async (_name, headers) => {
    const response = await fetch(`${t.base}/FKASSA/RegisterCertificate/3`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml', ...headers },
      body: registerXml('lisjp', 'reg-unauth-1'),
    });
    expect(response.status).toBe(401);
    const body = await response.text();
    expect(body).toContain('<faultcode>soap:Client</faultcode>');
    expect(body).toContain('UNAUTHENTICATED');
    expect((await received('certificateId=reg-unauth-1')).items).toEqual([]);
  });

  test('an unknown recipient is 404 with a SOAP fault', async () => {
    const response = await t.post('/NOBODY/RegisterCertificate/3', registerXml('lisjp', 'reg-nobody'));
    expect(response.status).toBe(404);
    expect(response.body).toContain('RECIPIENT_NOT_FOUND');
  });
});

describe('garbage', () => {
  test.each([
    ['an empty body', '', 'text/xml'],
    ['text that is no XML', 'hej hopp', 'text/xml'],
    ['a DOCTYPE', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', 'text/xml'],
    ['bytes that are no UTF-8 text', '\u0000\u0001\u00ff', 'application/xml'],
    ['another contract', '<Ping xmlns="urn:x"/>', 'application/soap+xml'],
  ])('%s is a contract ERROR (200), not a 500', async (_name, body, contentType) => {
    for (const path of ['RegisterCertificate/3', 'RevokeCertificate/2', 'SendMessageToRecipient/2']) {
      const response = await t.post(`/FKASSA/${path}`, body, { 'content-type': contentType });
      expect(response.status, path).toBe(200);
      expect(resultOf(response.body), path).toMatchObject({ resultCode: 'ERROR', errorId: 'VALIDATION_ERROR' });
    }
  });

  test.each([
    ['JSON', 'application/json', '{"a":1}', 415],
    ['a form', 'application/x-www-form-urlencoded', 'a=1', 415],
    ['a body over the limit', 'text/xml', `<x>${'a'.repeat(3 * 1024 * 1024)}</x>`, 413],
  ])('%s is %i with a SOAP fault', async (_name, contentType, body, status) => {
    const response = await t.post('/FKASSA/RegisterCertificate/3', body, { 'content-type': contentType });
    expect(response.status).toBe(status);
    expect(response.body).toContain('<faultcode>soap:Client</faultcode>');
  });

  test('bad query parameters on the JSON routes are 400 { code, message }', async () => {
    const response = await fetch(`${t.base}/api/messages?direction=sideways`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'INVALID_REQUEST' });
  });
});

const certificateId = 'lifecycle-1';
const revocation: RivRevocation = {
  certificateId,
  certificateUnitId: TEST_UNIT.unitId,
  patientPersonId: '191212121212',
  revokedAt: '2025-10-01T11:00:00',
  revokedBy: TEST_PROFESSIONAL,
  reason: 'Fel patient.',
};
const question: RivMessageToRecipient = {
  messageId: 'care-question-1',
  sentAt: '2025-10-01T10:30:00',
  certificateId,
  certificateUnitId: TEST_UNIT.unitId,
  patientPersonId: '191212121212',
  logicalAddress: 'FKASSA',
  subject: 'KONTKT',
  heading: 'Kontakt önskas',
  text: 'Ring mig.',
  sentBy: TEST_PROFESSIONAL,
};

describe('SendMessageToRecipient and RevokeCertificate', () => {
  beforeAll(async () => {
    await t.post('/FKASSA/RegisterCertificate/3', registerXml('lisjp', certificateId));
  });

  test('a message from care is stored once: OK, then INFO', async () => {
    const xml = sendMessageToRecipientXml(question);
    expect(resultOf((await t.post('/FKASSA/SendMessageToRecipient/2', xml)).body)).toEqual({ resultCode: 'OK' });
    expect(resultOf((await t.post('/FKASSA/SendMessageToRecipient/2', xml)).body)).toEqual({
      resultCode: 'INFO',
      resultText: 'Message already exists',
    });
    const messages = await t.json<{ items: { messageId: string; direction: string; sentBy: string }[] }>(
      `/api/messages?certificateId=${certificateId}`,
    );
    expect(messages.items).toEqual([
      expect.objectContaining({
        messageId: 'care-question-1',
        direction: 'fromCare',
        sentBy: 'Arnold Johansson, NMT vg3 ve1',
      }),
    ]);
  });

  test.each([
    ['an unknown certificate', { certificateId: 'nope' }, "Intyget 'nope' är inte känt hos Försäkringskassan."],
    ['another patient', { patientPersonId: '194011306125' }, 'Patientens person-id stämmer inte med intygets.'],
    [
      'another logical address',
      { logicalAddress: 'TRANSP' },
      "'logiskAdressMottagare' ska vara FKASSA, men är 'TRANSP'.",
    ],
    [
      'an answer to a message never sent',
      { subject: 'SVAR' as const, inReplyTo: { messageId: 'fk-unknown' } },
      "Meddelandet 'fk-unknown' som svaret avser är inte känt för intyget.",
    ],
  ])('a message about %s is refused', async (_name, change, text) => {
    const xml = sendMessageToRecipientXml({ ...question, messageId: `refused-${_name}`, ...change });
    expect(resultOf((await t.post('/FKASSA/SendMessageToRecipient/2', xml)).body)).toEqual({
      resultCode: 'ERROR',
      errorId: 'VALIDATION_ERROR',
      resultText: text,
    });
  });

  test('Transportstyrelsen exchanges no messages: APPLICATION_ERROR', async () => {
    const xml = sendMessageToRecipientXml({ ...question, logicalAddress: 'TRANSP' });
    expect(resultOf((await t.post('/TRANSP/SendMessageToRecipient/2', xml)).body)).toMatchObject({
      resultCode: 'ERROR',
      errorId: 'APPLICATION_ERROR',
    });
  });

  test('a revocation marks the certificate revoked: OK, then INFO; an unknown certificate is ERROR', async () => {
    const xml = revokeCertificateXml(revocation);
    expect(resultOf((await t.post('/FKASSA/RevokeCertificate/2', xml)).body)).toEqual({ resultCode: 'OK' });
    expect(resultOf((await t.post('/FKASSA/RevokeCertificate/2', xml)).body)).toEqual({
      resultCode: 'INFO',
      resultText: 'Certificate already revoked',
    });
    const [stored] = (await received(`certificateId=${certificateId}`)).items;
    expect(stored?.revokedAt).toBe('2025-10-01T09:00:00.000Z');

    const unknown = revokeCertificateXml({ ...revocation, certificateId: 'never-arrived' });
    expect(resultOf((await t.post('/FKASSA/RevokeCertificate/2', unknown)).body)).toEqual({
      resultCode: 'ERROR',
      errorId: 'VALIDATION_ERROR',
      resultText: "Intyget 'never-arrived' är inte känt hos Försäkringskassan.",
    });
    // Another recipient does not have it either.
    expect(resultOf((await t.post('/TRANSP/RevokeCertificate/2', xml)).body)).toMatchObject({ resultCode: 'ERROR' });
  });
});
