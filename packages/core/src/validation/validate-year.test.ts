import { describe, expect, it } from 'vitest';
import type { YearElement } from '../model/element.js';
import { validateYear } from './validate-year.js';

const both: YearElement = {
  kind: 'year',
  id: '35',
  fieldId: '35',
  notBeforeBirthYear: true,
  notAfterCurrentYear: true,
};
const context = { today: '2025-03-10', patientBirthDate: '1980-12-31' };
const summary = (element: YearElement, value: number, ctx: { today: string; patientBirthDate?: string } = context) =>
  validateYear(element, value, ctx).map((e) => [e.ruleId, e.fieldId, e.message.sv]);

describe('validateYear', () => {
  it('accepts the birth year and the current year themselves', () => {
    expect(summary(both, 1980)).toEqual([]);
    expect(summary(both, 2025)).toEqual([]);
  });

  it.each([0, 999, 10_000, 2020.5, -2020])('reports %s as not a four-digit year', (value) => {
    expect(summary(both, value)).toEqual([['year.invalid', '35', 'Ange ett giltigt årtal.']]);
  });

  it('reports a year outside the limits, in words matching the limits the element has', () => {
    const between = 'Ange ett årtal mellan patientens födelsedatum och dagens datum.';
    expect(summary(both, 1979)).toEqual([['year.range', '35', between]]);
    expect(summary(both, 2026)).toEqual([['year.range', '35', between]]);
    const birthOnly: YearElement = { ...both, notAfterCurrentYear: false };
    expect(summary(birthOnly, 1979)).toEqual([['year.range', '35', 'Ange ett år, senare än patientens födelseår.']]);
    expect(summary(birthOnly, 2030)).toEqual([]);
    const nowOnly: YearElement = { kind: 'year', id: '35', fieldId: '35', notAfterCurrentYear: true };
    expect(summary(nowOnly, 2026)).toEqual([['year.range', '35', 'Ange ett år, årets eller tidigare.']]);
    expect(summary(nowOnly, 1900)).toEqual([]);
  });

  it('skips the birth-year check without the birth date', () => {
    expect(summary(both, 1900, { today: '2025-03-10' })).toEqual([]);
  });
});
