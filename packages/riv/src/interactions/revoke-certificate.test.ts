/** RevokeCertificate v2: the builder's output satisfies the XSD and reads back; what is wrong is named. */
import { describe, expect, test } from 'vitest';
import { parseRevokeCertificate, revokeCertificateXml, type RivRevocation } from '../index.js';
import { NS_SOAP11 } from '../namespaces.js';
import { errorTexts, revocation } from '../test-support/messages.js';
import { REVOKE_CERTIFICATE_XSD, validateAgainstSchema } from '../test-support/xmllint.js';

const { reason: _reason, ...withoutReason } = revocation;
const withoutOptional: RivRevocation = {
  ...withoutReason,
  revokedBy: { hsaId: 'SE2321000016-15CQ', fullName: '', unit: { ...revocation.revokedBy.unit, email: undefined } },
};
const xml = revokeCertificateXml(revocation);

const errorsOf = (message: unknown) => errorTexts(parseRevokeCertificate(message));

describe('RevokeCertificate', () => {
  test.each([
    ['with a reason', revocation],
    ['without a reason, prescription code or e-mail', JSON.parse(JSON.stringify(withoutOptional)) as RivRevocation],
  ])('%s satisfies the XSD and reads back unchanged', (_name, value) => {
    const built = revokeCertificateXml(value);
    const schema = validateAgainstSchema(built, REVOKE_CERTIFICATE_XSD);
    expect(schema.valid, schema.output).toBe(true);
    expect(parseRevokeCertificate(built)).toEqual({ ok: true, value });
  });

  test('reads the element inside a SOAP 1.1 envelope', () => {
    const envelope = `<s:Envelope xmlns:s="${NS_SOAP11}"><s:Body>${xml.replace(/^<\?xml[^>]*>\n/, '')}</s:Body></s:Envelope>`;
    expect(parseRevokeCertificate(envelope)).toEqual({ ok: true, value: revocation });
  });

  test.each([
    [
      'no certificate id',
      [/<ns2:intygs-id>[\s\S]*?<\/ns2:intygs-id>/, ''],
      ["Elementet 'RevokeCertificate/intygs-id' saknas."],
    ],
    [
      'a person id in another code system',
      ['1.2.752.129.2.1.3.1', '1.2.3'],
      [
        "'RevokeCertificate/patientPerson-id/root' ska vara personnummer (1.2.752.129.2.1.3.1) eller samordningsnummer (1.2.752.129.2.1.3.3), men är '1.2.3'.",
      ],
    ],
    [
      'a revoker without an HSA id',
      [/<personal-id>[\s\S]*?<\/personal-id>/, ''],
      ["Elementet 'RevokeCertificate/skickatAv/personal-id' saknas."],
    ],
    [
      'a unit without a care provider',
      [/<vardgivare>[\s\S]*<\/vardgivare>/, ''],
      ["Elementet 'RevokeCertificate/skickatAv/enhet/vardgivare' saknas."],
    ],
    [
      'a date instead of a time',
      ['2024-03-18T09:30:00', '2024-03-18'],
      ["'RevokeCertificate/skickatTidpunkt' ska vara en tidpunkt ÅÅÅÅ-MM-DDTtt:mm:ss, men är '2024-03-18'."],
    ],
  ] as const)('%s is refused with a Swedish text', (_name, [from, to], expected) => {
    expect(errorsOf(xml.replace(from, to))).toEqual(expected);
  });

  test('a DOCTYPE is refused', () => {
    expect(errorsOf(xml.replace('?>', '?><!DOCTYPE x SYSTEM "http://example.invalid/x.dtd">'))).toEqual([
      'Meddelandet får inte innehålla DOCTYPE eller entitetsdeklarationer.',
    ]);
  });

  test.each([
    ['a time without seconds', { ...revocation, revokedAt: '2024-03-18T09:30' }],
    ['a short person id', { ...revocation, patientPersonId: '1212121212' }],
    ['no certificate id', { ...revocation, certificateId: ' ' }],
  ])('the builder refuses %s with a RangeError', (_name, value) => {
    expect(() => revokeCertificateXml(value)).toThrow(RangeError);
  });
});
