/**
 * Evaluates a parsed expression against a certificate's answers and today's date, returning
 * the value and a trace of how it was reached. `&&` and `||` short-circuit and always yield
 * booleans; a comparison with a missing value is false; arithmetic with a missing value is missing.
 */
import type { Answers } from '../model/answers.js';
import type { CompiledModel } from '../model/compile.js';
import { childrenOf, type ArithmeticExpr, type ComparisonExpr, type Expr } from './ast.js';
import { resolveField } from './field-value.js';
import { isTruthy, type RuleValue, type Trace } from './trace.js';

export interface EvaluationContext {
  readonly compiled: CompiledModel;
  readonly answers: Answers;
  /** Today, YYYY-MM-DD (Europe/Stockholm), from the Clock port. */
  readonly today: string;
}

export interface Evaluation {
  readonly value: RuleValue;
  readonly trace: Trace;
}

/**
 * The value alone, without building a trace: what forms and validation use on every change.
 * Same semantics as `evaluateExpression` (a test holds them equal).
 */
export function evaluateValue(expr: Expr, ctx: EvaluationContext): RuleValue {
  switch (expr.kind) {
    case 'number':
    case 'string':
      return expr.value;
    case 'field':
      return resolveField(expr.fieldId, expr.attribute, ctx).value;
    case 'call': {
      const { exists } = resolveField(expr.argument.fieldId, expr.argument.attribute, ctx);
      return expr.name === 'exists' ? exists : !exists;
    }
    case 'not':
      return !isTruthy(evaluateValue(expr.operand, ctx));
    case 'negate': {
      const value = evaluateValue(expr.operand, ctx);
      return typeof value === 'number' ? -value : undefined;
    }
    case 'and':
    case 'or': {
      const left = isTruthy(evaluateValue(expr.left, ctx));
      if (left === (expr.kind === 'or')) return left;
      return isTruthy(evaluateValue(expr.right, ctx));
    }
    case 'comparison':
      return compare(expr.operator, evaluateValue(expr.left, ctx), evaluateValue(expr.right, ctx));
    case 'arithmetic':
      return arithmetic(expr.operator, evaluateValue(expr.left, ctx), evaluateValue(expr.right, ctx));
  }
}

export function evaluateExpression(expr: Expr, ctx: EvaluationContext): Evaluation {
  const trace = mark(evaluate(expr, ctx), true);
  return { value: trace.value, trace };
}

function evaluate(expr: Expr, ctx: EvaluationContext): Trace {
  switch (expr.kind) {
    case 'number':
    case 'string':
      return node(expr, expr.value, []);
    case 'field': {
      const resolved = resolveField(expr.fieldId, expr.attribute, ctx);
      return { ...node(expr, resolved.value, []), note: resolved.note() };
    }
    case 'call': {
      const resolved = resolveField(expr.argument.fieldId, expr.argument.attribute, ctx);
      const argument = mark({ ...node(expr.argument, resolved.value, []), note: resolved.note() }, true);
      return node(expr, expr.name === 'exists' ? resolved.exists : !resolved.exists, [argument]);
    }
    case 'not': {
      const operand = evaluate(expr.operand, ctx);
      return node(expr, !isTruthy(operand.value), [mark(operand, true)]);
    }
    case 'negate': {
      const operand = evaluate(expr.operand, ctx);
      const value = typeof operand.value === 'number' ? -operand.value : undefined;
      return node(expr, value, [mark(operand, true)]);
    }
    case 'and':
    case 'or': {
      const left = evaluate(expr.left, ctx);
      const leftTruthy = isTruthy(left.value);
      // `a || b` is decided by a true a; `a && b` by a false a.
      if (leftTruthy === (expr.kind === 'or')) {
        return node(expr, leftTruthy, [mark(left, true), skipped(expr.right)]);
      }
      const right = evaluate(expr.right, ctx);
      const value = isTruthy(right.value);
      // The right side decides alone when it flips the result; otherwise both sides agree and both decide.
      const bothDecide = value === leftTruthy;
      return node(expr, value, [mark(left, bothDecide), mark(right, true)]);
    }
    case 'comparison': {
      const left = evaluate(expr.left, ctx);
      const right = evaluate(expr.right, ctx);
      return node(expr, compare(expr.operator, left.value, right.value), [mark(left, true), mark(right, true)]);
    }
    case 'arithmetic': {
      const left = evaluate(expr.left, ctx);
      const right = evaluate(expr.right, ctx);
      return node(expr, arithmetic(expr.operator, left.value, right.value), [mark(left, true), mark(right, true)]);
    }
  }
}

/** Ordering needs two numbers or two strings; equality needs two present values. Anything else is false. */
function compare(operator: ComparisonExpr['operator'], left: RuleValue, right: RuleValue): boolean {
  if (left === undefined || right === undefined) return false;
  if (operator === '==') return left === right;
  if (operator === '!=') return left !== right;
  const comparable =
    (typeof left === 'number' && typeof right === 'number') || (typeof left === 'string' && typeof right === 'string');
  if (!comparable) return false;
  switch (operator) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
  }
}

function arithmetic(operator: ArithmeticExpr['operator'], left: RuleValue, right: RuleValue): number | undefined {
  if (typeof left !== 'number' || typeof right !== 'number') return undefined;
  return operator === '+' ? left + right : left - right;
}

function node(expr: Expr, value: RuleValue, children: readonly Trace[]): Trace {
  return { kind: expr.kind, text: expr.text, span: expr.span, value, evaluated: true, decisive: false, children };
}

function mark(trace: Trace, decisive: boolean): Trace {
  return trace.decisive === decisive ? trace : { ...trace, decisive };
}

function skipped(expr: Expr): Trace {
  return {
    kind: expr.kind,
    text: expr.text,
    span: expr.span,
    value: undefined,
    evaluated: false,
    decisive: false,
    children: childrenOf(expr).map(skipped),
  };
}
