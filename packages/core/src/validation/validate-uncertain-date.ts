/**
 * A date whose day, or month and day, may be unknown: "YYYY-MM-DD", "YYYY-MM-00" or "YYYY-00-00".
 *
 * - anything else, e.g. "2019-00-05" or "2019-02-30", is `uncertainDate.invalid` (Webcert: "åååå måste
 *   anges, månad och dag kan anges som 00.");
 * - an unknown month or day the element does not allow is `uncertainDate.invalid` too ("Ange månad." /
 *   "Ange dag.");
 * - the element's date limits apply to every day the date may be: "2019-05-00" breaks "not after today"
 *   only when all of May 2019 is after today, "not before birth" only when all of it is before the birth
 *   date (`date.max`/`date.min`/`date.beforeBirth`).
 *
 * An empty string is no answer. Errors are on the element's field id.
 */
import { toDayNumber } from '../dates/index.js';
import type { AnswerValue } from '../model/answers.js';
import type { UncertainDateElement } from '../model/element.js';
import { validationError, type ElementValidationContext } from './context.js';
import { checkDayLimits } from './date-checks.js';
import { messages } from './messages.js';
import type { ValidationError } from './validation-error.js';

const UNCERTAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The first and last day (day numbers) an uncertain date may be; undefined when it is not well formed. */
export function uncertainDateSpan(value: string): { earliest: number; latest: number } | undefined {
  const match = UNCERTAIN_DATE.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  if (month === '00') {
    if (day !== '00') return undefined;
    const earliest = toDayNumber(`${year}-01-01`);
    const latest = toDayNumber(`${year}-12-31`);
    return earliest === undefined || latest === undefined ? undefined : { earliest, latest };
  }
  if (day === '00') {
    const earliest = toDayNumber(`${year}-${month}-01`);
    if (earliest === undefined) return undefined;
    // The month's last day: the first of 31, 30, 29, 28 that is a calendar date.
    const latest = ['31', '30', '29', '28']
      .map((last) => toDayNumber(`${year}-${month}-${last}`))
      .find((d) => d !== undefined);
    return latest === undefined ? undefined : { earliest, latest };
  }
  const exact = toDayNumber(value);
  return exact === undefined ? undefined : { earliest: exact, latest: exact };
}

export function validateUncertainDate(
  element: UncertainDateElement,
  value: AnswerValue | undefined,
  context: ElementValidationContext,
): ValidationError[] {
  if (typeof value !== 'string' || value === '') return [];
  const error = validationError.bind(undefined, element.id, context);
  const span = uncertainDateSpan(value);
  if (span === undefined) return [error('uncertainDate.invalid', element.fieldId, messages.uncertainDateInvalid)];
  // An unknown month makes the day unknown too, so "YYYY-00-00" needs only allowUnknownMonth.
  if (value.slice(5, 7) === '00') {
    if (!element.allowUnknownMonth) {
      return [error('uncertainDate.invalid', element.fieldId, messages.uncertainDateMonthMissing)];
    }
  } else if (value.slice(8, 10) === '00' && !element.allowUnknownDay) {
    return [error('uncertainDate.invalid', element.fieldId, messages.uncertainDateDayMissing)];
  }
  const problem = checkDayLimits(span.earliest, span.latest, element, context.today, context.patientBirthDate);
  return problem ? [error(problem.ruleId, element.fieldId, problem.message)] : [];
}
