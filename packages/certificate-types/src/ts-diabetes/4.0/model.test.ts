/**
 * Behaviour of the ts-diabetes v4 rules and transport mapping that the fixtures do not pin down on their own
 * (domain.md §1.10), and what reference/samples/ts-diabetes__1.4.xml is under v4.
 */
import {
  compileModel,
  evaluateForm,
  KV_INTYGSTYP,
  KV_UTLATANDETYP,
  transportOf,
  validateCertificate,
} from '@intyg/core';
import type { Answers } from '@intyg/core';
import { describe, expect, it } from 'vitest';
import { unitContactAnswer } from '../../common/fixture-helpers.js';
import { HIGHER_LICENCE_CODES, LOWER_LICENCE_CODES } from '../../common/ts-code-systems.js';
import { avser, bedomning, tsDiabetesV4 } from './model.js';
import { allElements } from '../../common/test-support/model-texts.js';

const compiled = compileModel(tsDiabetesV4);
const today = '2025-10-01';
const form = (answers: Answers) => evaluateForm(compiled, answers, today);
const LICENCES = [...LOWER_LICENCE_CODES, ...HIGHER_LICENCE_CODES];

/** `svar/delsvar` → the elements that send it. */
function delsvarOwners(): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  const add = (key: string, id: string) => owners.set(key, [...(owners.get(key) ?? []), id]);
  for (const element of allElements(tsDiabetesV4.elements)) {
    const mapping = transportOf(element);
    if (mapping?.kind === 'value' || mapping?.kind === 'codeInstances') {
      add(`${mapping.svarId}/${mapping.delsvarId}`, element.id);
    }
    if (mapping?.kind === 'optionBooleans') {
      for (const id of Object.values(mapping.delsvar)) add(`${mapping.svarId}/${id}`, element.id);
    }
  }
  return owners;
}

describe('ts-diabetes 4.0 rules', () => {
  it('asks 208 only with medication, and 209, 210 and the R30 hypoglycaemia questions only with a risk', () => {
    expect(form({ '207': false, '208': true }).element('208').visible).toBe(false);
    expect(form({ '207': false, '208': true }).element('210').visible).toBe(false);
    expect(form({ '207': true }).element('208').mandatory).toBe(true);
    for (const id of ['209', '210', '200', '201', '110', '202', '106', '107']) {
      expect(form({ '207': true, '208': false }).element(id).visible, id).toBe(false);
      expect(form({ '207': true, '208': true }).element(id).mandatory, id).toBe(true);
    }
  });

  it('shows the hypoglycaemia category for a risk or a higher licence, and 203/204 only for a higher licence', () => {
    expect(form({ '1': [avser('VAR16')] }).element('KAT_4').visible).toBe(false);
    expect(form({ '207': true, '208': true }).element('KAT_4').visible).toBe(true);
    expect(form({ '207': true, '208': true }).element('203').visible).toBe(false);
    for (const code of HIGHER_LICENCE_CODES) {
      expect(form({ '1': [avser(code)] }).element('203').mandatory, code).toBe(true);
      expect(form({ '1': [avser(code)] }).element('204').mandatory, code).toBe(true);
      expect(form({ '1': [avser(code)] }).element('200').visible, code).toBe(false);
    }
  });

  it('nests the follow-ups: 200.2 for Nej, 106.x for Ja, 107.5 only after 107.3 = Ja', () => {
    const risk = { '207': true, '208': true };
    expect(form({ ...risk, '200': false }).element('200.2').mandatory).toBe(true);
    expect(form({ ...risk, '200': true }).element('200.2').visible).toBe(false);
    expect(form({ ...risk }).element('200.2').visible).toBe(false);
    expect(form({ ...risk, '106': true }).element('106.5').mandatory).toBe(true);
    expect(form({ ...risk, '107': true, '107.3': false }).element('107.5').visible).toBe(false);
    expect(form({ ...risk, '107': false, '107.3': true }).element('107.5').visible).toBe(false);
    expect(form({ ...risk, '107': true, '107.3': true }).element('107.5').mandatory).toBe(true);
  });

  it('makes "Kan inte ta ställning" and the licences exclude each other in Bedömning', () => {
    const licences = LICENCES.map(bedomning);
    expect(form({ '33': [bedomning('VAR11')] }).element('33').disabledOptions).toEqual(licences);
    expect(form({ '33': [bedomning('VAR13')] }).element('33').disabledOptions).toEqual([bedomning('VAR11')]);
  });

  it('gives the shared licence codes distinct option ids, sent with the national code', () => {
    const options = (id: string) => {
      const element = allElements(tsDiabetesV4.elements).find((e) => e.id === id);
      return element?.kind === 'checkboxCodeList' ? element.options : [];
    };
    expect(options('1').map((o) => [o.id, o.code])).toEqual(LICENCES.map((code) => [avser(code), code]));
    expect(options('33').map((o) => o.code)).toEqual([...LICENCES, 'VAR11']);
  });
});

