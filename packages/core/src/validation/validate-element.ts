/**
 * One element, one value: the content checks of its kind, and what its mandatory error looks like.
 * Visibility and whether the element is mandatory or answered come from the evaluated form
 * (see validate-certificate.ts); nothing here reads rules.
 */
import type { AnswerValue } from '../model/answers.js';
import type { ValueElement } from '../model/element.js';
import type { ElementValidationContext } from './context.js';
import { messages } from './messages.js';
import { validateCodeList } from './validate-code-list.js';
import { validateDateRange } from './validate-date-range.js';
import { validateDate, validateDateList } from './validate-dates.js';
import { validateDiagnoses } from './validate-diagnoses.js';
import { validateIcf } from './validate-icf.js';
import { validateInteger } from './validate-integer.js';
import { validateInvestigations } from './validate-investigations.js';
import { validatePeriods } from './validate-periods.js';
import { validateText } from './validate-text.js';
import { validateUncertainDate } from './validate-uncertain-date.js';
import { validateUnitContact } from './validate-unit-contact.js';
import { validateVisualAcuity } from './validate-visual-acuity.js';
import { validateYear } from './validate-year.js';
import type { LocalizedText, ValidationError } from './validation-error.js';

/** The content checks of the element's kind. Kinds without content rules (booleans, radios) give none. */
export function validateElementValue(
  element: ValueElement,
  value: AnswerValue | undefined,
  context: ElementValidationContext,
): ValidationError[] {
  switch (element.kind) {
    case 'textField':
    case 'textArea':
      return validateText(element, value, context);
    case 'icf':
      return validateIcf(element, value, context);
    case 'integer':
      return validateInteger(element, value, context);
    case 'date':
      return validateDate(element, value, context);
    case 'checkboxDateList':
      return validateDateList(element, value, context);
    case 'checkboxCodeList':
      return validateCodeList(element, value, context);
    case 'sickLeavePeriods':
      return validatePeriods(element, value, context);
    case 'diagnoses':
      return validateDiagnoses(element, value, context);
    case 'unitContact':
      return validateUnitContact(element, value, context);
    case 'checkboxBoolean':
    case 'radioBoolean':
    case 'radioCode':
    case 'dropdown':
      return [];
    case 'dateRange':
      return validateDateRange(element, value, context);
    case 'year':
      return validateYear(element, value, context);
    case 'uncertainDate':
      return validateUncertainDate(element, value, context);
    case 'visualAcuity':
      return validateVisualAcuity(element, value, context);
    case 'medicalInvestigationList':
      return validateInvestigations(element, value, context);
  }
}

export interface MandatoryTarget {
  readonly fieldId: string;
  readonly message: LocalizedText;
}

/**
 * Where a missing answer is reported and with which text (Webcert's per kind: "Ange ett svar." for text,
 * numbers and years, "Ange ett datum." for a date, "Ange period." for a date range, "Välj ett alternativ."
 * for a choice of one and on the first investigation row's type, "Välj minst ett alternativ." for lists,
 * "Ange minst en diagnos." on the first diagnosis row's code).
 * `undefined` for unitContact, whose own check reports each missing field.
 */
export function mandatoryTarget(element: ValueElement): MandatoryTarget | undefined {
  switch (element.kind) {
    case 'textField':
    case 'textArea':
    case 'icf':
    case 'integer':
    case 'year':
      return { fieldId: element.fieldId, message: messages.answerMissing };
    case 'date':
    case 'uncertainDate':
      return { fieldId: element.fieldId, message: messages.dateMissing };
    case 'dateRange':
      return { fieldId: element.fieldId, message: messages.dateRangeMissing };
    case 'visualAcuity':
      // Normally each required cell reports itself (visualAcuity.missing); this is for a table without any.
      return {
        fieldId: `${element.id}.${element.requiredCells[0] ?? 'right.withoutCorrection'}`,
        message: messages.answerMissing,
      };
    case 'medicalInvestigationList':
      return { fieldId: `${element.id}[0].code`, message: messages.optionMissing };
    case 'checkboxBoolean':
    case 'radioBoolean':
    case 'radioCode':
    case 'dropdown':
      return { fieldId: element.fieldId, message: messages.optionMissing };
    case 'checkboxCodeList':
    case 'checkboxDateList':
    case 'sickLeavePeriods':
      return { fieldId: element.id, message: messages.optionsMissing };
    case 'diagnoses': {
      const firstRow = element.rows[0];
      return { fieldId: firstRow ? `${firstRow.id}.code` : element.id, message: messages.diagnosesMissing };
    }
    case 'unitContact':
      return undefined;
  }
}
