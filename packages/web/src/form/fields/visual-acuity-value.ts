/**
 * The answer of a visual-acuity table: { right, left, binocular }, each { withoutCorrection?, withCorrection?,
 * contactLens? }. All three rows are always present so the shape is stable; an empty table is no answer.
 */
import type { VisualAcuity, VisualAcuityEye, VisualAcuityValues } from '@intyg/core';

export const EYES: readonly VisualAcuityEye[] = ['right', 'left', 'binocular'];
export const ACUITY_COLUMNS = ['withoutCorrection', 'withCorrection'] as const;
export type AcuityColumn = (typeof ACUITY_COLUMNS)[number];
export type AcuityKey = AcuityColumn | 'contactLens';

const EMPTY: VisualAcuity = { right: {}, left: {}, binocular: {} };

/** The cell's field id as validation names it, e.g. "8.right.withoutCorrection". */
export const acuityFieldId = (elementId: string, eye: VisualAcuityEye, key: AcuityKey): string =>
  `${elementId}.${eye}.${key}`;

/** Reads an answer defensively: anything not shaped like a table reads as an empty one. */
export function acuityOf(value: unknown): VisualAcuity {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return EMPTY;
  const record = value as Record<string, unknown>;
  const row = (eye: VisualAcuityEye): VisualAcuityValues => {
    const raw = record[eye];
    if (typeof raw !== 'object' || raw === null) return {};
    const cells = raw as Record<string, unknown>;
    return {
      ...(typeof cells['withoutCorrection'] === 'number' ? { withoutCorrection: cells['withoutCorrection'] } : {}),
      ...(typeof cells['withCorrection'] === 'number' ? { withCorrection: cells['withCorrection'] } : {}),
      ...(eye !== 'binocular' && typeof cells['contactLens'] === 'boolean'
        ? { contactLens: cells['contactLens'] }
        : {}),
    };
  };
  return { right: row('right'), left: row('left'), binocular: row('binocular') };
}

/**
 * The table with one cell set (a number, a ticked box) or cleared (`undefined`, an unticked box);
 * `undefined` when nothing is left, so the answer counts as unanswered.
 */
export function withAcuityCell(
  table: VisualAcuity,
  eye: VisualAcuityEye,
  key: AcuityKey,
  cell: number | boolean | undefined,
): VisualAcuity | undefined {
  const row: Record<string, number | boolean> = { ...table[eye] };
  if (cell === undefined || cell === false) delete row[key];
  else row[key] = cell;
  const next = { ...table, [eye]: row };
  const empty = EYES.every((e) => Object.keys(next[e]).length === 0);
  return empty ? undefined : next;
}
