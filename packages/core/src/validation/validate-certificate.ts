/**
 * Validates a certificate's answers against its model: the list of what the doctor must fix before
 * the certificate can be signed. The browser and the server run this same function.
 */
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
 */
export function validateCertificate(
  compiled: CompiledModel,
  answers: Answers,
  options: ValidateOptions,
): ValidationError[] {
  const form = evaluateForm(compiled, answers, options.today);
  const errors: ValidationError[] = [];
  for (const element of compiled.elementsInOrder) {
    if (!isValueElement(element)) continue;
    const state = form.element(element.id);
    if (!state.visible) continue;

    const categoryId = compiled.categoryId(element.id);
    const context: ElementValidationContext = {
      today: options.today,
      ...(categoryId === undefined ? {} : { categoryId }),
      ...(state.textLimit === undefined ? {} : { textLimit: state.textLimit }),
      ...(options.diagnosisCodes === undefined ? {} : { diagnosisCodes: options.diagnosisCodes }),
    };
    const value = Object.hasOwn(answers, element.id) ? answers[element.id] : undefined;
    const contentErrors = validateElementValue(element, value, context);
    errors.push(...contentErrors);

    const target = mandatoryTarget(element);
    if (state.mandatory && !state.answered && contentErrors.length === 0 && target !== undefined) {
      errors.push(validationError(element.id, context, 'mandatory', target.fieldId, target.message));
    }
  }
  return errors;
}
