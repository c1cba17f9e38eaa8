import type { AnswerValue } from '../model/answers.js';
import type { CheckboxDateListElement, DateElement } from '../model/element.js';
import { validationError, type ElementValidationContext } from './context.js';
import { checkDate } from './date-checks.js';
import { messages } from './messages.js';
import type { ValidationError } from './validation-error.js';
import { isCodeDateList } from './values.js';

/** A single date: a calendar date within the element's limits. An empty string counts as no answer. */
export function validateDate(
  element: DateElement,
  value: AnswerValue | undefined,
  context: ElementValidationContext,
): ValidationError[] {
  if (typeof value !== 'string' || value === '') return [];
  const problem = checkDate(value, element, context.today, context.patientBirthDate);
  return problem ? [validationError(element.id, context, problem.ruleId, element.fieldId, problem.message)] : [];
}

/**
 * A date per selected option (e.g. "Intyget är baserat på"): each option at most once, each date a
 * calendar date within the element's limits. Errors are reported on the option's code. A selected
 * option without a date gets `date.invalid` with "Ange ett datum.".
 */
export function validateDateList(
  element: CheckboxDateListElement,
  value: AnswerValue | undefined,
  context: ElementValidationContext,
): ValidationError[] {
  if (!isCodeDateList(value)) return [];
  const errors: ValidationError[] = [];
  const seen = new Set<string>();
  for (const { code, date } of value) {
    if (seen.has(code)) {
      const label = element.options.find((option) => option.id === code)?.label ?? code;
      errors.push(validationError(element.id, context, 'codes.duplicate', code, messages.codeDuplicate(label)));
      continue;
    }
    seen.add(code);
    if (date === '') {
      errors.push(validationError(element.id, context, 'date.invalid', code, messages.dateMissing));
      continue;
    }
    const problem = checkDate(date, element, context.today, context.patientBirthDate);
    if (problem) errors.push(validationError(element.id, context, problem.ruleId, code, problem.message));
  }
  if (value.length > element.options.length) {
    errors.push(
      validationError(element.id, context, 'codes.max', element.id, messages.codesMax(element.options.length)),
    );
  }
  return errors;
}
