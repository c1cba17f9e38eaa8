import { describe, expect, it } from 'vitest';
import type { Answers } from '../model/answers.js';
import { compileModel } from '../model/compile.js';
import { KITCHEN_SINK_TODAY as today, kitchenSinkModel } from '../test-support/kitchen-sink-model.js';
import { applyAutoFill, visibleAnswers } from './answers-transform.js';
import { evaluateForm } from './form-state.js';

const compiled = compileModel(kitchenSinkModel);

describe('evaluateForm', () => {
  it('shows an element only while its show rule is true', () => {
    expect(evaluateForm(compiled, {}, today).element('3').visible).toBe(false);
    expect(evaluateForm(compiled, { '2': ['NUVARANDE_ARBETE'] }, today).element('3').visible).toBe(true);
    expect(
      evaluateForm(compiled, { '7': [{ code: 'HALFTEN', from: '2025-03-01', to: '2025-03-31' }] }, today).element(
        'earlyStartDate',
      ).visible,
    ).toBe(true);
    expect(
      evaluateForm(compiled, { '7': [{ code: 'HALFTEN', from: '2025-03-10', to: '2025-03-31' }] }, today).element(
        'earlyStartDate',
      ).visible,
    ).toBe(false);
  });

  it('hides an element while its hide rule is true, and all its descendants with it', () => {
    const answers: Answers = { '1': true, '2': ['NUVARANDE_ARBETE'], '12': 'ATER_X_ANTAL_MANADER' };
    const form = evaluateForm(compiled, answers, today);
    expect(form.element('KAT_2').visible).toBe(false);
    expect(form.element('2').visible).toBe(false);
    // 3's own show rule is true, but its category is hidden.
    expect(form.element('3').visible).toBe(false);
    expect(form.element('13').visible).toBe(false);
    expect(form.element('KAT_3').visible).toBe(true);
    expect(form.element('smitta').visible).toBe(true);
  });

  it('makes a visible element with a mandatory rule mandatory, and a hidden one not', () => {
    const shown = evaluateForm(compiled, { '2': ['NUVARANDE_ARBETE'] }, today).element('3');
    expect(shown).toMatchObject({ visible: true, mandatory: true, answered: false, textLimit: 100 });
    const hidden = evaluateForm(compiled, { '1': true, '2': ['NUVARANDE_ARBETE'] }, today).element('3');
    expect(hidden).toMatchObject({ visible: false, mandatory: false });
    const optional = evaluateForm(compiled, {}, today).element('10');
    expect(optional).toMatchObject({ visible: true, mandatory: false, answered: true });
  });

  it('counts an element as answered when its mandatory expression is true', () => {
    const form = evaluateForm(compiled, { '2': ['NUVARANDE_ARBETE'], '3': 'Snickare', '8': false }, today);
    expect(form.element('2').answered).toBe(true);
    expect(form.element('3').answered).toBe(true);
    expect(form.element('8').answered).toBe(true); // exists($8.1): a false answer exists
    expect(form.element('6').answered).toBe(false);
  });

  it('disables an element and options while their rules are true', () => {
    const form = evaluateForm(compiled, { '1': true, '2': ['EJ_AKTUELLT'] }, today);
    expect(form.element('15').disabled).toBe(true);
    expect(form.element('2').disabledOptions).toEqual(['NUVARANDE_ARBETE', 'ARBETSSOKANDE', 'STUDIER']);
    const plain = evaluateForm(compiled, { '2': ['STUDIER'] }, today);
    expect(plain.element('15').disabled).toBe(false);
    expect(plain.element('2').disabledOptions).toEqual([]);
    expect(plain.element('2').textLimit).toBeUndefined();
  });

  it('explains which rules hid an element, including an ancestor’s', () => {
    const form = evaluateForm(compiled, { '1': true, '2': ['NUVARANDE_ARBETE'] }, today);
    const why = form.explain('3');
    expect(why.hiddenByAncestor).toBe('KAT_2');
    expect(why.hiddenBy).toHaveLength(1);
    expect(why.hiddenBy[0]).toMatchObject({
      rule: { kind: 'hide', elementId: 'KAT_2', expression: '$1.1' },
      value: true,
    });
    expect(why.hiddenBy[0]?.trace).toMatchObject({ text: '$1.1', value: true });
    expect(why.mandatory[0]).toMatchObject({ rule: { kind: 'mandatory' }, value: false });
    expect(why.rules.map((o) => o.rule.kind)).toEqual(['show', 'mandatory']);

    const own = evaluateForm(compiled, {}, today).explain('3');
    expect(own.hiddenByAncestor).toBeUndefined();
    expect(own.hiddenBy.map((o) => o.rule.expression)).toEqual(['$NUVARANDE_ARBETE']);
    expect(evaluateForm(compiled, { '2': ['NUVARANDE_ARBETE'] }, today).explain('3').hiddenBy).toEqual([]);

    // 13 sits under 12 under KAT_5; the category is what hides it.
    const grandchild = evaluateForm(compiled, { '1': true, '12': 'ATER_X_ANTAL_MANADER' }, today).explain('13');
    expect(grandchild.hiddenByAncestor).toBe('KAT_5');
    expect(grandchild.hiddenBy.map((o) => o.rule.elementId)).toEqual(['KAT_5']);
  });

  it('lists the check rules whose expression is true, only while the element is visible', () => {
    const long = { '17': { from: '2025-03-15', to: '2025-03-29' } };
    expect(evaluateForm(compiled, long, today).element('17').failedChecks).toEqual(['periodLength']);
    expect(
      evaluateForm(compiled, { '17': { from: '2025-03-15', to: '2025-03-28' } }, today).element('17'),
    ).toMatchObject({ failedChecks: [], answered: true, visible: true });
    // 19 is later than the examination date 15; a hidden element reports no check.
    const later = { '15': '2025-03-01', '19': '2025-03-02' };
    expect(evaluateForm(compiled, later, today).element('19').failedChecks).toEqual(['afterExamination']);
    expect(evaluateForm(compiled, {}, today).element('19').failedChecks).toEqual([]);
  });

  it('explains check rules with the other rules, and lets them decide nothing else', () => {
    const form = evaluateForm(compiled, { '17': { from: '2025-03-15', to: '2025-04-15' } }, today);
    const why = form.explain('17');
    expect(why.rules.map((o) => [o.rule.kind, o.value])).toEqual([
      ['mandatory', true],
      ['check', true],
    ]);
    expect(why.rules[1]?.trace).toMatchObject({ text: '($17.1.to - $17.1.from) >= 14', value: true });
    expect(why.hiddenBy).toEqual([]);
    expect(form.element('17')).toMatchObject({ visible: true, mandatory: true, answered: true, disabled: false });
  });

  it('lets a checkbox and a visual-acuity table disable each other', () => {
    const ticked = evaluateForm(compiled, { '20': true }, today);
    expect(ticked.element('21')).toMatchObject({ disabled: true, answered: true });
    expect(ticked.element('20').disabled).toBe(false);
    const filled = evaluateForm(
      compiled,
      { '21': { right: { withoutCorrection: 1 }, left: {}, binocular: {} } },
      today,
    );
    expect(filled.element('20').disabled).toBe(true);
    expect(filled.element('21').disabled).toBe(false);
  });

  it('refuses an unknown element id', () => {
    expect(() => evaluateForm(compiled, {}, today).element('nope')).toThrow(RangeError);
  });
});

