import type { AnswerValue } from '../model/answers.js';
import type { IcfElement, TextAreaElement, TextFieldElement } from '../model/element.js';
import { isBlank, validationError, type ElementValidationContext } from './context.js';
import { messages } from './messages.js';
import type { ValidationError } from './validation-error.js';

/**
 * Free text: whitespace only is an error for every text, mandatory or not ("blanksteg otillåtet");
 * longer than the element's textLimit rule is an error. Length is counted in UTF-16 code units, as the
 * browser's maxlength and Webcert count it.
 */
export function validateText(
  element: TextFieldElement | TextAreaElement | IcfElement,
  value: AnswerValue | undefined,
  context: ElementValidationContext,
): ValidationError[] {
  if (typeof value !== 'string' || value === '') return [];
  const errors: ValidationError[] = [];
  if (isBlank(value)) {
    errors.push(validationError(element.id, context, 'text.blank', element.fieldId, messages.textBlank));
  }
  if (context.textLimit !== undefined && value.length > context.textLimit) {
    errors.push(
      validationError(element.id, context, 'text.limit', element.fieldId, messages.textLimit(context.textLimit)),
    );
  }
  return errors;
}
