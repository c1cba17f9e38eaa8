/**
 * The checks one date gets wherever it appears (a date element, a date-list option, a period's
 * from or to): is it a calendar date, and is it within the element's limits relative to today.
 */
import { addDays, toDayNumber } from '../dates/index.js';
import type { DateLimits } from '../model/element.js';
import { messages } from './messages.js';
import type { LocalizedText, ValidationRuleId } from './validation-error.js';

export interface DateProblem {
  readonly ruleId: Extract<ValidationRuleId, 'date.invalid' | 'date.max' | 'date.min'>;
  readonly message: LocalizedText;
}

/**
 * The problem with a non-empty date string, or undefined when it is fine. Limits are inclusive:
 * `maxDaysFromToday: 0` allows today itself. The message names the latest/earliest allowed date.
 */
export function checkDate(date: string, limits: DateLimits, today: string): DateProblem | undefined {
  const day = toDayNumber(date);
  if (day === undefined) return { ruleId: 'date.invalid', message: messages.dateInvalid };
  const todayNumber = toDayNumber(today);
  if (todayNumber === undefined) throw new RangeError(`Invalid today: ${today}`);
  if (limits.maxDaysFromToday !== undefined && day > todayNumber + limits.maxDaysFromToday) {
    return { ruleId: 'date.max', message: messages.dateMax(addDays(today, limits.maxDaysFromToday)) };
  }
  if (limits.minDaysFromToday !== undefined && day < todayNumber + limits.minDaysFromToday) {
    return { ruleId: 'date.min', message: messages.dateMin(addDays(today, limits.minDaysFromToday)) };
  }
  return undefined;
}
