/**
 * A list of medical investigations (LUSE's "Ange utredning eller underlag"): per row a type, a date and a
 * source, after Webcert's `ElementValidationMedicalInvestigationList`. Field ids are `<elementId>[<i>].code`,
 * `.date` and `.source`, with `i` the 0-based row index of the answer.
 *
 * - a row with something filled in needs all three (`investigations.incomplete`: "Välj ett alternativ." on
 *   the type, "Ange ett datum." on the date, "Ange ett svar." on the source); an empty row counts as
 *   incomplete when a filled row follows it (rows are filled from the top), and is ignored at the end;
 * - a date given is a calendar date within the element's limits (`date.invalid`/`date.max`/`date.min`/
 *   `date.beforeBirth`);
 * - a source is at most `sourceLimit` characters (`text.limit`);
 * - at most `maxRows` rows (`investigations.max`, on the element id).
 */
import type { AnswerValue, MedicalInvestigation } from '../model/answers.js';
import type { MedicalInvestigationListElement } from '../model/element.js';
import { isBlank, validationError, type ElementValidationContext } from './context.js';
import { checkDate } from './date-checks.js';
import { messages } from './messages.js';
import type { ValidationError } from './validation-error.js';
import { isInvestigationList } from './values.js';

function isEmptyRow(row: MedicalInvestigation): boolean {
  return row.code === '' && row.date === '' && isBlank(row.source);
}

export function validateInvestigations(
  element: MedicalInvestigationListElement,
  value: AnswerValue | undefined,
  context: ElementValidationContext,
): ValidationError[] {
  if (!isInvestigationList(value)) return [];
  const error = validationError.bind(undefined, element.id, context);
  const errors: ValidationError[] = [];
  const lastFilled = value.findLastIndex((row) => !isEmptyRow(row));
  value.forEach((row, index) => {
    if (index > lastFilled) return;
    const field = (name: keyof MedicalInvestigation) => `${element.id}[${index}].${name}`;
    if (row.code === '') errors.push(error('investigations.incomplete', field('code'), messages.optionMissing));
    if (row.date === '') {
      errors.push(error('investigations.incomplete', field('date'), messages.dateMissing));
    } else {
      const problem = checkDate(row.date, element, context.today, context.patientBirthDate);
      if (problem) errors.push(error(problem.ruleId, field('date'), problem.message));
    }
    if (isBlank(row.source)) {
      errors.push(error('investigations.incomplete', field('source'), messages.answerMissing));
    } else if (row.source.length > element.sourceLimit) {
      errors.push(error('text.limit', field('source'), messages.textLimit(element.sourceLimit)));
    }
  });
  // Trailing empty rows are not rows of the answer.
  if (lastFilled + 1 > element.maxRows) {
    errors.push(error('investigations.max', element.id, messages.investigationsMax(element.maxRows)));
  }
  return errors;
}
