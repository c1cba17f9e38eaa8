/**
 * The contract every certificate model and its fixtures must meet. It loops over the registry, so a
 * new type or version is covered by adding its model and fixtures, with no test code.
 */
import { checkModel, compileModel, formatModelProblem, modelKey, validateCertificate } from '@intyg/core';
import type {
  Answers,
  CertificateModel,
  CompiledModel,
  ElementSpec,
  ValidationError,
  ValidationRuleId,
} from '@intyg/core';
import { describe, expect, it } from 'vitest';
import type { ExpectedError } from './fixture-types.js';
import { certificateFixtures } from './fixtures.js';
import { certificateModels } from './registry.js';

const where = ({ ruleId, elementId, fieldId }: ExpectedError | ValidationError): ExpectedError => ({
  ruleId,
  elementId,
  fieldId,
});

/**
 * The validation rules a model can trigger, read from its element kinds and limits, plus `check:<id>` for each of
 * its check rules. `diagnoses.codeUnknown` is left out: it needs a code lookup, which is reference data, not part
 * of the model. `date.beforeBirth` (and a year's birth-year limit) need the fixtures' `patientBirthDate`.
 */
function applicableRuleIds(model: CertificateModel): Set<ValidationRuleId> {
  const ids = new Set<ValidationRuleId>();
  const visit = (element: ElementSpec): void => {
    if (element.rules?.some((rule) => rule.kind === 'mandatory')) ids.add('mandatory');
    if (element.rules?.some((rule) => rule.kind === 'textLimit')) ids.add('text.limit');
    for (const rule of element.rules ?? []) if (rule.kind === 'check') ids.add(`check:${rule.id}`);
    const dateLimits = (limits: { maxDaysFromToday?: number; minDaysFromToday?: number; notBeforeBirth?: boolean }) => {
      ids.add('date.invalid');
      if (limits.maxDaysFromToday !== undefined) ids.add('date.max');
      if (limits.minDaysFromToday !== undefined) ids.add('date.min');
      if (limits.notBeforeBirth === true) ids.add('date.beforeBirth');
    };
    switch (element.kind) {
      case 'textField':
      case 'textArea':
        ids.add('text.blank');
        break;
      case 'date':
        dateLimits(element);
        break;
      case 'checkboxDateList':
        dateLimits(element);
        ids.add('codes.duplicate').add('codes.max');
        break;
      case 'checkboxCodeList':
        ids.add('codes.duplicate');
        if ((element.maxSelected ?? element.options.length) < element.options.length) ids.add('codes.max');
        if ((element.exclusiveOptions ?? []).length > 0) ids.add('codes.exclusive');
        break;
      case 'sickLeavePeriods':
        dateLimits(element);
        for (const id of [
          'periods.incomplete',
          'periods.order',
          'periods.overlap',
          'periods.gradeDuplicate',
          'periods.count',
        ] as const) {
          ids.add(id);
        }
        break;
      case 'diagnoses':
        for (const id of [
          'diagnoses.order',
          'diagnoses.codeMissing',
          'diagnoses.codeLength',
          'diagnoses.codePrecision',
          'diagnoses.descriptionMissing',
          'diagnoses.descriptionLimit',
        ] as const) {
          ids.add(id);
        }
        if (element.codeSystems.length > 1) ids.add('diagnoses.codeSystemMixed');
        break;
      case 'integer':
        ids.add('integer.range');
        break;
      case 'unitContact':
        ids.add('unitContact.missing');
        break;
      case 'dateRange':
        dateLimits(element);
        ids.add('dateRange.incomplete').add('dateRange.order');
        break;
      case 'year':
        ids.add('year.invalid');
        if (element.notBeforeBirthYear === true || element.notAfterCurrentYear === true) ids.add('year.range');
        break;
      case 'uncertainDate':
        ids.add('uncertainDate.invalid');
        if (element.maxDaysFromToday !== undefined) ids.add('date.max');
        if (element.minDaysFromToday !== undefined) ids.add('date.min');
        if (element.notBeforeBirth === true) ids.add('date.beforeBirth');
        break;
      case 'visualAcuity':
        ids.add('visualAcuity.range');
        if (element.requiredCells.length > 0 && element.rules?.some((rule) => rule.kind === 'mandatory')) {
          ids.add('visualAcuity.missing');
        }
        break;
      case 'medicalInvestigationList':
        dateLimits(element);
        ids.add('investigations.incomplete').add('investigations.max').add('text.limit');
        break;
      default:
        break;
    }
    element.children?.forEach(visit);
  };
  model.elements.forEach(visit);
  return ids;
}

const sorted = (errors: readonly ExpectedError[]): string[] =>
  errors.map((e) => `${e.ruleId} ${e.elementId} ${e.fieldId}`).sort();

describe.each(certificateModels.map((model) => [modelKey(model), model] as const))('%s', (key, model) => {
  const fixtures = certificateFixtures[key];
  let compiled: CompiledModel;
  const options = {
    today: fixtures?.today ?? '',
    ...(fixtures?.patientBirthDate === undefined ? {} : { patientBirthDate: fixtures.patientBirthDate }),
  };
  const validate = (answers: Answers) => validateCertificate(compiled, answers, options).map(where);

  it('has fixtures', () => {
    expect(fixtures, `no fixtures registered for ${key}`).toBeDefined();
  });

  it('passes checkModel and compiles', () => {
    expect(checkModel(model).map(formatModelProblem)).toEqual([]);
    compiled = compileModel(model);
    expect(compiled.model).toBe(model);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(model))).toStrictEqual(model);
  });

  it('empty answers give exactly the mandatory errors', () => {
    compiled ??= compileModel(model);
    const errors = validate(fixtures!.empty);
    expect(errors.length).toBeGreaterThan(0);
    expect(sorted(errors)).toEqual(sorted(fixtures!.emptyErrors));
  });

  it('minimal answers are valid', () => {
    compiled ??= compileModel(model);
    expect(validate(fixtures!.minimal)).toEqual([]);
  });

  it('maximal answers are valid and answer every element that is visible', () => {
    compiled ??= compileModel(model);
    expect(validate(fixtures!.maximal)).toEqual([]);
  });

  it('has an invalid fixture for every validation rule the model can trigger', () => {
    const covered = new Set(fixtures!.invalid.map((fixture) => fixture.expect.ruleId));
    const missing = [...applicableRuleIds(model)].filter((id) => !covered.has(id));
    expect(missing).toEqual([]);
  });

  it.each(fixtures?.alsoValid.map((f) => [f.name, f.answers] as const) ?? [])('valid: %s', (_name, answers) => {
    compiled ??= compileModel(model);
    expect(validate(answers)).toEqual([]);
  });

  it.each(fixtures?.invalid.map((f) => [f.name, f] as const) ?? [])('invalid: %s', (_name, fixture) => {
    compiled ??= compileModel(model);
    const expected = [fixture.expect, ...(fixture.alsoExpect ?? [])];
    expect(sorted(validate(fixture.answers))).toEqual(sorted(expected));
  });
});
