/** What import says about specific mistakes, word for word, on the all-kinds model's export. */
import { EDITOR_ONLY_RULE_IDS, compileModel, validateCertificate } from '@intyg/core';
import { describe, expect, test } from 'vitest';
import { parseRegisterCertificate, registerCertificateXml, validateRegisteredCertificate } from './index.js';
import { ALL_KINDS_TODAY, allKindsAnswers, allKindsModel } from './test-support/all-kinds-model.js';
import { testCertificate } from './test-support/certificates.js';

const xml = registerCertificateXml(allKindsModel, testCertificate(allKindsModel, allKindsAnswers, ALL_KINDS_TODAY));

function errorsOf(message: string): string[] {
  const parsed = parseRegisterCertificate(message, [allKindsModel]);
  return parsed.ok ? [] : parsed.errors.map((error) => error.text);
}

/** The export with the first match of `pattern` replaced. */
function changed(pattern: RegExp | string, replacement: string): string {
  const result = xml.replace(pattern, replacement);
  if (result === xml) throw new Error(`no match for ${String(pattern)}`);
  return result;
}

describe('svar and delsvar', () => {
  test.each([
    ['an unknown svar id', changed('<svar id="17">', '<svar id="77">'), "Okänt svar-id '77'."],
    [
      'an unknown delsvar id',
      changed('<delsvar id="17.1">', '<delsvar id="17.9">'),
      "Okänt delsvar-id '17.9' i svar '17'.",
    ],
    [
      'text beside an element',
      changed(
        /<delsvar id="17.1">[\s\S]*?<\/delsvar>/,
        '<delsvar id="17.1">x<ns3:cv><ns3:code>a</ns3:code></ns3:cv></delsvar>',
      ),
      "Delsvar '17.1' (svar '17') blandar text med element.",
    ],
    [
      'markup inside a code',
      changed('<ns3:code>TVA</ns3:code>', '<ns3:code><ns3:b>TVA</ns3:b></ns3:code>'),
      "Delsvar '12.1' (svar '12'): 'cv/code' får bara innehålla text.",
    ],
    ['a svar twice', changed(/(<svar id="17">[\s\S]*?<\/svar>)/, '$1$1'), "Svar '17' förekommer mer än en gång."],
    [
      'a code that is no option',
      changed('<ns3:code>TVA</ns3:code>', '<ns3:code>TRE</ns3:code>'),
      "Delsvar '12.1' (svar '12'): koden 'TRE' (kodsystem 'KV_T12') är inte ett av alternativen ETT, TVA.",
    ],
    [
      'a code in the wrong code system',
      changed('<ns3:codeSystem>KV_T12</ns3:codeSystem>', '<ns3:codeSystem>KV_T99</ns3:codeSystem>'),
      "Delsvar '12.1' (svar '12'): koden 'TVA' ska ha kodsystem 'KV_T12', inte 'KV_T99'.",
    ],
    [
      'an unknown diagnosis code system',
      changed('<ns3:codeSystem>1.2.752.116.1.3.1.4.1</ns3:codeSystem>', '<ns3:codeSystem>1.2.3</ns3:codeSystem>'),
      "Delsvar '6.2' (svar '6'): diagnoskodsystemet '1.2.3' är okänt; kända: 1.2.752.116.1.1.1.1.3, 1.2.752.116.1.3.1.4.1.",
    ],
    [
      'a broken date',
      changed('<delsvar id="13.1">2024-03-10</delsvar>', '<delsvar id="13.1">2024-02-30</delsvar>'),
      "Delsvar '13.1' (svar '13') ska vara ett datum ÅÅÅÅ-MM-DD, men är '2024-02-30'.",
    ],
    [
      'a broken boolean',
      changed('<delsvar id="15.1">false</delsvar>', '<delsvar id="15.1">nej</delsvar>'),
      "Delsvar '15.1' (svar '15') ska vara true eller false, men är 'nej'.",
    ],
    [
      'a text where a cv belongs',
      changed(/<delsvar id="12.1">[\s\S]*?<\/delsvar>/, '<delsvar id="12.1">TVA</delsvar>'),
      "Delsvar '12.1' (svar '12') ska vara en kod (cv), men är en text.",
    ],
    [
      'a year with the wrong precision',
      changed('<ns3:format>YYYY</ns3:format>', '<ns3:format>YYYY-MM</ns3:format>'),
      "Delsvar '9.1' (svar '9') har formatet 'YYYY-MM'; tillåtet är YYYY.",
    ],
    [
      'a delsvar in the instance of another option',
      changed(
        '<delsvar id="1.2">2024-03-14</delsvar>',
        '<delsvar id="1.2">2024-03-14</delsvar><delsvar id="1.3">x</delsvar>',
      ),
      "Delsvar '1.3' (svar '1', instans 1) får bara finnas i den instans av svar '1' som har koden 'JOURNAL' eller 'ANNAT'.",
    ],
    [
      'a duplicate instance',
      changed('<instans>2</instans>', '<instans>1</instans>'),
      "Instans 1 av svar '1' förekommer mer än en gång.",
    ],
    [
      'rows without instance numbers',
      xml.replace(/<instans>\d<\/instans>/g, ''),
      "Svar '1' förekommer flera gånger; varje förekomst ska ha en instans.",
    ],
    [
      'an instance that is no number',
      changed('<instans>2</instans>', '<instans>två</instans>'),
      "Svar '1' har instans 'två'; instans ska vara ett positivt heltal.",
    ],
    [
      'an instance without its code',
      changed(/<delsvar id="4.1">[\s\S]*?<\/delsvar>/, ''),
      "Svar '4' instans 1 saknar delsvar '4.1'.",
    ],
    [
      'an acuity that is no number',
      changed('<delsvar id="11.2">0.5</delsvar>', '<delsvar id="11.2">0,5</delsvar>'),
      "Delsvar '11.2' (svar '11') ska vara ett decimaltal som 0.5, men är '0,5'.",
    ],
    [
      'an unknown data type',
      changed(
        /<delsvar id="17.1">[\s\S]*?<\/delsvar>/,
        '<delsvar id="17.1"><ns3:ii><ns3:root>1</ns3:root></ns3:ii></delsvar>',
      ),
      "Delsvar '17.1' (svar '17') innehåller elementet 'ii', som inte är text, cv, datePeriod, partialDate eller pq.",
    ],
  ])('%s', (_name, message, expected) => {
    expect(errorsOf(message)).toContain(expected);
  });
});

