/**
 * A calendar year ("Vilket år ställdes diagnosen diabetes?"): a four-digit year (`year.invalid`,
 * "Ange ett giltigt årtal."), not before the patient's birth year when the element says so and the birth
 * date is known, not after the current year when the element says so (`year.range`, in Webcert's words
 * for whichever limits the element has).
 */
import type { AnswerValue } from '../model/answers.js';
import type { YearElement } from '../model/element.js';
import { validationError, type ElementValidationContext } from './context.js';
import { messages } from './messages.js';
import type { ValidationError } from './validation-error.js';

export function validateYear(
  element: YearElement,
  value: AnswerValue | undefined,
  context: ElementValidationContext,
): ValidationError[] {
  if (typeof value !== 'number') return [];
  const error = (ruleId: 'year.invalid' | 'year.range', message = messages.yearInvalid) => [
    validationError(element.id, context, ruleId, element.fieldId, message),
  ];
  if (!Number.isInteger(value) || value < 1000 || value > 9999) return error('year.invalid');
  const birthYear =
    element.notBeforeBirthYear && context.patientBirthDate !== undefined
      ? Number(context.patientBirthDate.slice(0, 4))
      : undefined;
  const currentYear = element.notAfterCurrentYear ? Number(context.today.slice(0, 4)) : undefined;
  const tooEarly = birthYear !== undefined && Number.isInteger(birthYear) && value < birthYear;
  const tooLate = currentYear !== undefined && value > currentYear;
  if (!tooEarly && !tooLate) return [];
  const message =
    element.notBeforeBirthYear && element.notAfterCurrentYear
      ? messages.yearBetweenBirthAndNow
      : tooEarly
        ? messages.yearBeforeBirth
        : messages.yearInFuture;
  return error('year.range', message);
}
