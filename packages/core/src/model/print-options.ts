/**
 * What a printout of a certificate may leave out at the patient's request, declared per model as data
 * (domain.md §1.4, §1.5, §7.1: on the employer's certificates the patient decides whether the diagnosis
 * is shown; "Ingen annan information kan döljas"). The PDF and, later, the citizen portal read it; no
 * code asks which type a certificate is.
 */
import { fieldRefsOf } from '../rules/ast.js';
import { parseExpression } from '../rules/parser.js';
import { RuleSyntaxError } from '../rules/rule-syntax-error.js';
import type { ElementSpec } from './element.js';
import { supportsAttribute, type FieldRef } from './field-ref.js';

export interface PrintOptions {
  /** Ids of the elements the patient may leave out, together, e.g. the diagnoses `['6']`. */
  readonly hideableElements: readonly string[];
  /**
   * A rule-language expression over the certificate's answers: while it is true the elements may be left
   * out (e.g. `$100.1 && !$27.1`: the patient chose to share the diagnosis, and it is no infection-control
   * certificate). Always allowed when absent.
   */
  readonly allowedWhen?: string;
  /**
   * Printed in place of the elements when they are not shown (Swedish), e.g. "På patientens begäran uppges
   * inte diagnos." Also printed when the model's own rules hide them on an issued certificate: there, a
   * hideable element is hidden only because the patient chose so in the certificate (e.g. 100 = Nej).
   */
  readonly hiddenNotice: string;
}

/** Reports what is wrong with a model's print options: unknown or duplicate elements, a bad expression. */
export function checkPrintOptions(
  options: PrintOptions,
  elements: ReadonlyMap<string, ElementSpec>,
  fields: ReadonlyMap<string, FieldRef>,
  report: (message: string, position?: number) => void,
): void {
  if (options.hideableElements.length === 0) report('printOptions.hideableElements is empty');
  const seen = new Set<string>();
  for (const id of options.hideableElements) {
    const element = elements.get(id);
    if (element === undefined) report(`printOptions.hideableElements names an unknown element '${id}'`);
    else if (element.kind === 'category') report(`printOptions.hideableElements names a category '${id}'`);
    if (seen.has(id)) report(`printOptions.hideableElements names '${id}' twice`);
    seen.add(id);
  }
  if (options.hiddenNotice.trim() === '') report('printOptions.hiddenNotice is empty');
  if (options.allowedWhen === undefined) return;
  try {
    const expr = parseExpression(options.allowedWhen);
    for (const ref of fieldRefsOf(expr)) {
      const target = fields.get(ref.fieldId);
      const where = `printOptions.allowedWhen '${options.allowedWhen}'`;
      if (target === undefined) report(`${where} names an unknown field '$${ref.fieldId}'`, ref.span[0]);
      else if (
        ref.attribute !== undefined &&
        !supportsAttribute(target, elements.get(target.elementId)?.kind, ref.attribute)
      ) {
        report(`${where} uses '.${ref.attribute}' on '$${ref.fieldId}', which has no such attribute`, ref.span[0]);
      }
    }
  } catch (error) {
    if (!(error instanceof RuleSyntaxError)) throw error;
    report(`Syntax error in printOptions.allowedWhen '${options.allowedWhen}': ${error.message}`, error.position);
  }
}
