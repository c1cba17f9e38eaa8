import { describe, expect, it } from 'vitest';
import { compileModel } from '../model/compile.js';
import type { CertificateModel } from '../model/certificate-model.js';
import type { Answers } from '../model/answers.js';
import type { DiagnosisCodeLookup } from '../ports.js';
import { summary, valid, withElement } from '../test-support/kitchen-sink-answers.js';
import { KITCHEN_SINK_TODAY, kitchenSinkModel } from '../test-support/kitchen-sink-model.js';
import { validateCertificate } from './validate-certificate.js';
import { VALIDATION_RULE_IDS, type BuiltinValidationRuleId, type ValidationRuleId } from './validation-error.js';

const today = KITCHEN_SINK_TODAY; // 2025-03-15
const compiled = compileModel(kitchenSinkModel);

interface Scenario {
  readonly answers: Answers;
  readonly expected: readonly [ValidationRuleId, string, string, string];
  readonly model?: CertificateModel;
  readonly diagnosisCodes?: DiagnosisCodeLookup;
  readonly patientBirthDate?: string;
}

const period = (code: string, from: string, to: string) => ({ code, from, to });
const diagnosis = (code: string, description = 'Beskrivning', system?: string) =>
  system === undefined ? { code, description } : { code, description, system };

/** One scenario per rule id, each through the whole validation of the kitchen-sink model. */
const scenarios: Record<BuiltinValidationRuleId, Scenario> = {
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
  'icf.duplicate': {
    answers: { ...valid, '23': { text: 'Andfådd.', icfCodes: ['b440', 'b440'] } },
    expected: ['icf.duplicate', '23', '23.1', 'ICF-koden b440 får bara väljas en gång.'],
  },
  'icf.max': {
    answers: { ...valid, '23': { text: 'Andfådd.', icfCodes: ['b440', 'b455', 'b460', 'd230'] } },
    expected: ['icf.max', '23', '23.1', 'Välj högst 3 ICF-koder.'],
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
  'date.beforeBirth': {
    patientBirthDate: '2025-03-02',
    answers: {
      ...valid,
      '18': 2025,
      '22': [{ code: 'NEUROPSYKIATRISKT', date: '2025-03-01', source: 'Habiliteringen' }],
    },
    expected: ['date.beforeBirth', '22', '22[0].date', 'Ange ett datum som infaller efter patientens födelsedatum.'],
  },
  'dateRange.incomplete': {
    answers: { ...valid, '17': { from: today, to: '' } },
    expected: ['dateRange.incomplete', '17', '17.1.to', 'Ange ett datum.'],
  },
  'dateRange.order': {
    answers: { ...valid, '17': { from: '2025-03-20', to: today } },
    expected: ['dateRange.order', '17', '17.1', 'Ange ett slutdatum som infaller efter startdatumet.'],
  },
  'year.invalid': {
    answers: { ...valid, '18': 202 },
    expected: ['year.invalid', '18', '18.1', 'Ange ett giltigt årtal.'],
  },
  'year.range': {
    answers: { ...valid, '18': 2026 },
    expected: ['year.range', '18', '18.1', 'Ange ett årtal mellan patientens födelsedatum och dagens datum.'],
  },
  'uncertainDate.invalid': {
    answers: { ...valid, '19': '2024-00-05' },
    expected: ['uncertainDate.invalid', '19', '19.1', 'åååå måste anges, månad och dag kan anges som 00.'],
  },
  'visualAcuity.range': {
    answers: {
      ...valid,
      '21': {
        right: { withoutCorrection: 0.8, withCorrection: 2.1 },
        left: { withoutCorrection: 0.8 },
        binocular: { withoutCorrection: 1 },
      },
    },
    expected: ['visualAcuity.range', '21', '21.right.withCorrection', 'Ange synskärpa i intervallet 0,0 - 2,0.'],
  },
  'visualAcuity.missing': {
    answers: {
      ...valid,
      '21': { right: { withoutCorrection: 0.8 }, left: { withCorrection: 1 }, binocular: { withoutCorrection: 1 } },
    },
    expected: ['visualAcuity.missing', '21', '21.left.withoutCorrection', 'Ange ett svar.'],
  },
  'investigations.incomplete': {
    answers: { ...valid, '22': [{ code: 'NEUROPSYKIATRISKT', date: '2025-03-01', source: ' ' }] },
    expected: ['investigations.incomplete', '22', '22[0].source', 'Ange ett svar.'],
  },
  'investigations.max': {
    answers: {
      ...valid,
      '22': Array<unknown>(4).fill({
        code: 'OVRIGT_UTLATANDE',
        date: '2025-03-01',
        source: 'Vårdcentralen',
      }) as Answers[string],
    },
    expected: ['investigations.max', '22', '22', 'Ange högst 3 utredningar.'],
  },
};

/** The model's own cross-question rules, `check:<id>`. */
const checkScenarios: Record<string, Scenario> = {
  'check:periodLength': {
    answers: { ...valid, '17': { from: today, to: '2025-03-29' } },
    expected: ['check:periodLength', '17', '17.1.to', 'Perioden får vara högst 14 dagar.'],
  },
  'check:afterExamination': {
    answers: { ...valid, '15': '2025-03-01', '19': '2025-03-02' },
    expected: ['check:afterExamination', '19', '19.1', 'Ange ett datum som inte är senare än datum för undersökning.'],
  },
};

describe('every rule id, end to end', () => {
  it('has a scenario for each rule id', () => {
    expect(Object.keys(scenarios).sort()).toEqual([...VALIDATION_RULE_IDS].sort());
  });

  it.each(Object.entries({ ...scenarios, ...checkScenarios }))('%s', (_ruleId, scenario) => {
    const model = scenario.model ? compileModel(scenario.model) : compiled;
    const options = {
      today,
      ...(scenario.diagnosisCodes ? { diagnosisCodes: scenario.diagnosisCodes } : {}),
      ...(scenario.patientBirthDate ? { patientBirthDate: scenario.patientBirthDate } : {}),
    };
    const errors = validateCertificate(model, scenario.answers, options);
    expect(summary(errors)).toEqual([scenario.expected]);
    expect(errors[0]?.message.en).toMatch(/\S/);
    expect(errors[0]?.categoryId).toBe(model.categoryId(scenario.expected[1]));
  });
});
