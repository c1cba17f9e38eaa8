/**
 * One from/to date range (AG1-14's "Period då arbetsförmågan bedöms vara nedsatt"), as Webcert's
 * `ElementValidationDateRange`: a range with one date missing is incomplete (`dateRange.incomplete`,
 * "Ange ett datum." on `<fieldId>.from` or `<fieldId>.to`); each date given is a calendar date within the
 * element's limits (`date.invalid`/`date.max`/`date.min`/`date.beforeBirth` on its end); a complete range
 * must not end before it starts (`dateRange.order` on `<fieldId>`, as a period's order error is on its grade).
 * No dates at all is no answer: the mandatory rule's business ("Ange period.").
 */
import { toDayNumber } from '../dates/index.js';
import type { AnswerValue } from '../model/answers.js';
import type { DateRangeElement } from '../model/element.js';
import { validationError, type ElementValidationContext } from './context.js';
import { checkDate } from './date-checks.js';
import { messages } from './messages.js';
import type { ValidationError } from './validation-error.js';
import { isDateRange } from './values.js';

export function validateDateRange(
  element: DateRangeElement,
  value: AnswerValue | undefined,
  context: ElementValidationContext,
): ValidationError[] {
  if (!isDateRange(value) || (value.from === '' && value.to === '')) return [];
  const error = validationError.bind(undefined, element.id, context);
  const errors: ValidationError[] = [];
  for (const end of ['from', 'to'] as const) {
    const date = value[end];
    const fieldId = `${element.fieldId}.${end}`;
    if (date === '') {
      errors.push(error('dateRange.incomplete', fieldId, messages.dateMissing));
      continue;
    }
    const problem = checkDate(date, element, context.today, context.patientBirthDate);
    if (problem) errors.push(error(problem.ruleId, fieldId, problem.message));
  }
  const from = toDayNumber(value.from);
  const to = toDayNumber(value.to);
  if (from !== undefined && to !== undefined && to < from) {
    errors.push(error('dateRange.order', element.fieldId, messages.periodsOrder));
  }
  return errors;
}
