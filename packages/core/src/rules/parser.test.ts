import { describe, expect, it } from 'vitest';
import type { Expr } from './ast.js';
import { parseExpression } from './parser.js';
import { RuleSyntaxError } from './rule-syntax-error.js';

/** A compact S-expression of the tree, to assert structure and precedence at a glance. */
function show(expr: Expr): string {
  switch (expr.kind) {
    case 'field':
      return `$${expr.fieldId}${expr.attribute ? `.${expr.attribute}` : ''}`;
    case 'number':
      return String(expr.value);
    case 'string':
      return JSON.stringify(expr.value);
    case 'not':
      return `(! ${show(expr.operand)})`;
    case 'negate':
      return `(neg ${show(expr.operand)})`;
    case 'and':
      return `(&& ${show(expr.left)} ${show(expr.right)})`;
    case 'or':
      return `(|| ${show(expr.left)} ${show(expr.right)})`;
    case 'comparison':
    case 'arithmetic':
      return `(${expr.operator} ${show(expr.left)} ${show(expr.right)})`;
    case 'call':
      return `(${expr.name} ${show(expr.argument)})`;
  }
}

function syntaxError(source: string): RuleSyntaxError {
  try {
    parseExpression(source);
  } catch (error) {
    if (error instanceof RuleSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected a syntax error for ${source}`);
}

describe('parseExpression', () => {
  it('reads field ids with dots, and a trailing .from/.to/.days as the attribute', () => {
    expect(parseExpression('$28.1')).toMatchObject({ kind: 'field', fieldId: '28.1', span: [0, 5], text: '$28.1' });
    expect(parseExpression('$UNDERSOKNING.days')).toMatchObject({
      kind: 'field',
      fieldId: 'UNDERSOKNING',
      attribute: 'days',
      span: [0, 18],
    });
    expect(parseExpression('$2.1.days')).toMatchObject({ fieldId: '2.1', attribute: 'days' });
    expect(show(parseExpression('$2.1.days > $UNDERSOKNING.days'))).toBe('(> $2.1.days $UNDERSOKNING.days)');
    // Only a trailing attribute is split off, and never the whole name.
    expect(parseExpression('$days')).toMatchObject({ fieldId: 'days' });
    expect(parseExpression('$a.days.b')).toMatchObject({ fieldId: 'a.days.b' });
    expect(parseExpression('$7.2.to')).toMatchObject({ kind: 'field', fieldId: '7.2', attribute: 'to' });
    expect(parseExpression('$HALFTEN.from')).toMatchObject({ kind: 'field', fieldId: 'HALFTEN', attribute: 'from' });
    expect(parseExpression('$NUVARANDE_ARBETE')).toMatchObject({ fieldId: 'NUVARANDE_ARBETE' });
    expect(show(parseExpression('$a.b.c'))).toBe('$a.b.c');
  });

  it('parses every operator and literal', () => {
    expect(show(parseExpression('!$a'))).toBe('(! $a)');
    expect(show(parseExpression('$a && $b'))).toBe('(&& $a $b)');
    expect(show(parseExpression('$a || $b'))).toBe('(|| $a $b)');
    for (const op of ['<', '<=', '>', '>=', '==', '!=']) {
      expect(show(parseExpression(`$a ${op} 1`))).toBe(`(${op} $a 1)`);
    }
    expect(show(parseExpression('$a + 1 - 2'))).toBe('(- (+ $a 1) 2)');
    expect(show(parseExpression('exists($a)'))).toBe('(exists $a)');
    expect(show(parseExpression('empty($a.from)'))).toBe('(empty $a.from)');
    expect(show(parseExpression("$a == 'x y'"))).toBe('(== $a "x y")');
    expect(show(parseExpression('$a == "it\\"s"'))).toBe('(== $a "it\\"s")');
    expect(show(parseExpression('$a < 0.8'))).toBe('(< $a 0.8)');
    expect(show(parseExpression('-$a'))).toBe('(neg $a)');
  });

  it('folds a minus before a number into a negative literal spanning the minus', () => {
    const expr = parseExpression('$HALFTEN.from < -7');
    expect(expr).toMatchObject({
      kind: 'comparison',
      right: { kind: 'number', value: -7, span: [16, 18], text: '-7' },
    });
  });

  it('binds ! tighter than arithmetic, arithmetic tighter than comparison, then && then ||', () => {
    expect(show(parseExpression('$a || $b && $c'))).toBe('(|| $a (&& $b $c))');
    expect(show(parseExpression('$a && $b || $c'))).toBe('(|| (&& $a $b) $c)');
    expect(show(parseExpression('$a < 1 && $b'))).toBe('(&& (< $a 1) $b)');
    expect(show(parseExpression('$a.to - $a.from >= 14'))).toBe('(>= (- $a.to $a.from) 14)');
    expect(show(parseExpression('!$a && !empty($a)'))).toBe('(&& (! $a) (! (empty $a)))');
    expect(show(parseExpression('!$a + 1'))).toBe('(+ (! $a) 1)');
    expect(show(parseExpression('!($a || $b)'))).toBe('(! (|| $a $b))');
    expect(show(parseExpression('($a || $b) && $c'))).toBe('(&& (|| $a $b) $c)');
  });

  it('gives each node its span and text, parenthesised groups including their parentheses', () => {
    const source = '($EN_FJARDEDEL.from < -7) || ($HALFTEN.from < -7)';
    const expr = parseExpression(source);
    if (expr.kind !== 'or') throw new Error('expected or');
    expect(expr.span).toEqual([0, source.length]);
    expect(expr.left).toMatchObject({ span: [0, 25], text: '($EN_FJARDEDEL.from < -7)' });
    expect(expr.right).toMatchObject({ span: [29, 49], text: '($HALFTEN.from < -7)' });
    if (expr.right.kind !== 'comparison') throw new Error('expected comparison');
    expect(expr.right.left).toMatchObject({ span: [30, 43], text: '$HALFTEN.from' });
    const call = parseExpression('  exists( $x )  ');
    expect(call).toMatchObject({ span: [2, 14], text: 'exists( $x )', argument: { span: [10, 12] } });
  });

  it('reports syntax errors with the exact position', () => {
    expect(syntaxError('$a &&')).toMatchObject({ position: 5 });
    expect(syntaxError('$a &&').message).toBe("Expected an operand after '&&' but found end of expression");
    expect(syntaxError('($a || $b')).toMatchObject({ position: 9 });
    expect(syntaxError('($a || $b').message).toContain("Expected ')' to close the '(' at position 0");
    expect(syntaxError('$a $b')).toMatchObject({ position: 3 });
    expect(syntaxError('$a $b').message).toBe("Unexpected '$b' after a complete expression");
    expect(syntaxError('')).toMatchObject({ position: 0 });
    expect(syntaxError('$a & $b')).toMatchObject({ position: 3 });
    expect(syntaxError('$a & $b').message).toContain("did you mean '&&'");
    expect(syntaxError('$a = 1')).toMatchObject({ position: 3 });
    expect(syntaxError('$ && $b')).toMatchObject({ position: 0 });
    expect(syntaxError('$a.')).toMatchObject({ position: 0 });
    expect(syntaxError("$a == 'open")).toMatchObject({ position: 6 });
    expect(syntaxError('count($a)')).toMatchObject({ position: 0 });
    expect(syntaxError('exists(1)')).toMatchObject({ position: 7 });
    expect(syntaxError('exists $a')).toMatchObject({ position: 7 });
    expect(syntaxError('exists($a')).toMatchObject({ position: 9 });
    expect(syntaxError('$a < 1 < 2')).toMatchObject({ position: 7 });
    expect(syntaxError('$a )')).toMatchObject({ position: 3 });
    expect(syntaxError('$a # $b')).toMatchObject({ position: 3 });
  });
});
