/** Every transport mapping kind, both ways, on a model that has them all (test-support/all-kinds-model.ts). */
import { describe, expect, test } from 'vitest';
import {
  checkTransport,
  parseRegisterCertificate,
  registerCertificateXml,
  validateRegisteredCertificate,
} from './index.js';
import { ALL_KINDS_TODAY, allKindsAnswers, allKindsModel } from './test-support/all-kinds-model.js';
import { testCertificate } from './test-support/certificates.js';
import { transportedAnswers } from './test-support/transported.js';
import { validateAgainstSchema } from './test-support/xmllint.js';

const certificate = testCertificate(allKindsModel, allKindsAnswers, ALL_KINDS_TODAY);
const xml = registerCertificateXml(allKindsModel, certificate);

/** The svar elements with this id, as text. */
function svar(id: string): string[] {
  return [...xml.matchAll(/<svar id="([^"]+)">[\s\S]*?<\/svar>/g)].filter((m) => m[1] === id).map((m) => m[0]);
}

describe('export', () => {
  test('the model has a usable mapping and its XML satisfies the XSD', () => {
    expect(checkTransport(allKindsModel)).toEqual([]);
    const result = validateAgainstSchema(xml);
    expect(result.valid, result.output).toBe(true);
  });

  test('writes the header with the namespaces of the XSD', () => {
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<ns2:RegisterCertificate /);
    expect(xml).toContain('<ns3:code>RIVTEST</ns3:code>');
    expect(xml).toContain('<version>1.0</version>');
    expect(xml).toContain('<signeringstidpunkt>2024-03-15T10:15:00</signeringstidpunkt>');
    // The unit's address comes from the unitContact answer.
    expect(xml).toContain('<postadress>Vägen 1</postadress>');
    expect(xml).toContain('<telefonnummer>046-123 45</telefonnummer>');
  });

  test('takes each unit contact field from the answer when filled in, else from the unit', () => {
    const answers = {
      ...allKindsAnswers,
      UNIT_CONTACT_INFORMATION: { address: 'Vägen 1', zipCode: '', city: ' ', phone: '046-1' },
    };
    const header = testCertificate(allKindsModel, answers, ALL_KINDS_TODAY);
    const parsed = parseRegisterCertificate(
      registerCertificateXml(allKindsModel, { ...header, unit: { ...header.unit, postalCode: '999 99' } }),
      [allKindsModel],
    );
    expect(parsed.ok && parsed.certificate.unit).toMatchObject({
      postalAddress: 'Vägen 1',
      postalCode: '999 99',
      city: 'Testhult',
      phone: '046-1',
    });
  });

  test('a date list is one instance per row; a delsvar inInstanceOf goes into the instance of its option', () => {
    const rows = svar('1');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<instans>1</instans>');
    expect(rows[0]).toContain('<ns3:code>UNDERSOKNING</ns3:code>');
    expect(rows[0]).not.toContain('1.3');
    expect(rows[1]).toContain('<ns3:code>ANNAT</ns3:code>');
    expect(rows[1]).toContain('<delsvar id="1.3">Samtal med anhörig</delsvar>');
    expect(rows[2]).toContain('<instans>3</instans>');
    expect(rows[2]).toContain('<delsvar id="1.3">Vårdcentralen Norr</delsvar>');
  });

  test('options travel by their national code; optionBooleans send the selected ones as true', () => {
    expect(svar('3').map((s) => /<ns3:code>(\w+)<\/ns3:code>/.exec(s)?.[1])).toEqual(['VAR4', 'VAR3']);
    expect(svar('12')[0]).toContain('<ns3:code>TVA</ns3:code>');
    expect(svar('2')).toHaveLength(1);
    expect(svar('2')[0]).toContain('<delsvar id="2.1">true</delsvar>');
    expect(svar('2')[0]).toContain('<delsvar id="2.3">true</delsvar>');
    expect(svar('2')[0]).not.toContain('2.2');
  });

  test('years, uncertain dates and dates marked partialDate are partialDates; acuities have a decimal; diagnoses carry the OID', () => {
    expect(svar('9')[0]).toMatch(/<ns3:format>YYYY<\/ns3:format>\s*<ns3:value>2019<\/ns3:value>/);
    expect(svar('10')[0]).toMatch(/<ns3:format>YYYY-MM<\/ns3:format>\s*<ns3:value>2018-05<\/ns3:value>/);
    expect(svar('18')[0]).toMatch(/<ns3:format>YYYY-MM-DD<\/ns3:format>\s*<ns3:value>2010-01-01<\/ns3:value>/);
    expect(svar('11')[0]).toContain('<delsvar id="11.1">true</delsvar>');
    expect(svar('11')[0]).toContain('<delsvar id="11.2">0.5</delsvar>');
    expect(svar('11')[0]).toContain('<delsvar id="11.5">1.0</delsvar>');
    expect(svar('11')[0]).toContain('<delsvar id="11.7">1.25</delsvar>');
    expect(svar('11')[0]).toContain('<delsvar id="11.8">false</delsvar>');
    expect(svar('6')[0]).toMatch(/<delsvar id="6.1">Lumbago<\/delsvar>/);
    expect(svar('6')[0]).toMatch(
      /<delsvar id="6.4">\s*<ns3:cv>\s*<ns3:code>F329<\/ns3:code>\s*<ns3:codeSystem>1.2.752.116.1.3.1.4.1</,
    );
    expect(svar('8')[0]).toContain('<delsvar id="8.1">75</delsvar>');
    expect(svar('8')[0]).toContain('<delsvar id="8.2">false</delsvar>');
  });

  test('diagnosisInstances number their svar by row; an uncodedOption sends what implies it; quantityUnit gives a pq', () => {
    expect(svar('19').map((s) => /<instans>(\d+)<\/instans>/.exec(s)?.[1])).toEqual(['1', '2']);
    expect(svar('19')[1]).toContain('<delsvar id="19.1">Insomni</delsvar>');
    expect(svar('19')[1]).toMatch(/<delsvar id="19.2">\s*<ns3:cv>\s*<ns3:code>G470<\/ns3:code>/);
    expect(svar('20')).toHaveLength(1);
    expect(svar('20')[0]).toContain('<delsvar id="20.2">En tredje sort</delsvar>');
    expect(svar('20')[0]).not.toContain('20.1');
    expect(svar('21')[0]).toMatch(/<ns3:pq>\s*<ns3:value>25<\/ns3:value>\s*<ns3:unit>%<\/ns3:unit>\s*<\/ns3:pq>/);
  });

  test('writes a diagnosis code without dot, in the default code system when the row names none', () => {
    const withDot = registerCertificateXml(
      allKindsModel,
      testCertificate(
        allKindsModel,
        { ...allKindsAnswers, '6': [{ code: 'm54.5', description: 'Lumbago' }] },
        ALL_KINDS_TODAY,
      ),
    );
    expect(withDot).toMatch(/<ns3:code>M545<\/ns3:code>\s*<ns3:codeSystem>1.2.752.116.1.1.1.1.3</);
  });

  test('leaves out hidden elements and elements that do not travel', () => {
    expect(svar('16')).toEqual([]);
    expect(xml).not.toContain('Syns bara i Webcert');
    expect(svar('15')[0]).toContain('<delsvar id="15.1">false</delsvar>');
  });

  test('drops the characters XML cannot carry and keeps every other', () => {
    const answers = { ...allKindsAnswers, '17': 'a\u0001b\uD800c 😀 \uFFFFd' };
    const message = registerCertificateXml(allKindsModel, testCertificate(allKindsModel, answers, ALL_KINDS_TODAY));
    const parsed = parseRegisterCertificate(message, [allKindsModel]);
    expect(parsed.ok && parsed.certificate.answers['17']).toBe('abc 😀 d');
  });

  test('escapes text so that it comes back unchanged, carriage returns included', () => {
    expect(svar('17')[0]).toContain('Rad ett&#13;\nrad två &amp; &lt;tre&gt; "citat" \'apostrof\'\n\ttabb');
  });
});

