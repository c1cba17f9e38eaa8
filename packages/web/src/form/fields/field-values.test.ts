import { describe, expect, it } from 'vitest';
import type { UncertainDateElement } from '@intyg/core';
import { formatDecimal, parseDecimal } from './decimal.js';
import { investigationsAnswer, investigationsOf } from './investigation-rows.js';
import { joinUncertainDate, NO_PARTS, splitUncertainDate, withDatePart, yearChoices } from './uncertain-date-value.js';
import { acuityOf, withAcuityCell } from './visual-acuity-value.js';

describe('decimal numbers', () => {
  it('reads a comma and a point alike, blank as nothing and anything else as invalid', () => {
    expect(parseDecimal('0,5')).toBe(0.5);
    expect(parseDecimal('0.5')).toBe(0.5);
    expect(parseDecimal(' 1 ')).toBe(1);
    expect(parseDecimal(',8')).toBe(0.8);
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('  ')).toBeUndefined();
    for (const text of ['0,', 'abc', '0,5,1', '-1', '1e2', '0 5']) expect(parseDecimal(text), text).toBe('invalid');
  });

  it('writes with the language’s separator', () => {
    expect(formatDecimal(0.5, ',')).toBe('0,5');
    expect(formatDecimal(1, ',')).toBe('1');
    expect(formatDecimal(1.25, '.')).toBe('1.25');
  });
});

describe('visual acuity answers', () => {
  it('sets and clears cells, and an empty table is no answer', () => {
    const first = withAcuityCell(acuityOf(undefined), 'right', 'withoutCorrection', 0.5);
    expect(first).toEqual({ right: { withoutCorrection: 0.5 }, left: {}, binocular: {} });
    const lens = withAcuityCell(acuityOf(first), 'left', 'contactLens', true);
    expect(lens).toEqual({ right: { withoutCorrection: 0.5 }, left: { contactLens: true }, binocular: {} });
    const unticked = withAcuityCell(acuityOf(lens), 'left', 'contactLens', false);
    expect(unticked).toEqual(first);
    expect(withAcuityCell(acuityOf(unticked), 'right', 'withoutCorrection', undefined)).toBeUndefined();
  });

  it('reads a malformed answer as an empty table, and no contact lens for both eyes', () => {
    expect(acuityOf('0,5')).toEqual({ right: {}, left: {}, binocular: {} });
    expect(
      acuityOf({ right: { withoutCorrection: '0,5' }, binocular: { contactLens: true, withCorrection: 1 } }),
    ).toEqual({ right: {}, left: {}, binocular: { withCorrection: 1 } });
  });
});

describe('uncertain dates', () => {
  const element: UncertainDateElement = {
    id: 'X',
    kind: 'uncertainDate',
    fieldId: 'X.1',
    label: 'När?',
    allowUnknownDay: true,
    allowUnknownMonth: true,
  };

  it('splits and joins the three forms, and only a complete choice is an answer', () => {
    for (const value of ['2019-05-12', '2019-05-00', '2019-00-00']) {
      expect(joinUncertainDate(splitUncertainDate(value))).toBe(value);
    }
    expect(splitUncertainDate('2019-5-1')).toEqual(NO_PARTS);
    expect(splitUncertainDate(2019)).toEqual(NO_PARTS);
    expect(joinUncertainDate({ year: '2019', month: '05', day: '' })).toBeUndefined();
  });

  it('makes the day unknown with the month, and asks for it again when a month is chosen', () => {
    const unknownMonth = withDatePart({ year: '2019', month: '05', day: '12' }, 'month', '00');
    expect(joinUncertainDate(unknownMonth)).toBe('2019-00-00');
    const monthAgain = withDatePart(unknownMonth, 'month', '07');
    expect(monthAgain).toEqual({ year: '2019', month: '07', day: '' });
    expect(withDatePart({ year: '2019', month: '05', day: '12' }, 'month', '06')).toEqual({
      year: '2019',
      month: '06',
      day: '12',
    });
  });

  it('offers years from the latest allowed back to the earliest, newest first, keeping a stored year', () => {
    const years = yearChoices(element, '2025-06-15', '');
    expect(years[0]).toBe('2025');
    expect(years.at(-1)).toBe('1905');
    const limited = yearChoices({ ...element, minDaysFromToday: -800, maxDaysFromToday: 400 }, '2025-06-15', '');
    expect(limited).toEqual(['2026', '2025', '2024', '2023']);
    expect(yearChoices({ ...element, minDaysFromToday: -800 }, '2025-06-15', '1990')).toEqual([
      '2025',
      '2024',
      '2023',
      '1990',
    ]);
  });
});

describe('investigation rows', () => {
  const row = { code: 'LOGOPED', date: '2025-01-10', source: 'Logopedmottagningen' };
  const empty = { code: '', date: '', source: '' };

  it('drops trailing empty rows but keeps an empty row between filled ones', () => {
    expect(investigationsAnswer([row, empty, empty])).toEqual([row]);
    expect(investigationsAnswer([empty, row])).toEqual([empty, row]);
    expect(investigationsAnswer([empty, { ...empty, source: '  ' }])).toBeUndefined();
  });

  it('reads malformed rows as empty ones', () => {
    expect(investigationsOf([row, null, { code: 1 }])).toEqual([row, empty, empty]);
    expect(investigationsOf('x')).toEqual([]);
  });
});
