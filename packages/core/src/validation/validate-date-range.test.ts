import { describe, expect, it } from 'vitest';
import type { DateRangeElement } from '../model/element.js';
import { validateDateRange } from './validate-date-range.js';

const element: DateRangeElement = {
  kind: 'dateRange',
  id: '7',
  fieldId: '7.2',
  minDaysFromToday: -7,
  notBeforeBirth: true,
};
const context = { today: '2025-03-10', patientBirthDate: '2025-03-05' };
const summary = (from: string, to: string) =>
  validateDateRange(element, { from, to }, context).map((e) => [e.ruleId, e.fieldId, e.message.sv]);

describe('validateDateRange', () => {
  it('accepts a range of one day, and no dates at all (no answer)', () => {
    expect(summary('2025-03-10', '2025-03-10')).toEqual([]);
    expect(summary('', '')).toEqual([]);
    expect(validateDateRange(element, undefined, context)).toEqual([]);
  });

  it('reports the missing end of an incomplete range', () => {
    expect(summary('2025-03-10', '')).toEqual([['dateRange.incomplete', '7.2.to', 'Ange ett datum.']]);
    expect(summary('', '2025-03-10')).toEqual([['dateRange.incomplete', '7.2.from', 'Ange ett datum.']]);
  });

  it('reports a range that ends before it starts on the range', () => {
    expect(summary('2025-03-10', '2025-03-09')).toEqual([
      ['dateRange.order', '7.2', 'Ange ett slutdatum som infaller efter startdatumet.'],
    ]);
  });

  it('checks each date on its own end', () => {
    expect(summary('2025-02-30', '2025-03-10')).toEqual([['date.invalid', '7.2.from', 'Ange ett giltigt datum.']]);
    expect(summary('2025-03-01', '2025-03-10')).toEqual([
      ['date.min', '7.2.from', 'Ange ett datum som är tidigast 2025-03-03.'],
    ]);
    expect(summary('2025-03-04', '2025-03-10')).toEqual([
      ['date.beforeBirth', '7.2.from', 'Ange ett datum som infaller efter patientens födelsedatum.'],
    ]);
  });
});
