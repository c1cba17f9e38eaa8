/**
 * Answer transformations driven by rules: auto-fill, and keeping only what is visible.
 * Both return new objects; the input answers are never changed.
 */
import type { Answers, AnswerValue } from '../model/answers.js';
import type { CompiledModel } from '../model/compile.js';
import { evaluateValue } from './evaluate.js';
import { evaluateForm } from './form-state.js';
import { isTruthy } from './trace.js';

/**
 * Sets the boolean answer of each element whose autoFill rule's expression is true to the rule's
 * value. Repeats until nothing changes, so an auto-filled answer may trigger another autoFill
 * rule; bounded by the number of autoFill rules, so conflicting rules cannot loop.
 */
export function applyAutoFill(compiled: CompiledModel, answers: Answers, today: string): Answers {
  const rules = compiled.elementsInOrder.flatMap((element) =>
    compiled.rules(element.id).filter((rule) => rule.kind === 'autoFill'),
  );
  let current: Record<string, AnswerValue> = { ...answers };
  for (let pass = 0; pass <= rules.length; pass++) {
    const next: Record<string, AnswerValue> = { ...current };
    let changed = false;
    for (const rule of rules) {
      if (rule.kind !== 'autoFill') continue;
      if (!isTruthy(evaluateValue(rule.expr, { compiled, answers: current, today }))) continue;
      if (next[rule.elementId] !== rule.value) {
        next[rule.elementId] = rule.value;
        changed = true;
      }
    }
    current = next;
    if (!changed) break;
  }
  return current;
}

/** The answers of visible elements only: what a signed certificate contains. Unknown keys are dropped too. */
export function visibleAnswers(compiled: CompiledModel, answers: Answers, today: string): Answers {
  const form = evaluateForm(compiled, answers, today);
  const result: Record<string, AnswerValue> = {};
  for (const [elementId, value] of Object.entries(answers)) {
    if (compiled.element(elementId) !== undefined && form.element(elementId).visible) result[elementId] = value;
  }
  return result;
}
