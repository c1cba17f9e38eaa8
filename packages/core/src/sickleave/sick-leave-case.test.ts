import { describe, expect, it } from 'vitest';
import { coveredDays, dayCoverage, mergeIntervals, withinGap } from './day-intervals.js';
import { sickLeaveCaseOf } from './sick-leave-case.js';

const p = (from: string, to: string) => ({ from, to });

describe('day intervals', () => {
  it('merges overlapping and touching intervals and counts each day once', () => {
    expect(
      mergeIntervals([p('2025-10-10', '2025-10-20'), p('2025-10-01', '2025-10-09'), p('2025-10-15', '2025-10-25')]),
    ).toEqual([p('2025-10-01', '2025-10-25')]);
    expect(coveredDays([p('2025-10-01', '2025-10-14'), p('2025-10-10', '2025-10-20')])).toBe(20);
    expect(coveredDays([p('2025-10-01', '2025-10-10'), p('2025-10-16', '2025-10-20')])).toBe(15);
    // Across the turn of the year and a leap day.
    expect(coveredDays([p('2023-12-30', '2024-03-01')])).toBe(63);
  });

  it('leaves out periods being typed: missing, invalid or reversed dates', () => {
    expect(coveredDays([p('2025-10-01', ''), p('2025-10-32', '2025-11-01'), p('2025-10-10', '2025-10-01')])).toBe(0);
    expect(dayCoverage([p('2025-10-01', ''), p('2025-10-10', '2025-10-01')])).toBeUndefined();
  });

  it('gives the first and last day and the days covered in one merge, gaps not counted', () => {
    expect(dayCoverage([p('2025-10-16', '2025-10-20'), p('2025-10-01', '2025-10-10'), p('2025-10-05', '')])).toEqual({
      first: '2025-10-01',
      last: '2025-10-20',
      days: 15,
    });
  });

  it('keeps certificates at most five days apart together, not six', () => {
    const first = [p('2025-10-01', '2025-10-10')];
    expect(withinGap(first, [p('2025-10-16', '2025-10-20')], 5)).toBe(true);
    expect(withinGap(first, [p('2025-10-17', '2025-10-20')], 5)).toBe(false);
    expect(withinGap([p('2025-10-17', '2025-10-20')], first, 5)).toBe(false);
    expect(withinGap(first, [p('2025-10-11', '2025-10-20')], 0)).toBe(true);
  });
});

describe('the sick-leave case of a certificate', () => {
  const draft = { id: 'draft', periods: [p('2025-10-20', '2025-11-02')] };

  it('is the certificate alone when no other lies within the gap', () => {
    expect(sickLeaveCaseOf(draft, [{ id: 'old', periods: [p('2025-09-01', '2025-10-13')] }])).toEqual({
      certificateIds: ['draft'],
      start: '2025-10-20',
      end: '2025-11-02',
      days: 14,
    });
  });

  it('takes in certificates through chains of short gaps, counting sick-leave days without the gaps', () => {
    const others = [
      { id: 'a', periods: [p('2025-09-01', '2025-09-30')] },
      { id: 'b', periods: [p('2025-10-03', '2025-10-15')] },
      { id: 'far', periods: [p('2025-06-01', '2025-06-30')] },
    ];
    const found = sickLeaveCaseOf(draft, others)!;
    expect([...found.certificateIds].sort()).toEqual(['a', 'b', 'draft']);
    expect(found).toMatchObject({ start: '2025-09-01', end: '2025-11-02', days: 30 + 13 + 14 });
  });

  it('counts overlapping certificates once', () => {
    const found = sickLeaveCaseOf(draft, [{ id: 'same', periods: [p('2025-10-25', '2025-11-05')] }])!;
    expect(found.days).toBe(17);
  });

  it('is undefined for a certificate without a complete period', () => {
    expect(sickLeaveCaseOf({ id: 'x', periods: [p('2025-10-01', '')] }, [])).toBeUndefined();
  });
});
