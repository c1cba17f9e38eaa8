/**
 * What a per-kind validator needs besides the element and its value, and how it builds an error.
 * Per-kind validators check content only; whether an element is visible or mandatory is decided
 * by `validateCertificate` from the evaluated form.
 */
import type { DiagnosisCodeLookup } from '../ports.js';
import type { LocalizedText, ValidationError, ValidationRuleId } from './validation-error.js';

export interface ElementValidationContext {
  /** Today's date, YYYY-MM-DD; date limits are relative to it. */
  readonly today: string;
  /** The enclosing category, copied into every error. */
  readonly categoryId?: string;
  /** The element's text limit from its textLimit rule; no limit when undefined. */
  readonly textLimit?: number;
  /** When given, diagnosis codes are checked for existence; when absent they are not. */
  readonly diagnosisCodes?: DiagnosisCodeLookup;
  /** The patient's birth date, YYYY-MM-DD; "not before birth" checks are skipped without it. */
  readonly patientBirthDate?: string;
  /** The element is visible and has a mandatory rule (default false). */
  readonly mandatory?: boolean;
  /** Every mandatory rule of the element is true (default true). */
  readonly answered?: boolean;
}

export function validationError(
  elementId: string,
  context: ElementValidationContext,
  ruleId: ValidationRuleId,
  fieldId: string,
  message: LocalizedText,
): ValidationError {
  return context.categoryId === undefined
    ? { ruleId, elementId, fieldId, message }
    : { ruleId, elementId, fieldId, categoryId: context.categoryId, message };
}

/** True for a string that is empty or only whitespace. */
export function isBlank(value: string): boolean {
  return value.trim() === '';
}
