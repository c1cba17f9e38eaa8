import type { AnswerValue } from '../model/answers.js';
import type { IcfElement } from '../model/element.js';
import { icfAnswerOf } from '../model/icf-answer.js';
import { validationError, type ElementValidationContext } from './context.js';
import { messages } from './messages.js';
import { validateText } from './validate-text.js';
import type { ValidationError } from './validation-error.js';

/**
 * An ICF question: its text is checked as any free text (blank, limit); its chosen codes each once and no
 * more than the element allows. Whether a code is one FMB offers for the diagnoses is guidance in the
 * form, not a rule: the doctor may keep a code after changing the diagnosis, as Webcert allows.
 */
export function validateIcf(
  element: IcfElement,
  value: AnswerValue | undefined,
  context: ElementValidationContext,
): ValidationError[] {
  const answer = icfAnswerOf(value);
  if (answer === undefined) return [];
  const errors = validateText(element, answer.text, context);
  const distinct = new Set<string>();
  for (const code of answer.icfCodes) {
    if (distinct.has(code)) {
      errors.push(validationError(element.id, context, 'icf.duplicate', element.fieldId, messages.icfDuplicate(code)));
    }
    distinct.add(code);
  }
  if (distinct.size > element.maxCodes) {
    errors.push(validationError(element.id, context, 'icf.max', element.fieldId, messages.icfMax(element.maxCodes)));
  }
  return errors;
}