describe('ts-diabetes 4.0 transport', () => {
  it('identifies itself as TSTRK1031 in KV_UTLATANDETYP, as v4 UtlatandeToIntyg does', () => {
    expect(tsDiabetesV4.typeCode).toBe('TSTRK1031');
    expect(tsDiabetesV4.transport.typeCodeSystem).toBe(KV_UTLATANDETYP);
    expect(tsDiabetesV4.transport.versions).toEqual(['4.0']);
  });

  it('sends 209 as three booleans beside 209.4, dates as partial dates, and no delsvar twice', () => {
    const owners = delsvarOwners();
    expect(['209.1', '209.2', '209.3'].map((id) => owners.get(`209/${id}`))).toEqual([['209'], ['209'], ['209']]);
    expect(owners.get('209/209.4')).toEqual(['209.4']);
    for (const [delsvar, elements] of owners) expect(elements, delsvar).toHaveLength(1);
    const dates = allElements(tsDiabetesV4.elements).filter((e) => e.kind === 'date');
    expect(dates.map((e) => e.id)).toEqual(['210', '106.2', '107.5', '203.2']);
    for (const date of dates) expect(transportOf(date), date.id).toMatchObject({ partialDate: true });
  });

  /**
   * ts-diabetes__1.4.xml says version 4.0 but is not a v4 certificate. Its `typ` is TSTRK1031-002 in KV
   * intygstyp (the code of the abandoned `ts-diabetes-2` module), and it carries svar 41, 37, 100, 103, 8
   * (8.1–8.7), 45 and 108, which v4 no longer has (they are v3's; early v4 RespConstants still listed them,
   * the final v4 TransportToInternal ignores them). Its svar 18 with only 18.2 is correct v4: "Annan" is
   * sent without a cv. Nor is it a v3 certificate: v3 has no 205, 207, 208, 209, 210 and sends "Intyget
   * avser" as IAV codes. Read as v4 (unknown svar dropped, 18.2 meaning Annan) it lacks these answers.
   */
  it('reads the answers of ts-diabetes__1.4.xml as an incomplete v4 certificate', () => {
    const sample: Answers = {
      '1': LICENCES.map(avser),
      '2': 'IDK1',
      '205': 'VN1',
      '35': 2000,
      '18': 'ANNAN',
      '18.2': 'Annan diabetes',
      '207': true,
      '208': true,
      '209': ['INSULIN', 'TABLETTER', 'ANNAN_BEHANDLING'],
      '209.4': 'Annan behandling',
      '210': '2010-01-01',
      '110': true,
      '106': true,
      '106.2': '2010-01-01',
      '107': false,
      '32': 'Övrigt',
      '33': LICENCES.map(bedomning),
      '34': 'specialistkompetens',
      UNIT_CONTACT_INFORMATION: unitContactAnswer,
    };
    const errors = validateCertificate(compiled, sample, { today, patientBirthDate: '1912-12-12' });
    expect(errors.map((e) => `${e.ruleId} ${e.fieldId}`)).toEqual([
      'mandatory 200.1',
      'mandatory 201.1',
      'mandatory 202.1',
      'mandatory 106.3',
      'mandatory 106.5',
      'mandatory 203.1',
      'mandatory 204.1',
      'mandatory 206.1',
    ]);
    const owners = delsvarOwners();
    for (const svar of ['41/41.1', '37/37.1', '100/100.1', '103/103.1', '8/8.1', '45/45.1', '108/108.1']) {
      expect(owners.has(svar), svar).toBe(false);
    }
    expect(KV_INTYGSTYP).not.toBe(tsDiabetesV4.transport.typeCodeSystem);
  });
});
