/**
 * Sick-leave periods ("Behov av sjukskrivning"), following Webcert's date-range-list algorithm
 * (`ElementValidationDateRangeList`) and the LISJP Schematron rules:
 *
 * 1. per period: a missing from or to date (`periods.incomplete`, "Ange ett datum."), a date that is not
 *    a calendar date (`date.invalid`), a date outside the element's limits (`date.max`/`date.min`/`date.beforeBirth`), and an
 *    end before the start (`periods.order`);
 * 2. each grade at most once (`periods.gradeDuplicate`, on the second use);
 * 3. between minPeriods and maxPeriods periods (`periods.count`, only when there is at least one: no
 *    periods at all is the mandatory rule's business);
 * 4. no overlap among the complete, ordered periods: two periods overlap iff
 *    min(to1, to2) − max(from1, from2) ≥ 0 in days, so touching on the same day counts. Each overlapping
 *    period is reported once, on the from date of the later of the two (as Webcert's legacy editor).
 *
 * Field ids: `<GRADE>.from`, `<GRADE>.to`, `<GRADE>` for the whole period, the element id for the count.
 */
import { toDayNumber } from '../dates/index.js';
import type { AnswerValue } from '../model/answers.js';
import type { SickLeavePeriodsElement } from '../model/element.js';
import { validationError, type ElementValidationContext } from './context.js';
import { checkDate } from './date-checks.js';
import { messages } from './messages.js';
import type { ValidationError } from './validation-error.js';
import { isPeriodList } from './values.js';

interface CheckedPeriod {
  readonly code: string;
  readonly index: number;
  readonly from: number;
  readonly to: number;
}

export function validatePeriods(
  element: SickLeavePeriodsElement,
  value: AnswerValue | undefined,
  context: ElementValidationContext,
): ValidationError[] {
  if (!isPeriodList(value)) return [];
  const error = validationError.bind(undefined, element.id, context);
  const label = (code: string) => element.options.find((option) => option.id === code)?.label ?? code;
  const errors: ValidationError[] = [];
  const checked: CheckedPeriod[] = [];
  const grades = new Set<string>();

  value.forEach((period, index) => {
    if (grades.has(period.code)) {
      errors.push(error('periods.gradeDuplicate', period.code, messages.periodGradeDuplicate(label(period.code))));
      return;
    }
    grades.add(period.code);
    const days: { from?: number; to?: number } = {};
    for (const end of ['from', 'to'] as const) {
      const date = period[end];
      const fieldId = `${period.code}.${end}`;
      if (date === '') {
        errors.push(error('periods.incomplete', fieldId, messages.dateMissing));
        continue;
      }
      const problem = checkDate(date, element, context.today, context.patientBirthDate);
      if (problem) errors.push(error(problem.ruleId, fieldId, problem.message));
      days[end] = toDayNumber(date);
    }
    const { from, to } = days;
    if (from === undefined || to === undefined) return;
    if (to < from) {
      errors.push(error('periods.order', period.code, messages.periodsOrder));
      return;
    }
    checked.push({ code: period.code, index, from, to });
  });

  if (value.length > 0 && value.length < element.minPeriods) {
    errors.push(error('periods.count', element.id, messages.periodsTooFew(element.minPeriods)));
  }
  if (value.length > element.maxPeriods) {
    errors.push(error('periods.count', element.id, messages.periodsTooMany(element.maxPeriods)));
  }

  for (const later of overlappingLaterPeriods(checked)) {
    errors.push(error('periods.overlap', `${later.code}.from`, messages.periodsOverlap));
  }
  return errors;
}

/** The later period of every overlapping pair, each once, in the order of the answer. */
function overlappingLaterPeriods(periods: readonly CheckedPeriod[]): CheckedPeriod[] {
  const later = new Set<CheckedPeriod>();
  periods.forEach((a, i) => {
    for (const b of periods.slice(i + 1)) {
      if (Math.min(a.to, b.to) - Math.max(a.from, b.from) >= 0) later.add(b.from >= a.from ? b : a);
    }
  });
  return [...later].sort((a, b) => a.index - b.index);
}
