/**
 * The syntax tree of a rule expression. Nodes are plain immutable data; each carries the
 * half-open source span [start, end) and the source text it was parsed from, so a trace or
 * an error can point at exactly the part of the expression it is about.
 */
export type Span = readonly [start: number, end: number];

interface NodeBase {
  readonly span: Span;
  /** The expression's own source text, `source.slice(span[0], span[1])`. */
  readonly text: string;
}

/**
 * A date attribute, in days relative to today: `.from`/`.to` of a sick-leave period grade or a date
 * range; `.days` of a date, a complete uncertain date or a ticked option of a checkbox date list
 * (`$2.1.days > $UNDERSOKNING.days`: "kännedom" later than the examination).
 */
export type FieldAttribute = 'from' | 'to' | 'days';

/** `$28.1`, `$HALFTEN.from`. */
export interface FieldExpr extends NodeBase {
  readonly kind: 'field';
  readonly fieldId: string;
  readonly attribute?: FieldAttribute;
}

export interface NumberExpr extends NodeBase {
  readonly kind: 'number';
  readonly value: number;
}

export interface StringExpr extends NodeBase {
  readonly kind: 'string';
  readonly value: string;
}

export interface NotExpr extends NodeBase {
  readonly kind: 'not';
  readonly operand: Expr;
}

/** Unary minus on anything but a number literal (`-7` is a number literal). */
export interface NegateExpr extends NodeBase {
  readonly kind: 'negate';
  readonly operand: Expr;
}

export interface AndExpr extends NodeBase {
  readonly kind: 'and';
  readonly left: Expr;
  readonly right: Expr;
}

export interface OrExpr extends NodeBase {
  readonly kind: 'or';
  readonly left: Expr;
  readonly right: Expr;
}

export type ComparisonOperator = '<' | '<=' | '>' | '>=' | '==' | '!=';

export interface ComparisonExpr extends NodeBase {
  readonly kind: 'comparison';
  readonly operator: ComparisonOperator;
  readonly left: Expr;
  readonly right: Expr;
}

export type ArithmeticOperator = '+' | '-';

export interface ArithmeticExpr extends NodeBase {
  readonly kind: 'arithmetic';
  readonly operator: ArithmeticOperator;
  readonly left: Expr;
  readonly right: Expr;
}

export type FunctionName = 'exists' | 'empty';

/** `exists($x)` / `empty($x)`; the argument is always a field reference. */
export interface CallExpr extends NodeBase {
  readonly kind: 'call';
  readonly name: FunctionName;
  readonly argument: FieldExpr;
}

export type Expr =
  | FieldExpr
  | NumberExpr
  | StringExpr
  | NotExpr
  | NegateExpr
  | AndExpr
  | OrExpr
  | ComparisonExpr
  | ArithmeticExpr
  | CallExpr;

export type ExprKind = Expr['kind'];

/** The direct sub-expressions of a node, left to right. */
export function childrenOf(expr: Expr): readonly Expr[] {
  switch (expr.kind) {
    case 'field':
    case 'number':
    case 'string':
      return [];
    case 'not':
    case 'negate':
      return [expr.operand];
    case 'call':
      return [expr.argument];
    case 'and':
    case 'or':
    case 'comparison':
    case 'arithmetic':
      return [expr.left, expr.right];
  }
}

/** Every field reference in the expression, in source order. */
export function fieldRefsOf(expr: Expr): readonly FieldExpr[] {
  if (expr.kind === 'field') return [expr];
  return childrenOf(expr).flatMap(fieldRefsOf);
}
