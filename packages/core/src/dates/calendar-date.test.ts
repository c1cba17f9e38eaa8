import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, inclusiveDays, isValidDate, stockholmDate } from './calendar-date.js';

describe('calendar dates', () => {
  it('accepts real dates and rejects impossible or malformed ones', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2025-02-29')).toBe(false);
    expect(isValidDate('2025-13-01')).toBe(false);
    expect(isValidDate('2025-1-01')).toBe(false);
    expect(isValidDate('')).toBe(false);
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
