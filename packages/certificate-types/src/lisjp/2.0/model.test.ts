/** Behaviour of the FK7804 v2.0 rules that the fixtures do not pin down on their own (domain.md §1.3.b, §2.5). */
import { compileModel, evaluateForm } from '@intyg/core';
import type { Answers } from '@intyg/core';
import { describe, expect, it } from 'vitest';
import { lisjpV2 } from './model.js';
import { allElements } from '../../common/test-support/model-texts.js';

const compiled = compileModel(lisjpV2);
const today = '2025-10-01';
const form = (answers: Answers) => evaluateForm(compiled, answers, today);
const period = (code: string, from: string, to = '2025-10-31') => ({ code, from, to });

describe('lisjp 2.0 model', () => {
  it('shows the early-start message only for a period starting more than 7 days back', () => {
    expect(form({ '32': [period('HALFTEN', '2025-09-24')] }).element('earlyStartDate').visible).toBe(false);
    expect(form({ '32': [period('HALFTEN', '2025-09-23')] }).element('earlyStartDate').visible).toBe(true);
    expect(
      form({
        '32': [period('HELT_NEDSATT', '2025-10-01'), period('EN_FJARDEDEL', '2025-09-01', '2025-09-30')],
      }).element('earlyStartDate').visible,
    ).toBe(true);
  });

  it('hides the listed categories and questions when 27.1 is ticked, but not diagnosis, assessment or övrigt', () => {
    const state = form({ '27': true });
    const hidden = ['KAT_2', 'KAT_3', 'KAT_5', 'KAT_6', 'KAT_7', 'KAT_9', 'KAT_10', 'KAT_12'];
    const hiddenQuestions = ['1', '28', '35', '17', '19', '37', '34', '39', '44', '26'];
    for (const id of [...hidden, ...hiddenQuestions]) expect(state.element(id).visible, id).toBe(false);
    for (const id of ['KAT_1', '27', 'KAT_4', '6', 'KAT_8', '32', 'KAT_11', '25', 'UNIT_CONTACT_INFORMATION']) {
      expect(state.element(id).visible, id).toBe(true);
    }
    for (const id of hiddenQuestions) expect(form({ '27': false }).element(id).visible, id).toBe(true);
  });

  it('asks 33 only for a partial sick leave, and 33.2 only when 33 is Ja', () => {
    expect(form({ '32': [period('HELT_NEDSATT', '2025-10-01')] }).element('33').visible).toBe(false);
    for (const grade of ['EN_FJARDEDEL', 'HALFTEN', 'TRE_FJARDEDEL']) {
      const state = form({ '32': [period(grade, '2025-10-01')] }).element('33');
      expect(state.visible && state.mandatory, grade).toBe(true);
    }
    const partial = { '32': [period('HALFTEN', '2025-10-01')] };
    expect(form({ ...partial, '33': false }).element('33.2').visible).toBe(false);
    expect(form({ ...partial, '33': true }).element('33.2').visible).toBe(true);
  });

  it('asks for months only with ATER_X_ANTAL_MANADER and for grounds only with PROGNOS_OKLAR', () => {
    expect(form({ '39': 'ATER_X_ANTAL_MANADER' }).element('39.4').visible).toBe(true);
    expect(form({ '39': 'ATER_X_ANTAL_MANADER' }).element('39.2').visible).toBe(false);
    expect(form({ '39': 'PROGNOS_OKLAR' }).element('39.2').visible).toBe(true);
    expect(form({ '39': 'PROGNOS_OKLAR' }).element('39.4').visible).toBe(false);
  });

  it('limits 1.3 to 50 characters and the other free texts to 4000', () => {
    const state = form({ '1': [{ code: 'ANNAT', date: today }], '28': ['NUVARANDE_ARBETE'], '26': true });
    expect(state.element('1.3').textLimit).toBe(50);
    for (const id of ['29', '35', '17', '19', '37', '44', '25', '26.2'])
      expect(state.element(id).textLimit, id).toBe(4000);
  });

  it('does not renew exactly the elements §2.5 lists', () => {
    const notRenewed = allElements(lisjpV2.elements)
      .filter((element) => element.includeWhenRenewing === false)
      .map((element) => element.id)
      .sort();
    expect(notRenewed).toEqual(
      ['1', '1.3', '26', '26.2', '32', '39', '39.2', '39.4', 'UNIT_CONTACT_INFORMATION'].sort(),
    );
  });

  it('accepts ICD-10-SE only and offers the four grades with their percentages', () => {
    const elements = allElements(lisjpV2.elements);
    const diagnoses = elements.find((element) => element.id === '6');
    expect(diagnoses?.kind === 'diagnoses' && diagnoses.codeSystems.map((system) => system.id)).toEqual(['ICD_10_SE']);
    const periods = elements.find((element) => element.id === '32');
    expect(periods?.kind === 'sickLeavePeriods' && periods.options.map((o) => [o.id, o.percent])).toEqual([
      ['EN_FJARDEDEL', 25],
      ['HALFTEN', 50],
      ['TRE_FJARDEDEL', 75],
      ['HELT_NEDSATT', 100],
    ]);
  });
});
