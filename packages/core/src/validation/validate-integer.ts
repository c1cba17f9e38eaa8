import type { AnswerValue } from '../model/answers.js';
import type { IntegerElement } from '../model/element.js';
import { validationError, type ElementValidationContext } from './context.js';
import { messages } from './messages.js';
import type { ValidationError } from './validation-error.js';

/** A whole number within the element's inclusive range [min, max]. */
export function validateInteger(
  element: IntegerElement,
  value: AnswerValue | undefined,
  context: ElementValidationContext,
): ValidationError[] {
  if (typeof value !== 'number') return [];
  if (Number.isInteger(value) && value >= element.min && value <= element.max) return [];
  return [
    validationError(
      element.id,
      context,
      'integer.range',
      element.fieldId,
      messages.integerRange(element.min, element.max),
    ),
  ];
}
