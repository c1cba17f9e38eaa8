import { describe, expect, it } from 'vitest';
import type { Answers } from '../model/answers.js';
import { compileModel } from '../model/compile.js';
import type { DiagnosisCodeLookup } from '../ports.js';
import { summary, valid, withElement } from '../test-support/kitchen-sink-answers.js';
import { KITCHEN_SINK_TODAY, kitchenSinkModel } from '../test-support/kitchen-sink-model.js';
import { validateCertificate } from './validate-certificate.js';
import type { ValidationError } from './validation-error.js';

const today = KITCHEN_SINK_TODAY; // 2025-03-15
const compiled = compileModel(kitchenSinkModel);

function validate(answers: Answers, diagnosisCodes?: DiagnosisCodeLookup): ValidationError[] {
  return validateCertificate(compiled, answers, diagnosisCodes ? { today, diagnosisCodes } : { today });
}

describe('validateCertificate', () => {
  it('accepts a complete certificate', () => {
    expect(validate(valid)).toEqual([]);
  });

  it('reports every unanswered mandatory element of an empty certificate, in display order, with its category', () => {
    const errors = validate({});
    expect(errors.map((e) => [e.ruleId, e.elementId, e.fieldId, e.categoryId, e.message.sv])).toEqual([
      ['mandatory', '2', '2', 'KAT_2', 'Välj minst ett alternativ.'],
      ['mandatory', '4', '4', 'KAT_2', 'Välj minst ett alternativ.'],
      ['mandatory', '6', 'huvuddiagnos.code', 'KAT_3', 'Ange minst en diagnos.'],
      ['mandatory', '7', '7', 'KAT_4', 'Välj minst ett alternativ.'],
      ['mandatory', '12', '12.1', 'KAT_5', 'Välj ett alternativ.'],
      ['mandatory', '15', '15.1', 'KAT_5', 'Ange ett datum.'],
      ['mandatory', '17', '17.1', 'KAT_7', 'Ange period.'],
      ['mandatory', '18', '18.1', 'KAT_7', 'Ange ett svar.'],
      ['visualAcuity.missing', '21', '21.right.withoutCorrection', 'KAT_7', 'Ange ett svar.'],
      ['visualAcuity.missing', '21', '21.left.withoutCorrection', 'KAT_7', 'Ange ett svar.'],
      ['visualAcuity.missing', '21', '21.binocular.withoutCorrection', 'KAT_7', 'Ange ett svar.'],
      ['mandatory', '22', '22[0].code', 'KAT_7', 'Välj ett alternativ.'],
      ['unitContact.missing', 'UNIT_CONTACT', 'address', 'KAT_6', 'Ange postadress.'],
      ['unitContact.missing', 'UNIT_CONTACT', 'zipCode', 'KAT_6', 'Ange postnummer.'],
      ['unitContact.missing', 'UNIT_CONTACT', 'city', 'KAT_6', 'Ange postort.'],
      ['unitContact.missing', 'UNIT_CONTACT', 'phone', 'KAT_6', 'Ange telefonnummer.'],
    ]);
    expect(errors[0]?.message.en).toBe('Select at least one option.');
  });

  it('reports a mandatory element that becomes visible, and not before', () => {
    const { '3': _, ...withoutText } = valid;
    expect(summary(validate(withoutText))).toEqual([['mandatory', '3', '3.1', 'Ange ett svar.']]);
    expect(validate({ ...withoutText, '2': ['STUDIER'] })).toEqual([]);
  });

  it('does not validate a hidden element, however invalid its value', () => {
    const answers: Answers = {
      ...valid,
      '2': ['STUDIER'], // hides 3
      '3': ' '.repeat(500),
      '12': 'STOR_SANNOLIKHET', // hides 13
      '13': 500,
    };
    expect(validate(answers)).toEqual([]);
  });

  it('does not report mandatory or invalid elements inside a hidden category', () => {
    // 1.1 hides KAT_2 (2, 3, 4, 5) and KAT_5 (12, 13, 14, 15).
    const { '2': _2, '3': _3, '12': _12, ...rest } = valid;
    const answers: Answers = {
      ...rest,
      '1': true,
      '4': [{ code: 'ANNAT', date: '2099-01-01' }],
      '15': '2099-01-01',
    };
    expect(validate(answers)).toEqual([]);
  });

  it('takes the text limit from the element’s textLimit rule', () => {
    expect(validate({ ...valid, '3': 'x'.repeat(100) })).toEqual([]);
    expect(summary(validate({ ...valid, '3': 'x'.repeat(101) }))).toEqual([
      ['text.limit', '3', '3.1', 'Ange en text som inte är längre än 100.'],
    ]);
  });

  it('reports whitespace-only text of a mandatory field once, as text.blank', () => {
    expect(summary(validate({ ...valid, '3': '   ' }))).toEqual([
      ['text.blank', '3', '3.1', 'Fältet får inte bara innehålla blanksteg.'],
    ]);
  });

  it('reports an incomplete period on its date rather than as a missing answer', () => {
    expect(summary(validate({ ...valid, '7': [{ code: 'HALFTEN', from: today, to: '' }], '8': false }))).toEqual([
      ['periods.incomplete', '7', 'HALFTEN.to', 'Ange ett datum.'],
    ]);
  });

  it('treats touching periods (to1 == from2) as overlapping and adjacent ones (to1 + 1 == from2) as not', () => {
    const touching = [
      { code: 'HELT_NEDSATT', from: '2025-03-10', to: '2025-03-20' },
      { code: 'HALFTEN', from: '2025-03-20', to: '2025-03-31' },
    ];
    expect(summary(validate({ ...valid, '7': touching, '8': false }))).toEqual([
      ['periods.overlap', '7', 'HALFTEN.from', 'Ange perioder som inte överlappar varandra.'],
    ]);
    const adjacent = [
      { code: 'HELT_NEDSATT', from: '2025-03-10', to: '2025-03-20' },
      { code: 'HALFTEN', from: '2025-03-21', to: '2025-03-31' },
    ];
    expect(validate({ ...valid, '7': adjacent, '8': false })).toEqual([]);
  });

  it('accepts today for a not-after-today date and refuses tomorrow', () => {
    expect(validate({ ...valid, '15': today })).toEqual([]);
    expect(summary(validate({ ...valid, '15': '2025-03-16' }))).toEqual([
      ['date.max', '15', '15.1', 'Ange ett datum som är senast 2025-03-15.'],
    ]);
  });

  it('checks that diagnosis codes exist only when a lookup is given', () => {
    const answers = {
      ...valid,
      '6': [
        { code: 'J20', description: 'Akut bronkit' },
        { code: 'X999', description: 'Påhittad' },
      ],
    };
    expect(validate(answers)).toEqual([]);
    const lookup: DiagnosisCodeLookup = { exists: (system, code) => system === 'ICD_10_SE' && code === 'J20' };
    expect(summary(validate(answers, lookup))).toEqual([
      ['diagnoses.codeUnknown', '6', 'diagnos2.code', 'Diagnoskod är ej giltig.'],
    ]);
  });

  it('validates content of elements that are not mandatory', () => {
    // 11 is optional and shown when 10.1 is answered "no".
    expect(summary(validate({ ...valid, '10': false, '11': ' ' }))).toEqual([
      ['text.blank', '11', '11.1', 'Fältet får inte bara innehålla blanksteg.'],
    ]);
  });
});

