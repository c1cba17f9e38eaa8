import { describe, expect, it } from 'vitest';
import type { Answers } from '../model/answers.js';
import type { CertificateModel } from '../model/certificate-model.js';
import { compileModel } from '../model/compile.js';
import type { ElementSpec } from '../model/element.js';
import type { DiagnosisCodeLookup } from '../ports.js';
import { KITCHEN_SINK_TODAY, kitchenSinkModel } from '../test-support/kitchen-sink-model.js';
import { validateCertificate } from './validate-certificate.js';
import { VALIDATION_RULE_IDS, type ValidationError, type ValidationRuleId } from './validation-error.js';

const today = KITCHEN_SINK_TODAY; // 2025-03-15
const compiled = compileModel(kitchenSinkModel);

/** A complete, valid set of answers for the kitchen-sink model. */
const valid: Answers = {
  '1': false,
  '2': ['NUVARANDE_ARBETE'],
  '3': 'Snickare, bygger trappor',
  '4': [{ code: 'UNDERSOKNING', date: today }],
  '6': [{ code: 'J20', description: 'Akut bronkit' }],
  '7': [{ code: 'HELT_NEDSATT', from: today, to: '2025-03-28' }],
  '12': 'STOR_SANNOLIKHET',
  '15': today,
  UNIT_CONTACT: { address: 'Storgatan 1', zipCode: '111 22', city: 'Stockholm', phone: '08-123 45 67' },
};

function validate(answers: Answers, diagnosisCodes?: DiagnosisCodeLookup): ValidationError[] {
  return validateCertificate(compiled, answers, diagnosisCodes ? { today, diagnosisCodes } : { today });
}

