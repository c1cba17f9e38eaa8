import { describe, expect, it } from 'vitest';
import type { UnitContactElement } from '../model/element.js';
import { validateUnitContact } from './validate-unit-contact.js';

const element: UnitContactElement = { kind: 'unitContact', id: 'UNIT_CONTACT_INFORMATION' };
const context = { today: '2025-03-10', categoryId: 'KAT_UNIT' };
const complete = { address: 'Storgatan 1', zipCode: '111 22', city: 'Stockholm', phone: '08-123 45' };

describe('validateUnitContact', () => {
  it('accepts complete contact details', () => {
    expect(validateUnitContact(element, complete, context)).toEqual([]);
  });

  it('reports each blank field with Webcert’s message', () => {
    const errors = validateUnitContact(element, { ...complete, zipCode: ' ', phone: '' }, context);
    expect(errors.map((e) => [e.ruleId, e.elementId, e.fieldId, e.message.sv])).toEqual([
      ['unitContact.missing', 'UNIT_CONTACT_INFORMATION', 'zipCode', 'Ange postnummer.'],
      ['unitContact.missing', 'UNIT_CONTACT_INFORMATION', 'phone', 'Ange telefonnummer.'],
    ]);
  });

  it('reports all four fields when there is no value', () => {
    expect(validateUnitContact(element, undefined, context).map((e) => [e.fieldId, e.message.sv])).toEqual([
      ['address', 'Ange postadress.'],
      ['zipCode', 'Ange postnummer.'],
      ['city', 'Ange postort.'],
      ['phone', 'Ange telefonnummer.'],
    ]);
  });
});