describe('header and choice of model', () => {
  test.each([
    [
      'an unknown type',
      changed('<ns3:code>RIVTEST</ns3:code>', '<ns3:code>LUSE</ns3:code>'),
      "Okänd intygstyp 'LUSE' (kodsystem 'b64ea353-e8f6-4832-b563-fc7d46f29548').",
    ],
    [
      'an unknown version',
      changed('<version>1.0</version>', '<version>3.0</version>'),
      "Okänd version '3.0' av intygstypen 'RIVTEST'; kända versioner: 0.9, 1.0.",
    ],
    [
      'the type in another code system',
      changed(
        '<ns3:codeSystem>b64ea353-e8f6-4832-b563-fc7d46f29548</ns3:codeSystem>',
        '<ns3:codeSystem>x</ns3:codeSystem>',
      ),
      "Intygstypen 'RIVTEST' ska ha kodsystem 'b64ea353-e8f6-4832-b563-fc7d46f29548', inte 'x'.",
    ],
    ['no version', changed('<version>1.0</version>', ''), "Elementet 'intyg/version' saknas."],
    [
      'no signing time',
      changed(/<signeringstidpunkt>.*<\/signeringstidpunkt>/, ''),
      "Elementet 'intyg/signeringstidpunkt' saknas.",
    ],
    [
      'a signing time without seconds',
      changed('<signeringstidpunkt>2024-03-15T10:15:00', '<signeringstidpunkt>2024-03-15T10:15'),
      "'intyg/signeringstidpunkt' ska vara en tidpunkt ÅÅÅÅ-MM-DDTtt:mm:ss, men är '2024-03-15T10:15'.",
    ],
    [
      'a short person id',
      changed('<ns3:extension>191212121212</ns3:extension>', '<ns3:extension>121212-1212</ns3:extension>'),
      "'intyg/patient/person-id/extension' ska vara 12 siffror, men är '121212-1212'.",
    ],
    [
      'markup inside the version',
      changed('<version>1.0</version>', '<version><b>1.0</b></version>'),
      "Elementet 'intyg/version' får bara innehålla text.",
    ],
    [
      'an unknown element in intyg',
      changed('<version>', '<extra>x</extra><version>'),
      "Okänt element 'extra' i 'intyg'.",
    ],
    ['no unit', changed(/<enhet>[\s\S]*<\/enhet>/, ''), "Elementet 'intyg/skapadAv/enhet' saknas."],
  ])('%s', (_name, message, expected) => {
    expect(errorsOf(message)).toContain(expected);
  });

  test('reports every problem of a message at once', () => {
    const message = changed('<svar id="17">', '<svar id="77">').replace('<instans>2</instans>', '<instans>1</instans>');
    expect(errorsOf(message)).toEqual(["Instans 1 av svar '1' förekommer mer än en gång.", "Okänt svar-id '77'."]);
  });

  test('a model with a broken transport mapping gives an error, not an exception', () => {
    const broken = {
      ...allKindsModel,
      elements: [
        {
          id: '1',
          kind: 'textField' as const,
          fieldId: '1.1',
          label: 'x',
          transport: { kind: 'codeInstances' as const, svarId: '1', delsvarId: '1.1' },
        },
      ],
    };
    const parsed = parseRegisterCertificate(xml, [broken]);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors[0]?.text).toBe(
      "Intygstypen 'RIVTEST' version '1.0' kan inte läsas på grund av ett fel i modellen: Element '1' (textField) cannot travel as 'codeInstances'",
    );
  });
});

