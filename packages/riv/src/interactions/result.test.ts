/** The contracts' answers: each satisfies its XSD and reads back; faults and garbage are errors, never throws. */
import { describe, expect, test } from 'vitest';
import {
  deliveryOutcome,
  parseResultResponse,
  parseRevokeCertificateResponse,
  parseSendMessageToCareResponse,
  parseSendMessageToRecipientResponse,
  REGISTER_CERTIFICATE,
  resultResponseXml,
  REVOKE_CERTIFICATE,
  revokeCertificateResponseXml,
  SEND_MESSAGE_TO_CARE,
  SEND_MESSAGE_TO_RECIPIENT,
  sendMessageToCareResponseXml,
  sendMessageToRecipientResponseXml,
  soapFaultXml,
  validationErrorResult,
  type RivResult,
} from '../index.js';
import * as xsd from '../test-support/xmllint.js';
import { serializeDocument } from '../xml-writer.js';
import { resultResponseElement } from './result.js';

const results: RivResult[] = [
  { resultCode: 'OK' },
  { resultCode: 'INFO', resultText: 'Certificate already exists' },
  { resultCode: 'ERROR', errorId: 'VALIDATION_ERROR', resultText: 'Intyget är okänt.\nMer & <annat>' },
  { resultCode: 'ERROR', errorId: 'TECHNICAL_ERROR', resultText: 'Databasen svarar inte.' },
];

describe.each([
  [REGISTER_CERTIFICATE, xsd.REGISTER_CERTIFICATE_XSD, (r: RivResult) => resultResponseXml(REGISTER_CERTIFICATE, r)],
  [REVOKE_CERTIFICATE, xsd.REVOKE_CERTIFICATE_XSD, revokeCertificateResponseXml],
  [SEND_MESSAGE_TO_CARE, xsd.SEND_MESSAGE_TO_CARE_XSD, sendMessageToCareResponseXml],
  [SEND_MESSAGE_TO_RECIPIENT, xsd.SEND_MESSAGE_TO_RECIPIENT_XSD, sendMessageToRecipientResponseXml],
])('$name response', (contract, schemaFile, build) => {
  test.each(results)('%o satisfies the XSD and reads back', (result) => {
    const schema = xsd.validateAgainstSchema(serializeDocument(resultResponseElement(contract, result)), schemaFile);
    expect(schema.valid, schema.output).toBe(true);
    expect(parseResultResponse(build(result), contract)).toEqual({ ok: true, value: result });
  });
});

describe('reading answers', () => {
  test('each contract has its own response parser', () => {
    const ok = { ok: true, value: { resultCode: 'OK' } };
    expect(parseRevokeCertificateResponse(revokeCertificateResponseXml({ resultCode: 'OK' }))).toEqual(ok);
    expect(parseSendMessageToCareResponse(sendMessageToCareResponseXml({ resultCode: 'OK' }))).toEqual(ok);
    const other = parseSendMessageToRecipientResponse(sendMessageToCareResponseXml({ resultCode: 'OK' }));
    expect(other.ok).toBe(false);
  });

  test('a SOAP fault is an error naming its text', () => {
    expect(parseSendMessageToCareResponse(soapFaultXml('Client', 'UNAUTHENTICATED: Okänd nyckel & <x>'))).toEqual({
      ok: false,
      errors: [
        { code: 'VALIDATION_ERROR', text: 'Meddelandet är ett SOAP-fel (Fault): UNAUTHENTICATED: Okänd nyckel & <x>' },
      ],
    });
  });

  test.each([
    ['an HTML error page', '<html><body>502 Bad Gateway</body></html>'],
    ['nothing', ''],
    [
      'a result code outside the contract',
      sendMessageToCareResponseXml({ resultCode: 'OK' }).replace('>OK<', '>FINE<'),
    ],
    ['no result', sendMessageToCareResponseXml({ resultCode: 'OK' }).replace(/<result>[\s\S]*<\/result>/, '')],
  ])('%s is an error, not an exception', (_name, body) => {
    const parsed = parseSendMessageToCareResponse(body);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors.length).toBeGreaterThan(0);
  });

  test('what a sender does with each answer', () => {
    expect(results.map(deliveryOutcome)).toEqual(['delivered', 'delivered', 'rejected', 'retry']);
    expect(deliveryOutcome({ resultCode: 'ERROR', errorId: 'APPLICATION_ERROR' })).toBe('rejected');
    expect(deliveryOutcome({ resultCode: 'ERROR' })).toBe('retry');
  });

  test('a validation failure lists its errors, at most 50, then how many more', () => {
    const errors = Array.from({ length: 52 }, (_, i) => ({ code: 'VALIDATION_ERROR' as const, text: `Fel ${i + 1}.` }));
    const result = validationErrorResult(errors);
    expect(result).toMatchObject({ resultCode: 'ERROR', errorId: 'VALIDATION_ERROR' });
    expect(result.resultText?.split('\n')).toEqual([...errors.slice(0, 50).map((e) => e.text), '… och 2 fel till.']);
    expect(validationErrorResult([]).resultText).toBe('Meddelandet kunde inte valideras.');
  });
});
