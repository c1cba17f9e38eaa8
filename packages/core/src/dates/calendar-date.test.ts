import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  fromDayNumber,
  inclusiveDays,
  isValidDate,
  stockholmDate,
  toDayNumber,
} from './calendar-date.js';

/** What the day arithmetic must agree with: JavaScript's own proleptic Gregorian calendar in UTC. */
const dateOfDayNumber = (dayNumber: number) => new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);

describe('calendar dates', () => {
  it('accepts real dates and rejects impossible or malformed ones', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2025-02-29')).toBe(false);
    expect(isValidDate('2025-13-01')).toBe(false);
    expect(isValidDate('2025-1-01')).toBe(false);
    expect(isValidDate('')).toBe(false);
    expect(isValidDate('1900-02-29')).toBe(false);
    expect(isValidDate('2000-02-29')).toBe(true);
    expect(isValidDate('2025-04-31')).toBe(false);
    expect(isValidDate('2025-00-10')).toBe(false);
    expect(isValidDate('2025-10-00')).toBe(false);
    expect(isValidDate('0099-12-31')).toBe(false);
    expect(isValidDate('0100-01-01')).toBe(true);
  });

  it('numbers days as JavaScript dates do, both ways, every day from 1900 to 2200 and across the years 100–9999', () => {
    const first = toDayNumber('0100-01-01')!;
    const last = toDayNumber('9999-12-31')!;
    const days = [];
    for (let day = toDayNumber('1900-01-01')!; day <= toDayNumber('2200-12-31')!; day++) days.push(day);
    for (let day = first; day <= last; day += 97) days.push(day);
    days.push(first, last, 0, -1);
    for (const day of days) {
      const date = dateOfDayNumber(day);
      expect(fromDayNumber(day), `day ${day}`).toBe(date);
      expect(toDayNumber(date), date).toBe(day);
    }
    expect(toDayNumber('1970-01-01')).toBe(0);
  });

  it('adds days across month, year and daylight-saving boundaries', () => {
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('adds calendar months, clamping to the last day of a shorter month', () => {
    expect(addMonths('2025-01-15', 1)).toBe('2025-02-15');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2025-01-10', -13)).toBe('2023-12-10');
    expect(addMonths('2025-05-31', 0)).toBe('2025-05-31');
    expect(() => addMonths('2025-02-30', 1)).toThrow(RangeError);
  });

  it('counts days between and inclusive period lengths', () => {
    expect(daysBetween('2025-01-01', '2025-01-08')).toBe(7);
    expect(inclusiveDays('2025-01-01', '2025-01-01')).toBe(1);
    expect(daysBetween('2025-01-01', 'nonsense')).toBeUndefined();
  });

  it('gives the Stockholm date of an instant, not the UTC date', () => {
    expect(stockholmDate(new Date('2025-06-30T22:30:00Z'))).toBe('2025-07-01');
    expect(stockholmDate(new Date('2025-01-15T22:30:00Z'))).toBe('2025-01-15');
  });
});
