import { describe, expect, it } from 'vitest';
import type { SickLeavePeriod } from '../model/answers.js';
import type { SickLeavePeriodsElement } from '../model/element.js';
import { validatePeriods } from './validate-periods.js';

const element: SickLeavePeriodsElement = {
  kind: 'sickLeavePeriods',
  id: '32',
  minPeriods: 1,
  maxPeriods: 4,
  options: [
    { id: 'EN_FJARDEDEL', label: '25 procent', percent: 25 },
    { id: 'HALFTEN', label: '50 procent', percent: 50 },
    { id: 'TRE_FJARDEDEL', label: '75 procent', percent: 75 },
    { id: 'HELT_NEDSATT', label: '100 procent', percent: 100 },
  ],
};
const context = { today: '2025-03-10', categoryId: 'KAT_8' };

function summary(periods: readonly SickLeavePeriod[], spec: SickLeavePeriodsElement = element) {
  return validatePeriods(spec, periods, context).map((e) => [e.ruleId, e.elementId, e.fieldId, e.message.sv]);
}

describe('validatePeriods', () => {
  it('accepts adjacent periods (to1 + 1 day == from2)', () => {
    expect(
      summary([
        { code: 'HELT_NEDSATT', from: '2025-03-01', to: '2025-03-14' },
        { code: 'HALFTEN', from: '2025-03-15', to: '2025-03-31' },
      ]),
    ).toEqual([]);
  });

  it('reports touching periods (to1 == from2) as overlapping, on the later period’s from', () => {
    expect(
      summary([
        { code: 'HALFTEN', from: '2025-03-14', to: '2025-03-31' },
        { code: 'HELT_NEDSATT', from: '2025-03-01', to: '2025-03-14' },
      ]),
    ).toEqual([['periods.overlap', '32', 'HALFTEN.from', 'Ange perioder som inte överlappar varandra.']]);
  });

  it('reports each overlapping later period once', () => {
    const errors = summary([
      { code: 'HELT_NEDSATT', from: '2025-03-01', to: '2025-03-31' },
      { code: 'HALFTEN', from: '2025-03-05', to: '2025-03-06' },
      { code: 'EN_FJARDEDEL', from: '2025-03-06', to: '2025-03-20' },
    ]);
    expect(errors.map(([ruleId, , fieldId]) => [ruleId, fieldId])).toEqual([
      ['periods.overlap', 'HALFTEN.from'],
      ['periods.overlap', 'EN_FJARDEDEL.from'],
    ]);
  });

  it('reports a missing from or to date on that field', () => {
    expect(summary([{ code: 'HALFTEN', from: '2025-03-01', to: '' }])).toEqual([
      ['periods.incomplete', '32', 'HALFTEN.to', 'Ange ett datum.'],
    ]);
    expect(summary([{ code: 'HALFTEN', from: '', to: '' }]).map((e) => e[2])).toEqual(['HALFTEN.from', 'HALFTEN.to']);
  });

  it('reports an invalid date and leaves the period out of the overlap check', () => {
    expect(
      summary([
        { code: 'HALFTEN', from: '2025-02-30', to: '2025-03-10' },
        { code: 'HELT_NEDSATT', from: '2025-03-01', to: '2025-03-31' },
      ]),
    ).toEqual([['date.invalid', '32', 'HALFTEN.from', 'Ange ett giltigt datum.']]);
  });

  it('reports an end before the start on the period, and accepts a one-day period', () => {
    expect(summary([{ code: 'HALFTEN', from: '2025-03-10', to: '2025-03-09' }])).toEqual([
      ['periods.order', '32', 'HALFTEN', 'Ange ett slutdatum som infaller efter startdatumet.'],
    ]);
    expect(summary([{ code: 'HALFTEN', from: '2025-03-10', to: '2025-03-10' }])).toEqual([]);
  });

  it('reports a grade used twice, on the grade', () => {
    expect(
      summary([
        { code: 'HALFTEN', from: '2025-03-01', to: '2025-03-05' },
        { code: 'HALFTEN', from: '2025-03-10', to: '2025-03-20' },
      ]),
    ).toEqual([
      ['periods.gradeDuplicate', '32', 'HALFTEN', 'Sjukskrivningsgraden «50 procent» får bara anges för en period.'],
    ]);
  });

  it('reports fewer or more periods than the element allows, on the element', () => {
    const two = { ...element, minPeriods: 2, maxPeriods: 3 };
    expect(summary([{ code: 'HALFTEN', from: '2025-03-01', to: '2025-03-05' }], two)).toEqual([
      ['periods.count', '32', '32', 'Ange minst 2 perioder.'],
    ]);
    const four: SickLeavePeriod[] = [
      { code: 'EN_FJARDEDEL', from: '2025-03-01', to: '2025-03-02' },
      { code: 'HALFTEN', from: '2025-03-03', to: '2025-03-04' },
      { code: 'TRE_FJARDEDEL', from: '2025-03-05', to: '2025-03-06' },
      { code: 'HELT_NEDSATT', from: '2025-03-07', to: '2025-03-08' },
    ];
    expect(summary(four)).toEqual([]);
    expect(summary(four, two)).toEqual([['periods.count', '32', '32', 'Ange högst 3 perioder.']]);
    expect(summary([], two)).toEqual([]);
  });

  it('applies the element’s date limits to both dates', () => {
    const limited = { ...element, minDaysFromToday: -30, maxDaysFromToday: 30 };
    const errors = summary([{ code: 'HALFTEN', from: '2025-02-07', to: '2025-04-10' }], limited);
    expect(errors).toEqual([
      ['date.min', '32', 'HALFTEN.from', 'Ange ett datum som är tidigast 2025-02-08.'],
      ['date.max', '32', 'HALFTEN.to', 'Ange ett datum som är senast 2025-04-09.'],
    ]);
  });
});
