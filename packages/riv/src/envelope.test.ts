/** Reading the message wherever it sits (bare, SOAP 1.1, SOAP 1.2, any prefixes), and the response. */
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import {
  MAX_MESSAGE_BYTES,
  parseRegisterCertificate,
  registerCertificateResponseXml,
  registerCertificateXml,
} from './index.js';
import { NS_CORE, NS_RESPONDER, NS_SOAP11 } from './namespaces.js';
import { registerCertificateResponseElement } from './response-xml.js';
import { ALL_KINDS_TODAY, allKindsAnswers, allKindsModel } from './test-support/all-kinds-model.js';
import { testCertificate } from './test-support/certificates.js';
import { validateAgainstSchema } from './test-support/xmllint.js';
import { serializeDocument } from './xml-writer.js';

const bare = registerCertificateXml(allKindsModel, testCertificate(allKindsModel, allKindsAnswers, ALL_KINDS_TODAY));
const body = bare.replace(/^<\?xml[^>]*>\n/, '');
const expected = parseRegisterCertificate(bare, [allKindsModel]);

describe('where the RegisterCertificate element sits', () => {
  test('the bare element imports', () => {
    expect(expected.ok).toBe(true);
  });

  test.each([
    ['SOAP 1.1', 'http://schemas.xmlsoap.org/soap/envelope/'],
    ['SOAP 1.2', 'http://www.w3.org/2003/05/soap-envelope'],
  ])('inside a %s envelope with a header', (_name, namespace) => {
    const envelope =
      `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="${namespace}">` +
      `<soapenv:Header><add:LogicalAddress xmlns:add="urn:riv:itintegration:registry:1">FKASSA</add:LogicalAddress>` +
      `</soapenv:Header><soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`;
    expect(parseRegisterCertificate(envelope, [allKindsModel])).toEqual(expected);
  });

  test('with other prefixes: core elements prefixed, responder in the default namespace', () => {
    const reprefixed = bare
      .replace(`xmlns="${NS_CORE}"`, `xmlns:kärna="${NS_CORE}"`)
      .replace(/<(\/?)(?![\w-]+:)([\w-]+)/g, '<$1kärna:$2')
      .replaceAll('ns2:', '')
      .replace(`xmlns:ns2="${NS_RESPONDER}"`, `xmlns="${NS_RESPONDER}"`)
      .replaceAll('ns3:', 't:')
      .replace('xmlns:ns3=', 'xmlns:t=');
    expect(reprefixed).toContain('<kärna:svar id="17">');
    expect(parseRegisterCertificate(reprefixed, [allKindsModel])).toEqual(expected);
  });

  test('elements in another namespace are not read as ours', () => {
    const wrong = bare.replace(`xmlns="${NS_CORE}"`, 'xmlns="urn:riv:clinicalprocess:healthcond:certificate:2"');
    const parsed = parseRegisterCertificate(wrong, [allKindsModel]);
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.text)).toContain("Elementet 'intyg/intygs-id' saknas.");
  });

  test('a SOAP body holding something else', () => {
    const envelope = `<s:Envelope xmlns:s="${NS_SOAP11}"><s:Body><x:Ping xmlns:x="urn:x"/></s:Body></s:Envelope>`;
    const parsed = parseRegisterCertificate(envelope, [allKindsModel]);
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.text)).toEqual([
      "SOAP-kuvertets Body ska innehålla RegisterCertificate, inte '{urn:x}Ping'.",
    ]);
  });
});

describe('unsafe input', () => {
  test.each([
    ['a DOCTYPE', bare.replace('?>', '?><!DOCTYPE x SYSTEM "http://example.invalid/x.dtd">')],
    ['an entity declaration alone', bare.replace('?>', '?><!ENTITY x "y">')],
    [
      'a DOCTYPE inside an envelope',
      `<!DOCTYPE s [<!ENTITY e "x">]><s:Envelope xmlns:s="${NS_SOAP11}"><s:Body>${body}</s:Body></s:Envelope>`,
    ],
  ])('%s is refused', (_name, message) => {
    expect(parseRegisterCertificate(message, [allKindsModel])).toEqual({
      ok: false,
      errors: [
        { code: 'VALIDATION_ERROR', text: 'Meddelandet får inte innehålla DOCTYPE eller entitetsdeklarationer.' },
      ],
    });
  });

  test('a message over the size limit is refused before parsing', () => {
    const big = bare.replace('<delsvar id="17.1">', `<delsvar id="17.1">${'å'.repeat(MAX_MESSAGE_BYTES / 2)}`);
    const parsed = parseRegisterCertificate(big, [allKindsModel]);
    expect(parsed.ok ? '' : parsed.errors[0]?.text).toMatch(
      /^Meddelandet är för stort \(\d+ byte\); högst 2097152 byte tas emot\.$/,
    );
  });

  test('a control character is refused', () => {
    const parsed = parseRegisterCertificate(bare.replace('Rad ett', 'Rad\u0007ett'), [allKindsModel]);
    expect(parsed.ok ? '' : parsed.errors[0]?.text).toBe('Meddelandet är inte välformad XML (otillåtet tecken).');
  });

  test('a message that is not a string is refused', () => {
    expect(parseRegisterCertificate(undefined as unknown as string, [allKindsModel]).ok).toBe(false);
  });

  test('a syntax error names its line', () => {
    const parsed = parseRegisterCertificate(bare.replace('</patient>', '</patienten>'), [allKindsModel]);
    expect(parsed.ok ? '' : parsed.errors[0]?.text).toMatch(
      /^Meddelandet är inte välformad XML \(rad \d+, kolumn \d+\)\.$/,
    );
  });
});

describe('the response', () => {
  test.each([
    [{ resultCode: 'OK' as const }],
    [{ resultCode: 'INFO' as const, resultText: 'Certificate already exists' }],
    [
      {
        resultCode: 'ERROR' as const,
        errorId: 'VALIDATION_ERROR' as const,
        resultText: "Okänt svar-id '77'.\nEtt fel till & <mer>",
      },
    ],
    [{ resultCode: 'ERROR' as const, errorId: 'TECHNICAL_ERROR' as const, resultText: 'Databasen svarar inte.' }],
  ])('%o satisfies the XSD and reads back', (result) => {
    const schema = validateAgainstSchema(serializeDocument(registerCertificateResponseElement(result)));
    expect(schema.valid, schema.output).toBe(true);

    const document = new DOMParser().parseFromString(registerCertificateResponseXml(result), 'text/xml');
    expect(document.documentElement?.namespaceURI).toBe(NS_SOAP11);
    expect(document.documentElement?.localName).toBe('Envelope');
    const response = document.getElementsByTagNameNS(NS_RESPONDER, 'RegisterCertificateResponse')[0];
    expect(response?.parentNode).toMatchObject({ localName: 'Body', namespaceURI: NS_SOAP11 });
    const text = (name: string) => document.getElementsByTagNameNS(NS_CORE, name)[0]?.textContent ?? undefined;
    expect({ resultCode: text('resultCode'), errorId: text('errorId'), resultText: text('resultText') }).toEqual({
      resultCode: result.resultCode,
      errorId: 'errorId' in result ? result.errorId : undefined,
      resultText: 'resultText' in result ? result.resultText : undefined,
    });
  });
});
