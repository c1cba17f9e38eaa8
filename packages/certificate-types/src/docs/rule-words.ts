/**
 * Rule expressions in Swedish words, from the parsed tree (`parseExpression` of core/rules):
 *
 *   `$NUVARANDE_ARBETE`                 → 'Nuvarande arbete' är valt
 *   `exists($33.1)`                     → 'Kan arbetstiden …' är besvarad
 *   `!$UNDERSOKNING && ($A || $B)`      → 'Min undersökning' är inte valt och ('A' eller 'B' är valt)
 *   `$HALFTEN.from < -7`                → startdatum för '50 procent' (dagar från idag) < -7
 *
 * Field references become the quoted label of the element or option they name (see field-names.ts).
 * Comparisons keep their operator; date attributes are spelled out as days relative to today. The raw
 * expression is always shown next to the words, so the words aim at readability, not at a full grammar.
 */
import { parseExpression, RuleSyntaxError } from '@intyg/core';
import type { ComparisonOperator, Expr, FieldAttribute, FieldExpr } from '@intyg/core';
import { unknownFieldName, type FieldName, type FieldNames } from './field-names.js';

const OPERATORS: Readonly<Record<ComparisonOperator, string>> = {
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
  '==': '=',
  '!=': '≠',
};

const ATTRIBUTES: Readonly<Record<FieldAttribute, string>> = {
  from: 'startdatum',
  to: 'slutdatum',
  days: 'datum',
};

/** The expression source in words; a source that does not parse reads "(ogiltigt uttryck)". */
export function ruleWords(source: string, names: FieldNames): string {
  let expr: Expr;
  try {
    expr = parseExpression(source);
  } catch (error) {
    if (error instanceof RuleSyntaxError) return '(ogiltigt uttryck)';
    throw error;
  }
  return conditionWords(expr, names);
}

/** The expression read as a condition (true/false). */
export function conditionWords(expr: Expr, names: FieldNames): string {
  return clauseText(clause(expr, names));
}

/**
 * A condition either as subject + predicate (which chains can share) or as finished text. A negated
 * clause keeps its positive predicate, so `!$a && !$b` can read "varken 'A' eller 'B' är ifylld".
 */
type Clause =
  { readonly subject: string; readonly predicate: string; readonly positive?: string } | { readonly text: string };

function clauseText(c: Clause): string {
  return 'text' in c ? c.text : `${c.subject} ${c.predicate}`;
}

function clause(expr: Expr, names: FieldNames): Clause {
  switch (expr.kind) {
    case 'field': {
      if (expr.attribute !== undefined) return { subject: valueWords(expr, names), predicate: 'är angivet' };
      const field = nameOf(expr, names);
      return { subject: field.name, predicate: field.whenTrue };
    }
    case 'call': {
      const { subject, exists, empty } = callWords(expr.argument, names);
      return { subject, predicate: expr.name === 'exists' ? exists : empty };
    }
    case 'not':
      return negation(expr.operand, names);
    case 'and':
    case 'or':
      return { text: chainWords(expr, names) };
    case 'comparison':
      return {
        text: `${valueWords(expr.left, names)} ${OPERATORS[expr.operator]} ${valueWords(expr.right, names)}`,
      };
    case 'number':
    case 'string':
    case 'negate':
    case 'arithmetic':
      return { subject: valueWords(expr, names), predicate: 'är sant' };
  }
}

function negation(operand: Expr, names: FieldNames): Clause {
  if (operand.kind === 'field' && operand.attribute === undefined) {
    const field = nameOf(operand, names);
    return { subject: field.name, predicate: field.whenFalse, positive: field.whenTrue };
  }
  if (operand.kind === 'call') {
    const { subject, exists, empty } = callWords(operand.argument, names);
    return operand.name === 'exists'
      ? { subject, predicate: empty, positive: exists }
      : { subject, predicate: exists, positive: empty };
  }
  return { text: `inte (${conditionWords(operand, names)})` };
}

/**
 * `a && b && c` or `a || b || c` as one list. Operands of the other connective get parentheses. An `||`
 * chain whose operands share their predicate reads as one sentence: "'A', 'B' eller 'C' är valt"; an
 * `&&` chain of negations sharing their predicate reads "varken 'A', 'B' eller 'C' är ifylld".
 */
function chainWords(expr: Expr & { kind: 'and' | 'or' }, names: FieldNames): string {
  const operands = flatten(expr, expr.kind);
  const clauses = operands.map((operand) => {
    const c = clause(operand, names);
    const nested = operand.kind === 'and' || operand.kind === 'or';
    return nested ? { text: `(${clauseText(c)})` } : c;
  });
  const conjunction = expr.kind === 'and' ? 'och' : 'eller';
  const predicates = new Set(clauses.map((c) => ('predicate' in c ? c.predicate : undefined)));
  const [shared] = predicates;
  const subjects = clauses.map((c) => ('subject' in c ? c.subject : ''));
  if (expr.kind === 'or' && predicates.size === 1 && shared !== undefined) {
    return `${list(subjects, conjunction)} ${shared}`;
  }
  const positives = new Set(clauses.map((c) => ('positive' in c ? c.positive : undefined)));
  const [positive] = positives;
  if (expr.kind === 'and' && positives.size === 1 && positive !== undefined) {
    return `varken ${list(subjects, 'eller')} ${positive}`;
  }
  return clauses.map(clauseText).join(` ${conjunction} `);
}

function flatten(expr: Expr, kind: 'and' | 'or'): Expr[] {
  if (expr.kind !== kind) return [expr];
  return [...flatten(expr.left, kind), ...flatten(expr.right, kind)];
}

/** "a", "a eller b", "a, b eller c". */
function list(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** The expression read as a value (an operand of a comparison or of `+`/`-`). */
function valueWords(expr: Expr, names: FieldNames): string {
  switch (expr.kind) {
    case 'field': {
      const name = nameOf(expr, names).name;
      return expr.attribute === undefined ? name : `${ATTRIBUTES[expr.attribute]} för ${name} (dagar från idag)`;
    }
    case 'number':
      return String(expr.value);
    case 'string':
      return `"${expr.value}"`;
    case 'negate':
      return expr.operand.kind === 'field'
        ? `-${valueWords(expr.operand, names)}`
        : `-(${valueWords(expr.operand, names)})`;
    case 'arithmetic': {
      const right = valueWords(expr.right, names);
      return `${valueWords(expr.left, names)} ${expr.operator} ${expr.right.kind === 'arithmetic' ? `(${right})` : right}`;
    }
    default:
      return `(${conditionWords(expr, names)})`;
  }
}

/** The argument of exists()/empty() and what the two calls say of it; `!exists` reads as `empty`. */
function callWords(argument: FieldExpr, names: FieldNames): { subject: string; exists: string; empty: string } {
  if (argument.attribute !== undefined) {
    return { subject: valueWords(argument, names), exists: 'är angivet', empty: 'saknas' };
  }
  const field = nameOf(argument, names);
  return { subject: field.name, exists: field.whenExists, empty: field.whenEmpty };
}

function nameOf(expr: FieldExpr, names: FieldNames): FieldName {
  return names.get(expr.fieldId) ?? unknownFieldName(expr.fieldId);
}
