/** Behaviour of the LISJP v1 rules that the fixtures do not pin down on their own (domain.md §1.3.a, §2.5). */
import { compileModel, evaluateForm } from '@intyg/core';
import type { Answers } from '@intyg/core';
import { describe, expect, it } from 'vitest';
import { lisjpV1 } from './model.js';
import { allElements } from '../../common/test-support/model-texts.js';

const compiled = compileModel(lisjpV1);
const today = '2025-10-01';
const form = (answers: Answers) => evaluateForm(compiled, answers, today);
const period = (code: string, from: string, to = '2025-10-31') => ({ code, from, to });
const grund = (...codes: string[]) => codes.map((code) => ({ code, date: today }));

const EJ_UNDERSOKNING = 'motiveringTillInteBaseratPaUndersokning';
const TIDIGT_STARTDATUM = 'motiveringTillTidigtStartdatumForSjukskrivning';

describe('lisjp 1.2 model', () => {
  it('asks why the certificate is not based on an examination only when it is based on something else', () => {
    expect(form({}).element(EJ_UNDERSOKNING).visible).toBe(false);
    expect(form({ '1': grund('UNDERSOKNING') }).element(EJ_UNDERSOKNING).visible).toBe(false);
    expect(form({ '1': grund('UNDERSOKNING', 'TELEFONKONTAKT') }).element(EJ_UNDERSOKNING).visible).toBe(false);
    for (const code of ['TELEFONKONTAKT', 'JOURNALUPPGIFTER', 'ANNAT']) {
      expect(form({ '1': grund(code) }).element(EJ_UNDERSOKNING).visible, code).toBe(true);
    }
    expect(form({ '1': grund('TELEFONKONTAKT') }).element(EJ_UNDERSOKNING).textLimit).toBe(150);
  });

  it('asks for the early-start motivation from 7 days back, as legacy Webcert', () => {
    expect(form({ '32': [period('HALFTEN', '2025-09-25')] }).element(TIDIGT_STARTDATUM).visible).toBe(false);
    expect(form({ '32': [period('HALFTEN', '2025-09-24')] }).element(TIDIGT_STARTDATUM).visible).toBe(true);
    expect(form({ '32': [period('HALFTEN', '2025-09-24')] }).element(TIDIGT_STARTDATUM).textLimit).toBe(150);
  });

  it('hides 1, 28/29, 35, 17, 33, 39, 40/44 and 26 when 27.1 is ticked', () => {
    const answers = {
      '27': true,
      '28': ['NUVARANDE_ARBETE'],
      '32': [period('HALFTEN', today)],
      '40': ['ARBETSTRANING'],
    };
    const state = form(answers);
    for (const id of ['1', '28', '29', '35', '17', '33', '39', '40', '44', '26']) {
      expect(state.element(id).visible, id).toBe(false);
    }
    for (const id of ['27', '6', '32', '19', '20', '37', '34', '25']) expect(state.element(id).visible, id).toBe(true);
    expect(form({ ...answers, '27': false }).element('33').visible).toBe(true);
  });

  it('makes EJ_AKTUELLT and the other measures exclude each other in the form, and shows 44 only with a measure', () => {
    const others = (lisjpV1Options('40') ?? []).filter((code) => code !== 'EJ_AKTUELLT');
    expect(form({ '40': ['EJ_AKTUELLT'] }).element('40').disabledOptions).toEqual(others);
    expect(form({ '40': ['ERGONOMISK'] }).element('40').disabledOptions).toEqual(['EJ_AKTUELLT']);
    expect(form({ '40': ['EJ_AKTUELLT'] }).element('44').visible).toBe(false);
    expect(form({ '40': ['ERGONOMISK'] }).element('44').visible).toBe(true);
  });

  it('shows the month dropdown 39.3 only with ATER_X_ANTAL_DGR', () => {
    expect(form({ '39': 'ATER_X_ANTAL_DGR' }).element('39.3').visible).toBe(true);
    expect(form({ '39': 'PROGNOS_OKLAR' }).element('39.3').visible).toBe(false);
  });

  it('limits övriga upplysningar to 2700 characters', () => {
    expect(form({}).element('25').textLimit).toBe(2700);
  });

  it('does not renew what LisjpModuleApiV1.createRenewalFromTemplate clears (§2.5)', () => {
    const notRenewed = allElements(lisjpV1.elements)
      .filter((element) => element.includeWhenRenewing === false)
      .map((element) => element.id)
      .sort();
    expect(notRenewed).toEqual(
      [
        '1',
        '1.3',
        EJ_UNDERSOKNING,
        '32',
        TIDIGT_STARTDATUM,
        '33',
        '33.2',
        '39',
        '39.3',
        '26',
        '26.2',
        'UNIT_CONTACT_INFORMATION',
      ].sort(),
    );
  });

  it('accepts ICD-10-SE and KSH97-P with their OIDs', () => {
    const diagnoses = allElements(lisjpV1.elements).find((element) => element.id === '6');
    expect(diagnoses?.kind === 'diagnoses' && diagnoses.codeSystems).toEqual([
      { id: 'ICD_10_SE', label: 'ICD-10-SE', oid: '1.2.752.116.1.1.1.1.3' },
      { id: 'KSH_97_P', label: 'KSH97-P', oid: '1.2.752.116.1.3.1.4.1' },
    ]);
  });
});

function lisjpV1Options(id: string): string[] | undefined {
  const element = allElements(lisjpV1.elements).find((e) => e.id === id);
  return element && 'options' in element ? element.options.map((option) => option.id) : undefined;
}
