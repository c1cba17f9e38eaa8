import { describe, expect, it } from 'vitest';
import type { IntegerElement } from '../model/element.js';
import { validateInteger } from './validate-integer.js';

const element: IntegerElement = { kind: 'integer', id: '39.4', fieldId: '39.4', min: 1, max: 99 };
const context = { today: '2025-03-10' };

describe('validateInteger', () => {
  it('accepts the bounds themselves', () => {
    expect(validateInteger(element, 1, context)).toEqual([]);
    expect(validateInteger(element, 99, context)).toEqual([]);
  });

  it.each([0, 100, -5, 2.5])('reports %s as outside 1-99', (value) => {
    const errors = validateInteger(element, value, context);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ ruleId: 'integer.range', elementId: '39.4', fieldId: '39.4' });
    expect(errors[0]?.message.sv).toBe('Ange ett värde mellan 1-99.');
  });
});
