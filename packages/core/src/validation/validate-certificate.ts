/**
 * Validates a certificate's answers against its model: the list of what the doctor must fix before
 * the certificate can be signed. The browser and the server run this same function.
 */
import { isValidDate } from '../dates/index.js';
import type { Answers } from '../model/answers.js';
import type { CompiledModel } from '../model/compile.js';
import { isValueElement } from '../model/element.js';
import type { DiagnosisCodeLookup } from '../ports.js';
import { evaluateForm } from '../rules/index.js';
import { validationError, type ElementValidationContext } from './context.js';
import { mandatoryTarget, validateElementValue } from './validate-element.js';
import type { ValidationError } from './validation-error.js';

export interface ValidateOptions {
  /** Today's date, YYYY-MM-DD (Europe/Stockholm); rules and date limits are relative to it. */
  readonly today: string;
  /** Checks that diagnosis codes exist; when absent, existence is not checked. */
  readonly diagnosisCodes?: DiagnosisCodeLookup;
  /**
   * The patient's birth date, YYYY-MM-DD (see `birthDateOfPersonId`). Dates marked `notBeforeBirth` and years
   * marked `notBeforeBirthYear` are checked against it; when absent (or not a date) those checks are skipped.
   */
  readonly patientBirthDate?: string;
}

/**
 * Errors in display order of the elements.
 *
 * - An element that is not visible (a show/hide rule, or a hidden ancestor) is not validated at all,
 *   whatever its value: it is not part of what gets signed.
 * - A visible element's content checks run on any value present, mandatory or not (see validate-element.ts).
 * - A visible, mandatory element that is not answered gets a `mandatory` error, unless its content checks
 *   already reported something: then the content errors say more precisely what is missing or wrong
 *   (e.g. "Ange ett datum." on a period's end date rather than "Välj minst ett alternativ." on the list),
 *   as Webcert's date-range-list validation does.
 * - Each `check` rule of a visible element (category and message included) whose expression is true gives
 *   `check:<id>` on the rule's `fieldId` with the rule's message, after the element's own errors.
 */
export function validateCertificate(
  compiled: CompiledModel,
  answers: Answers,
  options: ValidateOptions,
): ValidationError[] {
  const form = evaluateForm(compiled, answers, options.today);
  const patientBirthDate =
    options.patientBirthDate !== undefined && isValidDate(options.patientBirthDate)
      ? options.patientBirthDate
      : undefined;
  const errors: ValidationError[] = [];
  for (const element of compiled.elementsInOrder) {
    const state = form.element(element.id);
    if (!state.visible) continue;

    const categoryId = element.kind === 'category' ? element.id : compiled.categoryId(element.id);
    const context: ElementValidationContext = {
      today: options.today,
      mandatory: state.mandatory,
      answered: state.answered,
      ...(categoryId === undefined ? {} : { categoryId }),
      ...(state.textLimit === undefined ? {} : { textLimit: state.textLimit }),
      ...(options.diagnosisCodes === undefined ? {} : { diagnosisCodes: options.diagnosisCodes }),
      ...(patientBirthDate === undefined ? {} : { patientBirthDate }),
    };

    if (isValueElement(element)) {
      const value = Object.hasOwn(answers, element.id) ? answers[element.id] : undefined;
      const contentErrors = validateElementValue(element, value, context);
      errors.push(...contentErrors);

      const target = mandatoryTarget(element);
      if (state.mandatory && !state.answered && contentErrors.length === 0 && target !== undefined) {
        errors.push(validationError(element.id, context, 'mandatory', target.fieldId, target.message));
      }
    }

    for (const checkId of state.failedChecks) {
      const rule = compiled.rules(element.id).find((r) => r.kind === 'check' && r.id === checkId);
      if (rule?.kind === 'check') {
        errors.push(validationError(element.id, context, `check:${rule.id}`, rule.fieldId, rule.message));
      }
    }
  }
  return errors;
}
