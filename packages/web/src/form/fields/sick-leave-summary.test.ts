import { describe, expect, it } from 'vitest';
import { periodDays, sickLeaveSummary } from './sick-leave-summary.js';

const p = (from: string, to: string) => ({ from, to });

describe('the sick-leave periods in days', () => {
  it('counts a period with both ends, and nothing for one being typed or out of order', () => {
    expect(periodDays(p('2025-03-03', '2025-03-03'))).toBe(1);
    expect(periodDays(p('2025-03-03', '2025-03-16'))).toBe(14);
    expect(periodDays(p('2025-02-20', '2025-03-05'))).toBe(14);
    expect(periodDays(p('2024-02-20', '2024-03-05'))).toBe(15);
    expect(periodDays(p('2025-03-03', ''))).toBeUndefined();
    expect(periodDays(p('2025-03-03', '+7'))).toBeUndefined();
    expect(periodDays(p('2025-03-10', '2025-03-03'))).toBeUndefined();
  });

  it('sums back-to-back periods into one sick leave', () => {
    expect(sickLeaveSummary([p('2025-03-03', '2025-03-16'), p('2025-03-17', '2025-03-30')])).toEqual({
      covered: 28,
      first: '2025-03-03',
      last: '2025-03-30',
      span: 28,
    });
  });

  it('counts overlapping days once', () => {
    expect(sickLeaveSummary([p('2025-03-03', '2025-03-16'), p('2025-03-10', '2025-03-20')])).toMatchObject({
      covered: 18,
      span: 18,
    });
  });

  it('leaves breaks out of the days covered but not out of the calendar days', () => {
    expect(sickLeaveSummary([p('2025-03-17', '2025-03-30'), p('2025-03-01', '2025-03-07')])).toEqual({
      covered: 21,
      first: '2025-03-01',
      last: '2025-03-30',
      span: 30,
    });
  });

  it('ignores incomplete periods, and has nothing to say without a complete one', () => {
    expect(sickLeaveSummary([p('2025-03-03', '2025-03-09'), p('2025-03-10', '')])).toMatchObject({ covered: 7 });
    expect(sickLeaveSummary([p('2025-03-10', ''), p('', '')])).toBeUndefined();
    expect(sickLeaveSummary([])).toBeUndefined();
  });
});
