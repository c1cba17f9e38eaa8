/**
 * The mapping options legacy types need, on the models that use them: AG1-14 v1's diagnoses as one
 * svar 4 per row (diagnosisInstances) and its grade 7.1 as a `pq` in % (quantityUnit), and ts-diabetes
 * v4's "Annan" type of diabetes sent without a code, implied by 18.2 (uncodedOption).
 */
import { certificateFixtures, certificateModels } from '@intyg/certificate-types';
import { modelKey } from '@intyg/core';
import type { Answers, CertificateModel } from '@intyg/core';
import { describe, expect, test } from 'vitest';
import {
  checkTransport,
  parseRegisterCertificate,
  registerCertificateXml,
  validateRegisteredCertificate,
} from './index.js';
import { allKindsModel } from './test-support/all-kinds-model.js';
import { testCertificate } from './test-support/certificates.js';
import { validateAgainstSchema } from './test-support/xmllint.js';

function registered(key: string): { model: CertificateModel; maximal: Answers; today: string } {
  const model = certificateModels.find((m) => modelKey(m) === key);
  const fixtures = certificateFixtures[key];
  if (model === undefined || fixtures === undefined) throw new Error(`no model or fixtures for ${key}`);
  return { model, maximal: fixtures.maximal, today: fixtures.today };
}

const ag114 = registered('ag114/1.0');
const tsDiabetes = registered('ts-diabetes/4.0');

function exported(model: CertificateModel, answers: Answers, today: string): string {
  return registerCertificateXml(model, testCertificate(model, answers, today));
}

/** The svar elements with this id, as text. */
function svarOf(xml: string, id: string): string[] {
  return [...xml.matchAll(/<svar id="([^"]+)">[\s\S]*?<\/svar>/g)].filter((m) => m[1] === id).map((m) => m[0]);
}

function imported(xml: string) {
  const parsed = parseRegisterCertificate(xml, certificateModels);
  if (!parsed.ok) return expect.fail(parsed.errors.map((e) => e.text).join('\n'));
  return parsed.certificate;
}

function errorsOf(xml: string): string[] {
  const parsed = parseRegisterCertificate(xml, certificateModels);
  return parsed.ok ? [] : parsed.errors.map((e) => e.text);
}

/** The ag114 export with svar 4 replaced by `svar4` (any number of svar elements). */
function withSvar4(svar4: string): string {
  const xml = exported(ag114.model, ag114.maximal, ag114.today);
  const first = xml.indexOf('<svar id="4">');
  const last = xml.lastIndexOf('<svar id="4">');
  const end = xml.indexOf('</svar>', last) + '</svar>'.length;
  return `${xml.slice(0, first)}${svar4}${xml.slice(end)}`;
}

const diagnosisSvar = (instance: string | undefined, description: string, code: string) =>
  `<svar id="4">${instance === undefined ? '' : `<instans>${instance}</instans>`}` +
  `<delsvar id="4.1">${description}</delsvar><delsvar id="4.2"><ns3:cv><ns3:code>${code}</ns3:code>` +
  `<ns3:codeSystem>1.2.752.116.1.1.1.1.3</ns3:codeSystem></ns3:cv></delsvar></svar>`;

