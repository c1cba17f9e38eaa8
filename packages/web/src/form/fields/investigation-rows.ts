/**
 * The rows of a medical-investigation list: { code, date, source }[]. Row i of the answer is the i:th row
 * shown; an empty row between filled ones is kept (validation then reports it), trailing empty rows are not.
 */
import type { MedicalInvestigation } from '@intyg/core';

export const EMPTY_INVESTIGATION: MedicalInvestigation = { code: '', date: '', source: '' };

export const isEmptyInvestigation = (row: MedicalInvestigation): boolean =>
  row.code === '' && row.date === '' && row.source.trim() === '';

/** Reads an answer defensively: rows not shaped like investigations read as empty rows. */
export function investigationsOf(value: unknown): MedicalInvestigation[] {
  if (!Array.isArray(value)) return [];
  return value.map((raw: unknown) => {
    if (typeof raw !== 'object' || raw === null) return EMPTY_INVESTIGATION;
    const row = raw as Record<string, unknown>;
    const text = (key: string) => (typeof row[key] === 'string' ? row[key] : '');
    return { code: text('code'), date: text('date'), source: text('source') };
  });
}

/** The answer for the rows shown: trailing empty rows dropped, `undefined` when none is left. */
export function investigationsAnswer(rows: readonly MedicalInvestigation[]): MedicalInvestigation[] | undefined {
  const next = [...rows];
  while (next.length > 0 && isEmptyInvestigation(next[next.length - 1] ?? EMPTY_INVESTIGATION)) next.pop();
  return next.length === 0 ? undefined : next;
}
