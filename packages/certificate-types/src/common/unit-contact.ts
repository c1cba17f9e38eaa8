import type { UnitContactElement } from '@intyg/core';

/** Element id of the issuing unit's contact details, as certificate-service names it. */
export const UNIT_CONTACT_ELEMENT_ID = 'UNIT_CONTACT_INFORMATION';

/**
 * The issuing unit's postal address, postal code, city and phone ("Vårdenhetens adress"). Every field
 * is required; the validator reports each missing one (`unitContact.missing`). The answer is filled
 * from the care unit and re-read when a certificate is renewed, so renewal never copies it.
 */
export function unitContactElement(): UnitContactElement {
  return {
    id: UNIT_CONTACT_ELEMENT_ID,
    kind: 'unitContact',
    label: 'Vårdenhetens adress',
    includeWhenRenewing: false,
  };
}
