import { dayCoverage, inclusiveDays, type DayInterval } from '@intyg/core';

/** The periods as one sick leave: the days it covers and the calendar days from its first to its last day. */
export interface SickLeaveSummary {
  /** Days covered by the periods, overlaps counted once and breaks not at all. */
  readonly covered: number;
  readonly first: string;
  readonly last: string;
  /** Calendar days from the first to the last day, breaks included. */
  readonly span: number;
}

/** The length of one period, counting both ends; undefined until it has two dates in order. */
export function periodDays(period: DayInterval): number | undefined {
  const days = inclusiveDays(period.from, period.to);
  return days !== undefined && days >= 1 ? days : undefined;
}

/** The summary of the complete periods (those with two dates in order); undefined when there is none. */
export function sickLeaveSummary(periods: readonly DayInterval[]): SickLeaveSummary | undefined {
  const coverage = dayCoverage(periods);
  if (coverage === undefined) return undefined;
  const { first, last, days } = coverage;
  return { covered: days, first, last, span: inclusiveDays(first, last) ?? 0 };
}
