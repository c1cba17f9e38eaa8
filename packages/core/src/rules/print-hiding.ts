/**
 * The model's print options applied to one certificate's answers: may the patient have the hideable
 * elements (the diagnosis of an employer's certificate) left out of a printout? Used by the PDF and by
 * the citizen's "Anpassa intyget för utskrift".
 */
import type { Answers } from '../model/answers.js';
import type { CompiledModel } from '../model/compile.js';
import type { PrintOptions } from '../model/print-options.js';
import type { Expr } from './ast.js';
import { evaluateValue } from './evaluate.js';
import { parseExpression } from './parser.js';
import { isTruthy } from './trace.js';

// compileModel has checked every allowedWhen; each is parsed once per process.
const parsed = new WeakMap<PrintOptions, Expr>();

/** False when the model declares nothing hideable; true when it does without a condition. */
export function mayHideOnPrint(compiled: CompiledModel, answers: Answers, today: string): boolean {
  const options = compiled.model.printOptions;
  if (options === undefined || options.hideableElements.length === 0) return false;
  if (options.allowedWhen === undefined) return true;
  let expr = parsed.get(options);
  if (expr === undefined) {
    expr = parseExpression(options.allowedWhen);
    parsed.set(options, expr);
  }
  return isTruthy(evaluateValue(expr, { compiled, answers, today }));
}

/** Whether the element is one the model lets the patient leave out of a printout. */
export function isHideableOnPrint(compiled: CompiledModel, elementId: string): boolean {
  return compiled.model.printOptions?.hideableElements.includes(elementId) ?? false;
}
