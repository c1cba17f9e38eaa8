/**
 * Shape guards for answer values. `parseAnswers` rejects values of the wrong shape before they are
 * stored; these guards let the validators narrow the `AnswerValue` union and skip, rather than crash
 * on, a value that did not come through it.
 */
import type {
  AnswerValue,
  CodeDate,
  DateRange,
  DiagnosisRow,
  MedicalInvestigation,
  SickLeavePeriod,
  UnitContact,
} from '../model/answers.js';

type Value = AnswerValue | undefined;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasStrings(value: unknown, keys: readonly string[]): boolean {
  return isRecord(value) && keys.every((key) => typeof value[key] === 'string');
}

export function isStringList(value: Value): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export function isCodeDateList(value: Value): value is readonly CodeDate[] {
  return Array.isArray(value) && value.every((item) => hasStrings(item, ['code', 'date']));
}

export function isPeriodList(value: Value): value is readonly SickLeavePeriod[] {
  return Array.isArray(value) && value.every((item) => hasStrings(item, ['code', 'from', 'to']));
}

export function isDiagnosisRowList(value: Value): value is readonly DiagnosisRow[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) =>
        hasStrings(item, ['code', 'description']) &&
        isRecord(item) &&
        (item.system === undefined || typeof item.system === 'string'),
    )
  );
}

export function isUnitContact(value: Value): value is UnitContact {
  return hasStrings(value, ['address', 'zipCode', 'city', 'phone']);
}

export function isDateRange(value: Value): value is DateRange {
  return hasStrings(value, ['from', 'to']);
}

export function isInvestigationList(value: Value): value is readonly MedicalInvestigation[] {
  return Array.isArray(value) && value.every((item) => hasStrings(item, ['code', 'date', 'source']));
}
