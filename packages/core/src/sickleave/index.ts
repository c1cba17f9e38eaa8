export {
  coveredDays,
  dayCoverage,
  mergeIntervals,
  withinGap,
  type DayCoverage,
  type DayInterval,
} from './day-intervals.js';
export {
  DEFAULT_MAX_GAP_DAYS,
  sickLeaveCaseOf,
  type SickLeaveCase,
  type SickLeaveCertificate,
} from './sick-leave-case.js';
export * from './sick-leave-warnings.js';