describe('validateCertificate with the patient’s birth date', () => {
  it('checks dates and years against it only when it is given and is a date', () => {
    const early: Answers = { ...valid, '17': { from: '1990-01-01', to: '1990-01-02' }, '18': 1990 };
    expect(validate(early)).toEqual([]);
    expect(validateCertificate(compiled, early, { today, patientBirthDate: 'inte ett datum' })).toEqual([]);
    expect(summary(validateCertificate(compiled, early, { today, patientBirthDate: '1990-01-02' }))).toEqual([
      ['date.beforeBirth', '17', '17.1.from', 'Ange ett datum som infaller efter patientens födelsedatum.'],
    ]);
    expect(summary(validateCertificate(compiled, early, { today, patientBirthDate: '1991-01-01' }))).toEqual([
      ['date.beforeBirth', '17', '17.1.from', 'Ange ett datum som infaller efter patientens födelsedatum.'],
      ['date.beforeBirth', '17', '17.1.to', 'Ange ett datum som infaller efter patientens födelsedatum.'],
      ['year.range', '18', '18.1', 'Ange ett årtal mellan patientens födelsedatum och dagens datum.'],
    ]);
  });

  it('lets an uncertain date pass while any day it may be is on or after the birth date', () => {
    const answers: Answers = { ...valid, '18': 2024, '19': '2024-05-00' };
    expect(validateCertificate(compiled, answers, { today, patientBirthDate: '2024-05-31' })).toEqual([]);
    expect(summary(validateCertificate(compiled, answers, { today, patientBirthDate: '2024-06-01' }))).toEqual([
      ['date.beforeBirth', '19', '19.1', 'Ange ett datum som infaller efter patientens födelsedatum.'],
    ]);
  });
});