describe('import of the export', () => {
  test('the answers are valid by the model, so the round trip is about real certificates', () => {
    const parsed = parseRegisterCertificate(xml, [allKindsModel]);
    if (!parsed.ok) expect.fail(parsed.errors.map((e) => e.text).join('\n'));
    expect(validateRegisteredCertificate(allKindsModel, parsed.certificate, { today: ALL_KINDS_TODAY })).toEqual([]);
  });

  test('gives back every transported answer', () => {
    const parsed = parseRegisterCertificate(xml, [allKindsModel]);
    if (!parsed.ok) expect.fail(parsed.errors.map((e) => e.text).join('\n'));
    expect(parsed.certificate.answers).toEqual(transportedAnswers(allKindsModel, allKindsAnswers, ALL_KINDS_TODAY));
    expect(parsed.certificate.answers['16']).toBeUndefined();
    expect(parsed.certificate.answers['14']).toBeUndefined();
  });

  test('reads an uncertain date of each precision', () => {
    for (const value of ['2018-05-17', '2018-05-00', '2018-00-00']) {
      const answers = { ...allKindsAnswers, '10': value };
      const parsed = parseRegisterCertificate(
        registerCertificateXml(allKindsModel, testCertificate(allKindsModel, answers, ALL_KINDS_TODAY)),
        [allKindsModel],
      );
      expect(parsed.ok && parsed.certificate.answers['10']).toBe(value);
    }
  });

  test('reads any version the model lists, and the header as written', () => {
    const parsed = parseRegisterCertificate(xml.replace('<version>1.0</version>', '<version>0.9</version>'), [
      allKindsModel,
    ]);
    if (!parsed.ok) expect.fail(parsed.errors.map((e) => e.text).join('\n'));
    expect(parsed.certificate.version).toBe('0.9');
    expect(parsed.certificate.patient).toEqual(certificate.patient);
    expect(parsed.certificate.issuer).toEqual(certificate.issuer);
    expect(parsed.certificate.unit).toEqual({
      ...certificate.unit,
      postalAddress: 'Vägen 1',
      postalCode: '123 45',
      city: 'Lund',
      phone: '046-123 45',
    });
  });
});