describe('AG1-14 v1 diagnoses: one svar 4 per row (diagnosisInstances)', () => {
  const rows = [
    { code: 'M545', description: 'Lumbago' },
    { code: 'F329', description: 'Depressiv episod, ospecificerad' },
    { code: 'G470', description: 'Insomni' },
  ];

  test.each([1, 2, 3])('%i diagnoses travel as instances 1…n of svar 4 and come back unchanged', (count) => {
    const answers = { ...ag114.maximal, '4': rows.slice(0, count) };
    const xml = exported(ag114.model, answers, ag114.today);
    const schema = validateAgainstSchema(xml);
    expect(schema.valid, schema.output).toBe(true);

    const svar = svarOf(xml, '4');
    expect(svar).toHaveLength(count);
    svar.forEach((item, index) => {
      expect(item).toContain(`<instans>${index + 1}</instans>`);
      expect(item).toContain(`<delsvar id="4.1">${rows[index]?.description}</delsvar>`);
      expect(item).toMatch(
        new RegExp(`<delsvar id="4.2">\\s*<ns3:cv>\\s*<ns3:code>${rows[index]?.code}</ns3:code>\\s*<ns3:codeSystem>`),
      );
    });
    const certificate = imported(xml);
    expect(certificate.answers['4']).toEqual(rows.slice(0, count));
    expect(validateRegisteredCertificate(ag114.model, certificate, { today: ag114.today })).toEqual([]);
  });

  test('a single svar 4 without instans is the first row (as in ag114__1.1.xml)', () => {
    const certificate = imported(withSvar4(diagnosisSvar(undefined, 'Klämskada skuldra', 'S47')));
    expect(certificate.answers['4']).toEqual([{ code: 'S47', description: 'Klämskada skuldra' }]);
  });

  test('the instance number is the row: a missing instance 2 leaves the second row empty', () => {
    const xml = withSvar4(diagnosisSvar('1', 'Lumbago', 'M545') + diagnosisSvar('3', 'Insomni', 'G470'));
    const certificate = imported(xml);
    expect(certificate.answers['4']).toEqual([
      { code: 'M545', description: 'Lumbago' },
      { code: '', description: '' },
      { code: 'G470', description: 'Insomni' },
    ]);
    expect(validateRegisteredCertificate(ag114.model, certificate, { today: ag114.today }).map((e) => e.text)).toEqual([
      expect.stringMatching(/^Regel 'diagnoses\.order' för element '4', fält 'diagnos2\.code'/),
    ]);
  });

  test('reports an instance beyond the rows, a repeated instance and repeated svar without instans', () => {
    expect(errorsOf(withSvar4(diagnosisSvar('1', 'Lumbago', 'M545') + diagnosisSvar('4', 'Insomni', 'G470')))).toEqual([
      "Svar '4' har instans 4; högst 3 instanser tas emot.",
    ]);
    expect(errorsOf(withSvar4(diagnosisSvar('2', 'Lumbago', 'M545') + diagnosisSvar('2', 'Insomni', 'G470')))).toEqual([
      "Instans 2 av svar '4' förekommer mer än en gång.",
    ]);
    expect(errorsOf(withSvar4(diagnosisSvar(undefined, 'Lumbago', 'M545').repeat(2)))).toEqual([
      "Svar '4' förekommer flera gånger; varje förekomst ska ha en instans.",
    ]);
  });
});

describe('AG1-14 v1 grade 7.1: a pq in % (quantityUnit)', () => {
  const xml = exported(ag114.model, { ...ag114.maximal, '7': 50 }, ag114.today);
  const pq = (value: string, unit: string) =>
    `<delsvar id="7.1"><ns3:pq><ns3:value>${value}</ns3:value><ns3:unit>${unit}</ns3:unit></ns3:pq></delsvar>`;
  const with71 = (delsvar: string) => xml.replace(/<delsvar id="7\.1">[\s\S]*?<\/delsvar>/, delsvar);

  test('is written as the sample writes it', () => {
    expect(svarOf(xml, '7')[0]).toMatch(
      /<delsvar id="7\.1">\s*<ns3:pq>\s*<ns3:value>50<\/ns3:value>\s*<ns3:unit>%<\/ns3:unit>\s*<\/ns3:pq>\s*<\/delsvar>/,
    );
    expect(imported(xml).answers['7']).toBe(50);
  });

  test('reads a whole number written as a double, as Webcert does', () => {
    expect(imported(with71(pq('89.0', '%'))).answers['7']).toBe(89);
  });

  test('reports another unit, a fraction and plain text', () => {
    expect(errorsOf(with71(pq('50', 'procent')))).toEqual([
      "Delsvar '7.1' (svar '7') har enheten 'procent'; enheten ska vara '%'.",
    ]);
    expect(errorsOf(with71(pq('50.5', '%')))).toEqual(["Delsvar '7.1' (svar '7') ska vara ett heltal, men är '50.5'."]);
    expect(errorsOf(with71('<delsvar id="7.1">50</delsvar>'))).toEqual([
      "Delsvar '7.1' (svar '7') ska vara en storhet (pq), men är en text.",
    ]);
  });
});

