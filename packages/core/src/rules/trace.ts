import type { ExprKind, Span } from './ast.js';

/**
 * The value of an expression. Booleans come from fields and logic, numbers from integers,
 * date attributes and arithmetic, strings from texts, dates and selected codes; `undefined`
 * means "no value" (not answered, invalid date, arithmetic on a missing value).
 */
export type RuleValue = boolean | number | string | undefined;

/**
 * How an expression got its value: a tree mirroring the syntax tree. A node that was not
 * evaluated (the right side of a short-circuited `&&`/`||`) has `evaluated: false` and no value.
 * `decisive` marks the children that decided their parent's value: for `a || b` with `a` true,
 * only `a`; for `a && b` with both true, both.
 */
export interface Trace {
  readonly kind: ExprKind;
  readonly text: string;
  readonly span: Span;
  readonly value: RuleValue;
  readonly evaluated: boolean;
  readonly decisive: boolean;
  /** For a field: what the field resolved to, e.g. "HALFTEN: 2025-01-01..2025-01-10" or "not answered". */
  readonly note?: string;
  readonly children: readonly Trace[];
}

/** Rule-language truthiness: a number is truthy whenever it exists (0 too); a string when non-empty. */
export function isTruthy(value: RuleValue): boolean {
  if (value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return !Number.isNaN(value);
  return value.length > 0;
}
