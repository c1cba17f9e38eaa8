/**
 * Inclusive intervals of calendar days (YYYY-MM-DD), as sick-leave periods are: 2025-10-01–2025-10-14 is
 * 14 days. Day numbers make the arithmetic exact across months and daylight-saving changes.
 */
import { fromDayNumber, toDayNumber } from '../dates/index.js';

export interface DayInterval {
  readonly from: string;
  readonly to: string;
}

interface DayNumbers {
  readonly start: number;
  readonly end: number;
}

/** The intervals with valid, ordered dates, as day numbers; anything else (a period being typed) is left out. */
function numbered(intervals: readonly DayInterval[]): DayNumbers[] {
  const result: DayNumbers[] = [];
  for (const interval of intervals) {
    const start = toDayNumber(interval.from);
    const end = toDayNumber(interval.to);
    if (start !== undefined && end !== undefined && start <= end) result.push({ start, end });
  }
  return result;
}

/** Overlapping and touching intervals merged, in date order, as day numbers. */
function mergedDayNumbers(intervals: readonly DayInterval[]): DayNumbers[] {
  const sorted = numbered(intervals).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const next of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && next.start <= last.end + 1) last.end = Math.max(last.end, next.end);
    else merged.push({ ...next });
  }
  return merged;
}

/** Overlapping and touching intervals merged, in date order. */
export function mergeIntervals(intervals: readonly DayInterval[]): DayInterval[] {
  return mergedDayNumbers(intervals).map(({ start, end }) => ({ from: fromDayNumber(start), to: fromDayNumber(end) }));
}

/** The number of distinct days the intervals cover: overlaps counted once, gaps not at all. */
export function coveredDays(intervals: readonly DayInterval[]): number {
  return dayCoverage(intervals)?.days ?? 0;
}

/** The intervals taken together: their first and last day and the days they cover; undefined when none is complete. */
export interface DayCoverage {
  readonly first: string;
  readonly last: string;
  /** Distinct days covered: overlaps counted once, gaps not at all. */
  readonly days: number;
}

/** The coverage of the intervals, merged once (what `mergeIntervals` and `coveredDays` would give together). */
export function dayCoverage(intervals: readonly DayInterval[]): DayCoverage | undefined {
  const merged = mergedDayNumbers(intervals);
  if (merged.length === 0) return undefined;
  return {
    first: fromDayNumber(merged[0]!.start),
    last: fromDayNumber(merged.at(-1)!.end),
    days: merged.reduce((sum, { start, end }) => sum + end - start + 1, 0),
  };
}

/**
 * Whether two sets of intervals lie at most `maxGapDays` days apart (Rehabstöd's maxIntygsGlapp): with a gap
 * of 5, a certificate ending on the 10th and one starting on the 16th belong to one sick-leave case.
 */
export function withinGap(a: readonly DayInterval[], b: readonly DayInterval[], maxGapDays: number): boolean {
  const left = numbered(a);
  const right = numbered(b);
  return left.some((x) => right.some((y) => y.start <= x.end + maxGapDays + 1 && x.start <= y.end + maxGapDays + 1));
}
