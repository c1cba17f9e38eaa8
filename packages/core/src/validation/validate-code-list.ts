import type { AnswerValue } from '../model/answers.js';
import type { CheckboxCodeListElement } from '../model/element.js';
import { validationError, type ElementValidationContext } from './context.js';
import { messages } from './messages.js';
import type { ValidationError } from './validation-error.js';
import { isStringList } from './values.js';

/**
 * Selected codes of a checkbox list: each code once, no more than `maxSelected`, and an exclusive
 * option (e.g. "Inte aktuellt") alone. A selected option that the form currently disables is not an
 * error by itself: the disable rule is guidance in the form, the checks here are what is stored.
 */
export function validateCodeList(
  element: CheckboxCodeListElement,
  value: AnswerValue | undefined,
  context: ElementValidationContext,
): ValidationError[] {
  if (!isStringList(value)) return [];
  const label = (code: string) => element.options.find((option) => option.id === code)?.label ?? code;
  const errors: ValidationError[] = [];
  const distinct = new Set<string>();
  for (const code of value) {
    if (distinct.has(code)) {
      errors.push(validationError(element.id, context, 'codes.duplicate', code, messages.codeDuplicate(label(code))));
    }
    distinct.add(code);
  }
  const max = element.maxSelected ?? element.options.length;
  if (distinct.size > max) {
    errors.push(validationError(element.id, context, 'codes.max', element.id, messages.codesMax(max)));
  }
  if (distinct.size > 1) {
    for (const code of element.exclusiveOptions ?? []) {
      if (distinct.has(code)) {
        errors.push(validationError(element.id, context, 'codes.exclusive', code, messages.codeExclusive(label(code))));
      }
    }
  }
  return errors;
}
