import { isValueElement, type Answers, type CompiledModel } from '@intyg/core';
import type { CareUnit } from '../directory/test-directory.js';

/** Drafts start with the issuing unit's contact details, as Webcert fills them from HSA. */
export function prefillUnitContact(compiled: CompiledModel, unit: CareUnit): Answers {
  const answers: Record<string, Answers[string]> = {};
  for (const element of compiled.elementsInOrder) {
    if (isValueElement(element) && element.kind === 'unitContact') {
      answers[element.id] = { address: unit.address, zipCode: unit.zipCode, city: unit.city, phone: unit.phone };
    }
  }
  return answers;
}
