/**
 * Rules attached to an element. Expressions use the rule language of `core/rules`
 * (e.g. `$NUVARANDE_ARBETE`, `exists($33.1)`, `$HALFTEN.from < -7`).
 *
 * The same rule drives the browser (show a field, mark it mandatory) and the server
 * (a hidden element is not validated; a mandatory element must be answered), so a
 * condition is written once.
 */
import type { LocalizedText } from '../validation/validation-error.js';

export type ElementRule =
  /** The element counts as answered when the expression is true; validated only while visible. */
  | { readonly kind: 'mandatory'; readonly expression: string }
  /** The element (and its children) is shown only while the expression is true. */
  | { readonly kind: 'show'; readonly expression: string }
  /** The element (and its children) is hidden while the expression is true. */
  | { readonly kind: 'hide'; readonly expression: string }
  /** The element is read-only while the expression is true. */
  | { readonly kind: 'disable'; readonly expression: string }
  /** The listed options of the element are disabled while the expression is true. */
  | { readonly kind: 'disableOptions'; readonly expression: string; readonly options: readonly string[] }
  /** Longest text allowed, in characters. */
  | { readonly kind: 'textLimit'; readonly limit: number }
  /** While the expression is true, the element's boolean answer is set to `value`. */
  | { readonly kind: 'autoFill'; readonly expression: string; readonly value: boolean }
  /**
   * A rule that spans questions (domain.md §1.12): while the element is visible and the expression is
   * TRUE, validation reports an error with rule id `check:<id>` on `fieldId` with `message`. E.g. LUSE's
   * "kännedom not after the examination": `$2.1.days > $UNDERSOKNING.days`.
   */
  | {
      readonly kind: 'check';
      /** Stable id, unique in the model, e.g. "kannedomAfterUndersokning". */
      readonly id: string;
      readonly expression: string;
      /** Field the error is shown on (a field id of this element, or e.g. "UNDERSOKNING.date"). */
      readonly fieldId: string;
      readonly message: LocalizedText;
    };

export type ElementRuleKind = ElementRule['kind'];

export type ExpressionRule = Extract<ElementRule, { expression: string }>;

export function hasExpression(rule: ElementRule): rule is ExpressionRule {
  return 'expression' in rule;
}