describe('validation of an imported certificate', () => {
  const received = { today: ALL_KINDS_TODAY };
  const imported = (message: string) => {
    const parsed = parseRegisterCertificate(message, [allKindsModel]);
    if (!parsed.ok) return expect.fail(parsed.errors.map((e) => e.text).join('\n'));
    return parsed.certificate;
  };

  test('names the rule, the element, the field and the Swedish message', () => {
    const answers = { ...allKindsAnswers, '1': [{ code: 'UNDERSOKNING', date: '2024-03-16' }] };
    const message = registerCertificateXml(allKindsModel, testCertificate(allKindsModel, answers, ALL_KINDS_TODAY));
    expect(validateRegisteredCertificate(allKindsModel, imported(message), received).map((e) => e.text)).toEqual([
      "Regel 'date.max' för element '1', fält 'UNDERSOKNING': Ange ett datum som är senast 2024-03-15.",
    ]);
  });

  test('judges dates as on the day it is received, not as on the signing day', () => {
    // Signed on the 13th with a date of the 14th: the receiving store judges by its own today.
    const signedEarlier = { ...imported(xml), signedAt: '2024-03-13T09:00:00' };
    expect(validateRegisteredCertificate(allKindsModel, signedEarlier, received)).toEqual([]);
    expect(
      validateRegisteredCertificate(allKindsModel, imported(xml), { today: '2024-03-13' }).map((e) => e.text),
    ).toContain("Regel 'date.max' för element '1', fält 'UNDERSOKNING': Ange ett datum som är senast 2024-03-13.");
  });

  test("a today that is not a date is the caller's error", () => {
    expect(() => validateRegisteredCertificate(allKindsModel, imported(xml), { today: '2024-02-30' })).toThrow(
      RangeError,
    );
  });

  test('leaves out editor-only rules: a diagnosis description longer than the input field is accepted', () => {
    const long = 'Lumbago med utstrålning i vänster ben, debuterade efter lyft på arbetet, kvarstående besvär';
    expect(long.length).toBeGreaterThan(81);
    const answers = { ...allKindsAnswers, '6': [{ code: 'M545', description: long, system: 'KSH_97_P' }] };
    const message = registerCertificateXml(allKindsModel, testCertificate(allKindsModel, answers, ALL_KINDS_TODAY));
    const certificate = imported(message);
    expect(certificate.answers['6']).toEqual([{ code: 'M545', description: long, system: 'KSH_97_P' }]);
    expect(validateRegisteredCertificate(allKindsModel, certificate, received)).toEqual([]);
    // Our own drafts are still held to it.
    const drafts = validateCertificate(compileModel(allKindsModel), answers, received).map((e) => e.ruleId);
    expect(drafts).toEqual(['diagnoses.descriptionLimit']);
    expect(EDITOR_ONLY_RULE_IDS).toEqual(['diagnoses.descriptionLimit']);
  });

  test('reports answers of the wrong shape instead of throwing', () => {
    const wrong = { ...imported(xml), answers: { ...imported(xml).answers, '13': 42 } };
    const texts = validateRegisteredCertificate(allKindsModel, wrong, received).map((e) => e.text);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/^Svaret på '13' har fel form \(13\): /);
  });
});
