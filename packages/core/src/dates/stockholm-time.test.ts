import { describe, expect, it } from 'vitest';
import { instantOfStockholmDateTime, stockholmDateTime } from './stockholm-time.js';

describe('Stockholm wall-clock times', () => {
  it('formats an instant in winter (UTC+1) and summer (UTC+2) time', () => {
    expect(stockholmDateTime(new Date('2024-01-15T07:59:13Z'))).toBe('2024-01-15T08:59:13');
    expect(stockholmDateTime(new Date('2016-08-10T06:59:13Z'))).toBe('2016-08-10T08:59:13');
    expect(stockholmDateTime(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01T00:30:00');
  });

  it('finds the instant of a wall-clock time, round-tripping', () => {
    expect(instantOfStockholmDateTime('2016-08-10T08:59:13')).toBe('2016-08-10T06:59:13.000Z');
    expect(instantOfStockholmDateTime('2024-01-15T08:59:13.5')).toBe('2024-01-15T07:59:13.500Z');
    const instant = new Date('2023-03-26T00:30:00Z');
    expect(instantOfStockholmDateTime(stockholmDateTime(instant))).toBe(instant.toISOString());
  });

  it('refuses what is no wall-clock time in Stockholm', () => {
    expect(instantOfStockholmDateTime('2021-02-30T10:00:00')).toBeUndefined();
    expect(instantOfStockholmDateTime('2024-03-31T02:30:00')).toBeUndefined();
    expect(instantOfStockholmDateTime('2016-08-10 08:59:13')).toBeUndefined();
    expect(instantOfStockholmDateTime('2016-08-10T08:59:13Z')).toBeUndefined();
    expect(instantOfStockholmDateTime('')).toBeUndefined();
  });

  it('takes the earlier instant in the repeated autumn hour', () => {
    expect(instantOfStockholmDateTime('2024-10-27T02:30:00')).toBe('2024-10-27T00:30:00.000Z');
  });
});