describe('ts-diabetes v4 18 "Annan": no code, implied by 18.2 (uncodedOption)', () => {
  const answers = { ...tsDiabetes.maximal, '18': 'ANNAN', '18.2': 'MODY' };
  const xml = exported(tsDiabetes.model, answers, tsDiabetes.today);

  test('export writes 18.2 alone for ANNAN, and the code of any other type', () => {
    expect(svarOf(xml, '18')).toEqual([expect.stringContaining('<delsvar id="18.2">MODY</delsvar>')]);
    expect(svarOf(xml, '18')[0]).not.toContain('18.1');
    const typ1 = exported(tsDiabetes.model, { ...answers, '18': 'TYP1' }, tsDiabetes.today);
    expect(svarOf(typ1, '18')[0]).toMatch(/<delsvar id="18\.1">\s*<ns3:cv>\s*<ns3:code>E10<\/ns3:code>/);
    expect(svarOf(typ1, '18')[0]).not.toContain('18.2');
  });

  test('import reads ANNAN from 18.2 without 18.1, and validates it', () => {
    const certificate = imported(xml);
    expect(certificate.answers['18']).toBe('ANNAN');
    expect(certificate.answers['18.2']).toBe('MODY');
    expect(validateRegisteredCertificate(tsDiabetes.model, certificate, { today: tsDiabetes.today })).toEqual([]);
  });

  test('import takes a code that is sent, and implies nothing without 18.2', () => {
    const typ2 = xml.replace(
      '<delsvar id="18.2">MODY</delsvar>',
      '<delsvar id="18.1"><ns3:cv><ns3:code>E11</ns3:code><ns3:codeSystem>1.2.752.116.1.1.1.1.3</ns3:codeSystem></ns3:cv></delsvar>',
    );
    expect(imported(typ2).answers['18']).toBe('TYP2');
    const neither = xml.replace(/<svar id="18">[\s\S]*?<\/svar>/, '');
    expect(imported(neither).answers['18']).toBeUndefined();
  });
});

describe('checkTransport of the new options', () => {
  const withElement = (element: CertificateModel['elements'][number]): CertificateModel => ({
    ...allKindsModel,
    elements: [...allKindsModel.elements, { id: 'KAT_9', kind: 'category', label: 'Mer', children: [element] }],
  });

  test('reports an uncodedOption implied by no other delsvar, and a quantityUnit on a non-integer', () => {
    expect(
      checkTransport(
        withElement({
          id: '30',
          kind: 'radioCode',
          fieldId: '30.1',
          label: 'Typ',
          options: [
            { id: 'ETT', label: 'Ett', codeSystem: 'KV_T30' },
            { id: 'ANNAN', label: 'Annan' },
          ],
          transport: {
            kind: 'value',
            svarId: '30',
            delsvarId: '30.1',
            uncodedOption: { option: 'ANNAN', impliedBy: '30.2' },
          },
        }),
      ),
    ).toEqual(["The uncodedOption of '30' is implied by '30.2', which is no other element's delsvar in svar '30'"]);
    expect(
      checkTransport(
        withElement({
          id: '31',
          kind: 'textField',
          fieldId: '31.1',
          label: 'Text',
          transport: { kind: 'value', svarId: '31', delsvarId: '31.1', quantityUnit: '%' },
        }),
      ),
    ).toEqual(["'31' (textField) has a quantityUnit; only an integer travels as pq"]);
  });

  test('reports diagnoses sent as instances in a svar whose instances another list already uses', () => {
    expect(
      checkTransport(
        withElement({
          id: '32',
          kind: 'diagnoses',
          label: 'Diagnoser',
          rows: [{ id: 'rad1' }],
          codeSystems: [{ id: 'ICD_10_SE', label: 'ICD-10-SE', oid: '1.2.752.116.1.1.1.1.3' }],
          descriptionLimit: 81,
          transport: { kind: 'diagnosisInstances', svarId: '1', descriptionDelsvarId: '1.5', codeDelsvarId: '1.6' },
        }),
      ),
    ).toEqual(["Svar '1' holds the rows of both '1' and '32'"]);
  });
});