/** [ruleId, elementId, fieldId, Swedish message] of each error. */
function summary(errors: readonly ValidationError[]) {
  return errors.map((e) => [e.ruleId, e.elementId, e.fieldId, e.message.sv]);
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

/** The model with one element replaced, for a rule the kitchen-sink model does not exercise. */
function withElement(model: CertificateModel, id: string, patch: Partial<ElementSpec>): CertificateModel {
  const map = (element: ElementSpec): ElementSpec => {
    const patched = (element.id === id ? { ...element, ...patch } : element) as ElementSpec;
    return patched.children ? ({ ...patched, children: patched.children.map(map) } as ElementSpec) : patched;
  };
  return { ...model, elements: model.elements.map(map) };
}

interface Scenario {
  readonly answers: Answers;
  readonly expected: readonly [ValidationRuleId, string, string, string];
  readonly model?: CertificateModel;
  readonly diagnosisCodes?: DiagnosisCodeLookup;
}

const period = (code: string, from: string, to: string) => ({ code, from, to });
const diagnosis = (code: string, description = 'Beskrivning', system?: string) =>
  system === undefined ? { code, description } : { code, description, system };

/** One scenario per rule id, each through the whole validation of the kitchen-sink model. */
const scenarios: Record<ValidationRuleId, Scenario> = {
  mandatory: {
    answers: { ...valid, '12': 'ATER_X_ANTAL_MANADER' },
    expected: ['mandatory', '13', '13.1', 'Ange ett svar.'],
  },
  'text.limit': {
    answers: { ...valid, '4': [{ code: 'ANNAT', date: today }], '5': 'x'.repeat(51) },
    expected: ['text.limit', '5', '5.1', 'Ange en text som inte är längre än 50.'],
  },
  'text.blank': {
    answers: { ...valid, '4': [{ code: 'ANNAT', date: today }], '5': ' \t' },
    expected: ['text.blank', '5', '5.1', 'Fältet får inte bara innehålla blanksteg.'],
  },
  'date.invalid': {
    answers: { ...valid, '15': '2025-02-29' },
    expected: ['date.invalid', '15', '15.1', 'Ange ett giltigt datum.'],
  },
  'date.max': {
    answers: { ...valid, '4': [{ code: 'TELEFONKONTAKT', date: '2025-03-16' }] },
    expected: ['date.max', '4', 'TELEFONKONTAKT', 'Ange ett datum som är senast 2025-03-15.'],
  },
  'date.min': {
    model: withElement(kitchenSinkModel, '15', { minDaysFromToday: -365 }),
    answers: { ...valid, '15': '2024-03-14' },
    expected: ['date.min', '15', '15.1', 'Ange ett datum som är tidigast 2024-03-15.'],
  },
  'codes.duplicate': {
    answers: { ...valid, '2': ['NUVARANDE_ARBETE', 'NUVARANDE_ARBETE'] },
    expected: ['codes.duplicate', '2', 'NUVARANDE_ARBETE', '«Nuvarande arbete» får bara väljas en gång.'],
  },
  'codes.max': {
    model: withElement(kitchenSinkModel, '2', { maxSelected: 2 }),
    answers: { ...valid, '2': ['NUVARANDE_ARBETE', 'ARBETSSOKANDE', 'STUDIER'] },
    expected: ['codes.max', '2', '2', 'Välj högst 2 alternativ.'],
  },
  'codes.exclusive': {
    answers: { ...valid, '2': ['NUVARANDE_ARBETE', 'EJ_AKTUELLT'] },
    expected: ['codes.exclusive', '2', 'EJ_AKTUELLT', '«Inte aktuellt» kan inte kombineras med andra alternativ.'],
  },
  'periods.incomplete': {
    answers: { ...valid, '7': [period('HELT_NEDSATT', '', '2025-03-28')] },
    expected: ['periods.incomplete', '7', 'HELT_NEDSATT.from', 'Ange ett datum.'],
  },
  'periods.order': {
    answers: { ...valid, '7': [period('HELT_NEDSATT', '2025-03-28', today)] },
    expected: ['periods.order', '7', 'HELT_NEDSATT', 'Ange ett slutdatum som infaller efter startdatumet.'],
  },
  'periods.overlap': {
    answers: {
      ...valid,
      '8': false,
      '7': [period('HELT_NEDSATT', today, '2025-03-28'), period('HALFTEN', '2025-03-28', '2025-04-10')],
    },
    expected: ['periods.overlap', '7', 'HALFTEN.from', 'Ange perioder som inte överlappar varandra.'],
  },
  'periods.gradeDuplicate': {
    answers: {
      ...valid,
      '7': [period('HELT_NEDSATT', today, '2025-03-20'), period('HELT_NEDSATT', '2025-03-21', '2025-03-28')],
    },
    expected: [
      'periods.gradeDuplicate',
      '7',
      'HELT_NEDSATT',
      'Sjukskrivningsgraden «100 procent» får bara anges för en period.',
    ],
  },
  'periods.count': {
    model: withElement(kitchenSinkModel, '7', { maxPeriods: 1 }),
    answers: {
      ...valid,
      '8': false,
      '7': [period('HELT_NEDSATT', today, '2025-03-20'), period('HALFTEN', '2025-03-21', '2025-03-28')],
    },
    expected: ['periods.count', '7', '7', 'Ange högst 1 period.'],
  },
  'diagnoses.order': {
    answers: { ...valid, '6': [diagnosis('', ''), diagnosis('J20')] },
    expected: ['diagnoses.order', '6', 'huvuddiagnos.code', 'Ange diagnos på översta raden först.'],
  },
  'diagnoses.codeMissing': {
    answers: { ...valid, '6': [diagnosis('J20'), diagnosis(' ', 'Lumbago')] },
    expected: ['diagnoses.codeMissing', '6', 'diagnos2.code', 'Ange diagnoskod.'],
  },
  'diagnoses.codeLength': {
    answers: { ...valid, '6': [diagnosis('J2')] },
    expected: ['diagnoses.codeLength', '6', 'huvuddiagnos.code', 'Diagnoskoden ska ha mellan 3 och 5 tecken.'],
  },
  'diagnoses.codePrecision': {
    answers: { ...valid, '6': [diagnosis('Z73')] },
    expected: [
      'diagnoses.codePrecision',
      '6',
      'huvuddiagnos.code',
      'Diagnoskoder som börjar på F eller Z73 ska anges med minst 4 tecken.',
    ],
  },
  'diagnoses.codeUnknown': {
    answers: { ...valid, '6': [diagnosis('J21')] },
    diagnosisCodes: { exists: (_system, code) => code === 'J20' },
    expected: ['diagnoses.codeUnknown', '6', 'huvuddiagnos.code', 'Diagnoskod är ej giltig.'],
  },
  'diagnoses.descriptionMissing': {
    answers: { ...valid, '6': [diagnosis('J20', '')] },
    expected: ['diagnoses.descriptionMissing', '6', 'huvuddiagnos.description', 'Ange diagnosbeskrivning.'],
  },
  'diagnoses.descriptionLimit': {
    answers: { ...valid, '6': [diagnosis('J20', 'x'.repeat(82))] },
    expected: ['diagnoses.descriptionLimit', '6', 'huvuddiagnos.description', 'Ange en text som inte är längre än 81.'],
  },
  'diagnoses.codeSystemMixed': {
    answers: {
      ...valid,
      '6': [diagnosis('J20', 'Akut bronkit', 'ICD_10_SE'), diagnosis('M545', 'Lumbago', 'KSH_97_P')],
    },
    expected: ['diagnoses.codeSystemMixed', '6', 'diagnos2.code', 'Ange alla diagnoser med samma kodverk.'],
  },
  'integer.range': {
    answers: { ...valid, '12': 'ATER_X_ANTAL_MANADER', '13': 100 },
    expected: ['integer.range', '13', '13.1', 'Ange ett värde mellan 1-99.'],
  },
  'unitContact.missing': {
    answers: { ...valid, UNIT_CONTACT: { address: 'Storgatan 1', zipCode: '111 22', city: ' ', phone: '08-1' } },
    expected: ['unitContact.missing', 'UNIT_CONTACT', 'city', 'Ange postort.'],
  },
};

describe('every rule id, end to end', () => {
  it('has a scenario for each rule id', () => {
    expect(Object.keys(scenarios).sort()).toEqual([...VALIDATION_RULE_IDS].sort());
  });

  it.each(Object.entries(scenarios))('%s', (_ruleId, scenario) => {
    const model = scenario.model ? compileModel(scenario.model) : compiled;
    const options = scenario.diagnosisCodes ? { today, diagnosisCodes: scenario.diagnosisCodes } : { today };
    const errors = validateCertificate(model, scenario.answers, options);
    expect(summary(errors)).toEqual([scenario.expected]);
    expect(errors[0]?.message.en).toMatch(/\S/);
    expect(errors[0]?.categoryId).toBe(model.categoryId(scenario.expected[1]));
  });
});
