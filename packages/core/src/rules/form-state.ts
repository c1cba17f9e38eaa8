/**
 * The state of every element of a form for given answers: what is shown, mandatory, answered,
 * disabled. The server and the browser both derive it from the model's rules, so "a hidden
 * question is not validated" follows from the show/hide rules and is never written twice.
 */
import type { Answers } from '../model/answers.js';
import type { CompiledExpressionRule, CompiledModel } from '../model/compile.js';
import { evaluateExpression, evaluateValue } from './evaluate.js';
import { isTruthy, type Trace } from './trace.js';

export interface ElementState {
  /** False when a show rule is false, a hide rule is true, or an ancestor is hidden. */
  readonly visible: boolean;
  /** Has a mandatory rule and is visible. */
  readonly mandatory: boolean;
  /** Every mandatory rule's expression is true; true when there is none (visible or not). */
  readonly answered: boolean;
  readonly disabled: boolean;
  /** Union of the options of the disableOptions rules whose expression is true. */
  readonly disabledOptions: readonly string[];
  /** The smallest textLimit rule's limit, if any. */
  readonly textLimit: number | undefined;
  /**
   * The ids of the element's check rules whose expression is true, while the element is visible (empty when
   * hidden): each is a `check:<id>` validation error. Forms can show them live; validation reports them.
   */
  readonly failedChecks: readonly string[];
}

export interface RuleOutcome {
  readonly rule: CompiledExpressionRule;
  /** Truthiness of the rule's expression. */
  readonly value: boolean;
  readonly trace: Trace;
}

/** Why an element is in its state: every rule with its trace, and which ones decided. */
export interface ElementExplanation {
  readonly elementId: string;
  readonly state: ElementState;
  /** The nearest ancestor whose own rules hide it, when that is why this element is hidden. */
  readonly hiddenByAncestor?: string;
  /** The rules that made the element hidden: false show rules and true hide rules (of the ancestor, if hidden by it). */
  readonly hiddenBy: readonly RuleOutcome[];
  /** The element's mandatory rules. */
  readonly mandatory: readonly RuleOutcome[];
  /** Every expression rule of the element, in model order. */
  readonly rules: readonly RuleOutcome[];
}

export interface FormState {
  /** Throws RangeError for an id that is not an element of the model. */
  element(id: string): ElementState;
  /** Throws RangeError for an id that is not an element of the model. */
  explain(id: string): ElementExplanation;
}

/** A rule's value; its trace is built only when someone asks `explain`. */
interface RuleResult {
  readonly rule: CompiledExpressionRule;
  readonly value: boolean;
}

interface Entry {
  readonly state: ElementState;
  readonly outcomes: readonly RuleResult[];
  readonly ownHiding: readonly RuleResult[];
  readonly hiddenByAncestor?: string;
}

export function evaluateForm(compiled: CompiledModel, answers: Answers, today: string): FormState {
  const context = { compiled, answers, today };
  const entries = new Map<string, Entry>();
  // elementsInOrder is depth-first, so a parent's entry exists before its children's.
  for (const element of compiled.elementsInOrder) {
    if (entries.has(element.id)) continue; // compileModel rejects duplicate ids; keep the first regardless
    const outcomes: RuleResult[] = [];
    const textLimits: number[] = [];
    for (const rule of compiled.rules(element.id)) {
      if (rule.kind === 'textLimit') {
        textLimits.push(rule.limit);
        continue;
      }
      outcomes.push({ rule, value: isTruthy(evaluateValue(rule.expr, context)) });
    }
    const ownHiding = outcomes.filter(
      (o) => (o.rule.kind === 'show' && !o.value) || (o.rule.kind === 'hide' && o.value),
    );
    const parentId = compiled.parentId(element.id);
    const parent = parentId === undefined ? undefined : entries.get(parentId);
    const parentVisible = parent?.state.visible ?? true;
    const visible = parentVisible && ownHiding.length === 0;
    const mandatoryOutcomes = outcomes.filter((o) => o.rule.kind === 'mandatory');
    const disabledOptions = new Set<string>();
    for (const o of outcomes) {
      if (o.rule.kind === 'disableOptions' && o.value) o.rule.options.forEach((code) => disabledOptions.add(code));
    }
    const failedChecks = visible
      ? outcomes.flatMap((o) => (o.rule.kind === 'check' && o.value ? [o.rule.id] : []))
      : [];
    const state: ElementState = {
      visible,
      mandatory: visible && mandatoryOutcomes.length > 0,
      answered: mandatoryOutcomes.every((o) => o.value),
      disabled: outcomes.some((o) => o.rule.kind === 'disable' && o.value),
      disabledOptions: [...disabledOptions],
      textLimit: textLimits.length === 0 ? undefined : Math.min(...textLimits),
      failedChecks,
    };
    const hiddenByAncestor =
      parent === undefined || parentVisible
        ? undefined
        : parent.ownHiding.length > 0
          ? parentId
          : parent.hiddenByAncestor;
    entries.set(
      element.id,
      hiddenByAncestor === undefined
        ? { state, outcomes, ownHiding }
        : { state, outcomes, ownHiding, hiddenByAncestor },
    );
  }

  const entry = (id: string): Entry => {
    const found = entries.get(id);
    if (found === undefined)
      throw new RangeError(`No element '${id}' in model ${compiled.model.type}/${compiled.model.version}`);
    return found;
  };
  return {
    element: (id) => entry(id).state,
    explain: (id) => {
      const traced = (results: readonly RuleResult[]): RuleOutcome[] =>
        results.map(({ rule, value }) => ({ rule, value, trace: evaluateExpression(rule.expr, context).trace }));
      const { state, outcomes, ownHiding, hiddenByAncestor } = entry(id);
      const hiddenBy = traced(hiddenByAncestor === undefined ? ownHiding : entry(hiddenByAncestor).ownHiding);
      const rules = traced(outcomes);
      const mandatory = rules.filter((o) => o.rule.kind === 'mandatory');
      const base = { elementId: id, state, hiddenBy, mandatory, rules };
      return hiddenByAncestor === undefined ? base : { ...base, hiddenByAncestor };
    },
  };
}
