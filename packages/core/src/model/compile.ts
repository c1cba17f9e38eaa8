/**
 * A certificate model made ready for use: indexes over the element tree, the symbol table
 * for `$fieldId`, and every rule expression parsed once. Both the browser and the server
 * evaluate rules against a CompiledModel.
 */
import type { Expr } from '../rules/ast.js';
import type { CertificateModel } from './certificate-model.js';
import { analyzeModel } from './check.js';
import type { ElementSpec } from './element.js';
import type { FieldRef } from './field-ref.js';
import { ModelError } from './model-problem.js';
import { hasExpression, type ElementRule, type ExpressionRule } from './rule.js';

interface RuleOrigin {
  /** The element the rule is attached to. */
  readonly elementId: string;
  /** Position of the rule in the element's `rules`. */
  readonly index: number;
}

export type CompiledExpressionRule = ExpressionRule & RuleOrigin & { readonly expr: Expr };
export type CompiledTextLimitRule = Extract<ElementRule, { kind: 'textLimit' }> & RuleOrigin;
/** An element rule as written in the model, plus where it sits and (for expression rules) its parsed tree. */
export type CompiledRule = CompiledExpressionRule | CompiledTextLimitRule;

export interface CompiledModel {
  readonly model: CertificateModel;
  element(id: string): ElementSpec | undefined;
  /** undefined for top-level elements. */
  parentId(id: string): string | undefined;
  /** The nearest enclosing category (not the element itself). */
  categoryId(id: string): string | undefined;
  /** Depth-first display order. */
  readonly elementsInOrder: readonly ElementSpec[];
  /** Symbol table for `$fieldId`. */
  field(fieldId: string): FieldRef | undefined;
  /** The element's rules in model order; empty for an unknown element. */
  rules(elementId: string): readonly CompiledRule[];
}

/** Compiles a model; throws ModelError carrying every problem checkModel finds. */
export function compileModel(model: CertificateModel): CompiledModel {
  const analysis = analyzeModel(model);
  if (analysis.problems.length > 0) throw new ModelError(analysis.problems);

  const rules = new Map<string, readonly CompiledRule[]>();
  for (const element of analysis.elementsInOrder) {
    const compiled = (element.rules ?? []).map((rule, index): CompiledRule => {
      if (!hasExpression(rule)) return { ...rule, elementId: element.id, index };
      const expr = analysis.expressions.get(rule);
      // analyzeModel reports every expression that fails to parse, so this cannot happen after the check above.
      if (expr === undefined) throw new Error(`Unparsed rule expression '${rule.expression}' on ${element.id}`);
      return { ...rule, elementId: element.id, index, expr };
    });
    rules.set(element.id, Object.freeze(compiled));
  }

  const { elements, parents, categories, fields } = analysis;
  const elementsInOrder = Object.freeze([...analysis.elementsInOrder]);
  return Object.freeze({
    model,
    elementsInOrder,
    element: (id: string) => elements.get(id),
    parentId: (id: string) => parents.get(id),
    categoryId: (id: string) => categories.get(id),
    field: (fieldId: string) => fields.get(fieldId),
    rules: (elementId: string) => rules.get(elementId) ?? [],
  });
}