describe('check rules', () => {
  it('report on the rule’s field, after the element’s own errors', () => {
    const answers: Answers = { ...valid, '17': { from: today, to: '' } };
    expect(summary(validate(answers)).map(([ruleId]) => ruleId)).toEqual(['dateRange.incomplete']);
    const both: Answers = { ...valid, '15': '2025-03-01', '19': '2025-03-32' };
    // An invalid date has no day count, so the check cannot be true.
    expect(summary(validate(both)).map(([ruleId]) => ruleId)).toEqual(['uncertainDate.invalid']);
    const long: Answers = { ...valid, '17': { from: '2025-03-01', to: '2025-03-31' } };
    const errors = validate(long);
    expect(errors).toEqual([
      {
        ruleId: 'check:periodLength',
        elementId: '17',
        fieldId: '17.1.to',
        categoryId: 'KAT_7',
        message: { sv: 'Perioden får vara högst 14 dagar.', en: 'The period may be at most 14 days.' },
      },
    ]);
    const born: Answers = {
      ...long,
      '18': 2025,
      '22': [{ code: 'NEUROPSYKIATRISKT', date: '2025-03-10', source: 'Habiliteringen' }],
    };
    const withOwnError = validateCertificate(compiled, born, { today, patientBirthDate: '2025-03-02' });
    expect(withOwnError.map((e) => [e.ruleId, e.fieldId])).toEqual([
      ['date.beforeBirth', '17.1.from'],
      ['check:periodLength', '17.1.to'],
    ]);
  });

  it('are evaluated on categories and messages too, and not while hidden', () => {
    const model = withElement(kitchenSinkModel, 'KAT_7', {
      rules: [
        {
          kind: 'check',
          id: 'yearBeforeRange',
          expression: '$18.1 < 2021',
          fieldId: '18.1',
          message: { sv: 'För tidigt.', en: 'Too early.' },
        },
      ],
    });
    const errors = validateCertificate(compileModel(model), valid, { today });
    expect(errors.map((e) => [e.ruleId, e.elementId, e.fieldId, e.categoryId])).toEqual([
      ['check:yearBeforeRange', 'KAT_7', '18.1', 'KAT_7'],
    ]);
    const hidden = withElement(model, 'KAT_7', {
      rules: [...(model.elements[5]?.rules ?? []), { kind: 'hide', expression: '$1.1' }],
    });
    expect(validateCertificate(compileModel(hidden), { ...valid, '1': true }, { today }).map((e) => e.ruleId)).toEqual(
      [],
    );
  });
});
