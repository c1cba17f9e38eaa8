/**
 * The checks one date gets wherever it appears (a date element, a date-list option, a period's
 * from or to, a date range, an investigation row, an uncertain date): is it a calendar date, and is it
 * within the element's limits relative to today and, when known, not before the patient's birth date.
 */
import { addDays, toDayNumber } from '../dates/index.js';
import type { DateLimits } from '../model/element.js';
import { messages } from './messages.js';
import type { LocalizedText, ValidationRuleId } from './validation-error.js';

export interface DateProblem {
  readonly ruleId: Extract<ValidationRuleId, 'date.invalid' | 'date.max' | 'date.min' | 'date.beforeBirth'>;
  readonly message: LocalizedText;
}

/**
 * The problem with a non-empty date string, or undefined when it is fine. Limits are inclusive:
 * `maxDaysFromToday: 0` allows today itself, `notBeforeBirth` allows the birth date itself. The message
 * names the latest/earliest allowed date. Without `patientBirthDate`, `notBeforeBirth` is not checked.
 */
export function checkDate(
  date: string,
  limits: DateLimits,
  today: string,
  patientBirthDate?: string,
): DateProblem | undefined {
  const day = toDayNumber(date);
  if (day === undefined) return { ruleId: 'date.invalid', message: messages.dateInvalid };
  return checkDayLimits(day, day, limits, today, patientBirthDate);
}

/**
 * The limits for a date known only to lie in [earliest, latest] (day numbers; an uncertain date such as
 * "2019-05-00" spans May): it breaks a limit only when every day it may be does, so a latest date is broken
 * by `earliest`, an earliest date or the birth date by `latest`.
 */
export function checkDayLimits(
  earliest: number,
  latest: number,
  limits: DateLimits,
  today: string,
  patientBirthDate?: string,
): DateProblem | undefined {
  const todayNumber = toDayNumber(today);
  if (todayNumber === undefined) throw new RangeError(`Invalid today: ${today}`);
  if (limits.maxDaysFromToday !== undefined && earliest > todayNumber + limits.maxDaysFromToday) {
    return { ruleId: 'date.max', message: messages.dateMax(addDays(today, limits.maxDaysFromToday)) };
  }
  if (limits.minDaysFromToday !== undefined && latest < todayNumber + limits.minDaysFromToday) {
    return { ruleId: 'date.min', message: messages.dateMin(addDays(today, limits.minDaysFromToday)) };
  }
  const birth = limits.notBeforeBirth && patientBirthDate !== undefined ? toDayNumber(patientBirthDate) : undefined;
  if (birth !== undefined && latest < birth) return { ruleId: 'date.beforeBirth', message: messages.dateBeforeBirth };
  return undefined;
}