describe('applyAutoFill', () => {
  it('sets the boolean while the rule is true and leaves the input unchanged', () => {
    const answers: Answers = { '7': [{ code: 'HELT_NEDSATT', from: '2025-03-01', to: '2025-03-31' }] };
    const filled = applyAutoFill(compiled, answers, today);
    expect(filled['16']).toBe(true);
    expect(answers['16']).toBeUndefined();
    expect(filled['7']).toBe(answers['7']);
  });

  it('ignores check rules', () => {
    const answers: Answers = { '17': { from: '2025-03-15', to: '2025-04-15' } };
    expect(applyAutoFill(compiled, answers, today)).toEqual(answers);
  });

  it('leaves the answer as it is while the rule is false', () => {
    expect(applyAutoFill(compiled, { '16': false }, today)).toEqual({ '16': false });
    expect(applyAutoFill(compiled, {}, today)).toEqual({});
  });
});

describe('visibleAnswers', () => {
  it('keeps only the answers of visible elements', () => {
    const answers: Answers = {
      '1': true,
      '2': ['NUVARANDE_ARBETE'],
      '3': 'Snickare',
      '6': [{ code: 'J20', description: 'Akut bronkit' }],
      '10': true,
      '11': 'kvar från ett tidigare svar',
      '13': 3,
    };
    expect(visibleAnswers(compiled, answers, today)).toEqual({
      '1': true,
      '6': [{ code: 'J20', description: 'Akut bronkit' }],
      '10': true,
    });
  });

  it('drops keys that are not elements of the model', () => {
    expect(visibleAnswers(compiled, { nope: 'x', '10': false }, today)).toEqual({ '10': false });
  });
});
