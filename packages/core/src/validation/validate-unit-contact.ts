import type { AnswerValue, UnitContact } from '../model/answers.js';
import type { UnitContactElement } from '../model/element.js';
import { isBlank, validationError, type ElementValidationContext } from './context.js';
import { messages } from './messages.js';
import type { LocalizedText, ValidationError } from './validation-error.js';
import { isRecord } from './values.js';

const FIELDS: readonly (readonly [keyof UnitContact, LocalizedText])[] = [
  ['address', messages.unitAddressMissing],
  ['zipCode', messages.unitZipCodeMissing],
  ['city', messages.unitCityMissing],
  ['phone', messages.unitPhoneMissing],
];

/**
 * The issuing unit's postal address, postal code, city and phone are always required, so a missing
 * value reports all four fields (Webcert's `ElementValidationUnitContactInformation`). This is the
 * element's whole mandatory check: it gives no separate `mandatory` error.
 */
export function validateUnitContact(
  element: UnitContactElement,
  value: AnswerValue | undefined,
  context: ElementValidationContext,
): ValidationError[] {
  const contact: Readonly<Record<string, unknown>> = isRecord(value) ? value : {};
  return FIELDS.filter(([field]) => {
    const fieldValue = contact[field];
    return typeof fieldValue !== 'string' || isBlank(fieldValue);
  }).map(([field, message]) => validationError(element.id, context, 'unitContact.missing', field, message));
}
