/**
 * A sick-leave case (sjukfall): a patient's sick-leave certificates merged across short gaps, as Rehabstöd
 * and Webcert build it (domain.md §7.2, §6.1). Its length is the number of sick-leave days, gaps not counted.
 */
import { dayCoverage, withinGap, type DayInterval } from './day-intervals.js';

/** Webcert's FMB check merges certificates separated by at most five days (maxGlapp = 5). */
export const DEFAULT_MAX_GAP_DAYS = 5;

export interface SickLeaveCertificate {
  readonly id: string;
  readonly periods: readonly DayInterval[];
}

export interface SickLeaveCase {
  /** The certificates of the case, the starting one included. */
  readonly certificateIds: readonly string[];
  readonly start: string;
  readonly end: string;
  /** Sick-leave days: the union of the periods, gaps not counted. */
  readonly days: number;
}

/**
 * The case that `start` belongs to among `others`: every certificate reachable from it through gaps of at
 * most `maxGapDays`. Undefined when `start` has no complete period.
 */
export function sickLeaveCaseOf(
  start: SickLeaveCertificate,
  others: readonly SickLeaveCertificate[],
  maxGapDays = DEFAULT_MAX_GAP_DAYS,
): SickLeaveCase | undefined {
  if (dayCoverage(start.periods) === undefined) return undefined;
  const members = [start];
  const remaining = others.filter((other) => other.id !== start.id);
  let grown = true;
  while (grown) {
    grown = false;
    for (let i = remaining.length - 1; i >= 0; i--) {
      const candidate = remaining[i]!;
      if (members.some((member) => withinGap(member.periods, candidate.periods, maxGapDays))) {
        members.push(candidate);
        remaining.splice(i, 1);
        grown = true;
      }
    }
  }
  const coverage = dayCoverage(members.flatMap((member) => member.periods))!;
  return {
    certificateIds: members.map((member) => member.id),
    start: coverage.first,
    end: coverage.last,
    days: coverage.days,
  };
}
