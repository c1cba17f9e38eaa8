/**
 * Diagnosis rows (code + description), as Webcert and the FK Schematron check them:
 *
 * - rows are filled from the top: an empty row above a filled one gets `diagnoses.order`
 *   ("Ange diagnos på översta raden först.") on its code field;
 * - a filled row needs a code (`diagnoses.codeMissing`) and a description (`diagnoses.descriptionMissing`);
 * - a code has 3–5 characters once the dot is removed (`diagnoses.codeLength`), and at least 4 when it
 *   starts with F or Z73 (`diagnoses.codePrecision`);
 * - when a `DiagnosisCodeLookup` is given, a code of the right form must exist in its code system
 *   (`diagnoses.codeUnknown`); without one, existence is not checked;
 * - the description is at most `descriptionLimit` characters (`diagnoses.descriptionLimit`);
 * - all filled rows use one code system (`diagnoses.codeSystemMixed`, on the first row that differs).
 *
 * Row i of the answer is the model's row i; field ids are `<rowId>.code` and `<rowId>.description`.
 */
import type { AnswerValue, DiagnosisRow } from '../model/answers.js';
import type { DiagnosesElement } from '../model/element.js';
import { isBlank, validationError, type ElementValidationContext } from './context.js';
import { messages } from './messages.js';
import type { ValidationError } from './validation-error.js';
import { isDiagnosisRowList } from './values.js';

/**
 * The form in which codes are checked and looked up: no dot, no surrounding space, upper case
 * ("f32.1" → "F321"). A `DiagnosisCodeLookup` receives codes in this form.
 */
export function normalizeDiagnosisCode(code: string): string {
  return code.replace(/\./g, '').trim().toUpperCase();
}

function isEmptyRow(row: DiagnosisRow | undefined): boolean {
  return row === undefined || (isBlank(row.code) && isBlank(row.description));
}

export function validateDiagnoses(
  element: DiagnosesElement,
  value: AnswerValue | undefined,
  context: ElementValidationContext,
): ValidationError[] {
  if (!isDiagnosisRowList(value)) return [];
  const error = validationError.bind(undefined, element.id, context);
  const errors: ValidationError[] = [];
  const lastFilled = element.rows.findLastIndex((_, index) => !isEmptyRow(value[index]));
  const defaultSystem = element.codeSystems[0]?.id;
  let firstSystem: string | undefined;
  let mixedReported = false;

  element.rows.forEach((rowSpec, index) => {
    const row = value[index];
    const codeField = `${rowSpec.id}.code`;
    const descriptionField = `${rowSpec.id}.description`;
    if (row === undefined || isEmptyRow(row)) {
      if (index < lastFilled) errors.push(error('diagnoses.order', codeField, messages.diagnosesOrder));
      return;
    }

    const code = normalizeDiagnosisCode(row.code);
    const system = row.system ?? defaultSystem;
    if (code === '') {
      errors.push(error('diagnoses.codeMissing', codeField, messages.diagnosisCodeMissing));
    } else if (code.length < 3 || code.length > 5) {
      errors.push(error('diagnoses.codeLength', codeField, messages.diagnosisCodeLength));
    } else if ((code.startsWith('F') || code.startsWith('Z73')) && code.length < 4) {
      errors.push(error('diagnoses.codePrecision', codeField, messages.diagnosisCodePrecision));
    } else if (context.diagnosisCodes && system !== undefined && !context.diagnosisCodes.exists(system, code)) {
      errors.push(error('diagnoses.codeUnknown', codeField, messages.diagnosisCodeUnknown));
    }

    if (isBlank(row.description)) {
      errors.push(error('diagnoses.descriptionMissing', descriptionField, messages.diagnosisDescriptionMissing));
    } else if (row.description.length > element.descriptionLimit) {
      errors.push(error('diagnoses.descriptionLimit', descriptionField, messages.textLimit(element.descriptionLimit)));
    }

    if (firstSystem === undefined) {
      firstSystem = system;
    } else if (system !== firstSystem && !mixedReported) {
      errors.push(error('diagnoses.codeSystemMixed', codeField, messages.diagnosisCodeSystemMixed));
      mixedReported = true;
    }
  });
  return errors;
}
