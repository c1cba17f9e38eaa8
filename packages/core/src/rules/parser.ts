/**
 * Recursive-descent parser for rule expressions. Precedence, tightest first:
 * unary `!` and `-`, then `+ -`, then comparisons (not chainable), then `&&`, then `||`.
 */
import type { ArithmeticOperator, ComparisonOperator, Expr, FieldExpr, FunctionName, Span } from './ast.js';
import { tokenize, type Punctuator, type Token } from './lexer.js';
import { RuleSyntaxError } from './rule-syntax-error.js';

const COMPARISON: readonly Punctuator[] = ['<', '<=', '>', '>=', '==', '!='];
const FUNCTIONS: readonly FunctionName[] = ['exists', 'empty'];

/** Parses a rule expression into its tree. Throws RuleSyntaxError with the offset of the problem. */
export function parseExpression(source: string): Expr {
  return new Parser(source).parse();
}

class Parser {
  private readonly tokens: Token[];
  private index = 0;

  constructor(private readonly source: string) {
    this.tokens = tokenize(source);
  }

  parse(): Expr {
    const expr = this.parseOr();
    const next = this.peek();
    if (next.type !== 'end') {
      throw new RuleSyntaxError(`Unexpected ${describe(next, this.source)} after a complete expression`, next.span[0]);
    }
    return expr;
  }

  private parseOr(): Expr {
    let left = this.parseAnd();
    while (this.acceptPunctuator('||')) {
      const right = this.parseAnd();
      left = this.node({ kind: 'or', left, right }, left.span[0], right.span[1]);
    }
    return left;
  }

  private parseAnd(): Expr {
    let left = this.parseComparison();
    while (this.acceptPunctuator('&&')) {
      const right = this.parseComparison();
      left = this.node({ kind: 'and', left, right }, left.span[0], right.span[1]);
    }
    return left;
  }

  private parseComparison(): Expr {
    const left = this.parseAdditive();
    const operator = this.acceptOneOf(COMPARISON) as ComparisonOperator | undefined;
    if (operator === undefined) return left;
    const right = this.parseAdditive();
    const next = this.peek();
    if (next.type === 'punctuator' && COMPARISON.includes(next.value)) {
      throw new RuleSyntaxError('Comparisons cannot be chained; use && between them', next.span[0]);
    }
    return this.node({ kind: 'comparison', operator, left, right }, left.span[0], right.span[1]);
  }

  private parseAdditive(): Expr {
    let left = this.parseUnary();
    for (;;) {
      const operator = this.acceptOneOf(['+', '-']) as ArithmeticOperator | undefined;
      if (operator === undefined) return left;
      const right = this.parseUnary();
      left = this.node({ kind: 'arithmetic', operator, left, right }, left.span[0], right.span[1]);
    }
  }

  private parseUnary(): Expr {
    const token = this.peek();
    if (this.acceptPunctuator('!')) {
      const operand = this.parseUnary();
      return this.node({ kind: 'not', operand }, token.span[0], operand.span[1]);
    }
    if (this.acceptPunctuator('-')) {
      const operand = this.parseUnary();
      if (operand.kind === 'number') {
        return this.node({ kind: 'number', value: -operand.value }, token.span[0], operand.span[1]);
      }
      return this.node({ kind: 'negate', operand }, token.span[0], operand.span[1]);
    }
    return this.parsePrimary();
  }

  private parsePrimary(): Expr {
    const token = this.peek();
    switch (token.type) {
      case 'field':
        this.index++;
        return this.fieldNode(token);
      case 'number':
        this.index++;
        return this.node({ kind: 'number', value: token.value }, token.span[0], token.span[1]);
      case 'string':
        this.index++;
        return this.node({ kind: 'string', value: token.value }, token.span[0], token.span[1]);
      case 'identifier':
        return this.parseCall(token);
      case 'punctuator':
        if (token.value === '(') return this.parseGroup(token);
        break;
      case 'end':
        break;
    }
    throw new RuleSyntaxError(
      `Expected an operand ${this.after()}but found ${describe(token, this.source)}`,
      token.span[0],
    );
  }

  private parseGroup(open: Token): Expr {
    this.index++;
    const inner = this.parseOr();
    const close = this.peek();
    if (!this.acceptPunctuator(')')) {
      throw new RuleSyntaxError(
        `Expected ')' to close the '(' at position ${open.span[0]} but found ${describe(close, this.source)}`,
        close.span[0],
      );
    }
    // The group's span includes its parentheses, so a parent's span always covers its children's.
    return { ...inner, span: [open.span[0], close.span[1]], text: this.source.slice(open.span[0], close.span[1]) };
  }

  private parseCall(token: Extract<Token, { type: 'identifier' }>): Expr {
    const name = FUNCTIONS.find((f) => f === token.name);
    if (name === undefined) {
      throw new RuleSyntaxError(`Unknown function '${token.name}' (expected exists or empty)`, token.span[0]);
    }
    this.index++;
    const open = this.peek();
    if (!this.acceptPunctuator('(')) {
      throw new RuleSyntaxError(`Expected '(' after ${name} but found ${describe(open, this.source)}`, open.span[0]);
    }
    const argumentToken = this.peek();
    if (argumentToken.type !== 'field') {
      throw new RuleSyntaxError(
        `${name}() takes a field such as $28.1 but found ${describe(argumentToken, this.source)}`,
        argumentToken.span[0],
      );
    }
    this.index++;
    const argument = this.fieldNode(argumentToken);
    const close = this.peek();
    if (!this.acceptPunctuator(')')) {
      throw new RuleSyntaxError(
        `Expected ')' after the field of ${name}() but found ${describe(close, this.source)}`,
        close.span[0],
      );
    }
    return this.node({ kind: 'call', name, argument }, token.span[0], close.span[1]);
  }

  private fieldNode(token: Extract<Token, { type: 'field' }>): FieldExpr {
    const base = { kind: 'field' as const, fieldId: token.fieldId, span: token.span, text: this.slice(token.span) };
    return token.attribute === undefined ? base : { ...base, attribute: token.attribute };
  }

  private node<T extends Omit<Expr, 'span' | 'text'>>(
    fields: T,
    start: number,
    end: number,
  ): T & { span: Span; text: string } {
    return { ...fields, span: [start, end], text: this.source.slice(start, end) };
  }

  private slice(span: Span): string {
    return this.source.slice(span[0], span[1]);
  }

  private peek(): Token {
    return this.tokens[this.index] as Token;
  }

  /** "after '&&' " when the previous token was an operator, for clearer messages. */
  private after(): string {
    const previous = this.tokens[this.index - 1];
    return previous?.type === 'punctuator' ? `after '${previous.value}' ` : '';
  }

  private acceptPunctuator(value: Punctuator): boolean {
    const token = this.peek();
    if (token.type === 'punctuator' && token.value === value) {
      this.index++;
      return true;
    }
    return false;
  }

  private acceptOneOf(values: readonly Punctuator[]): Punctuator | undefined {
    const token = this.peek();
    if (token.type === 'punctuator' && values.includes(token.value)) {
      this.index++;
      return token.value;
    }
    return undefined;
  }
}

function describe(token: Token, source: string): string {
  return token.type === 'end' ? 'end of expression' : `'${source.slice(token.span[0], token.span[1])}'`;
}
