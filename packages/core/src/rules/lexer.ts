/**
 * Tokenizer for rule expressions. Field ids are `$` followed by letters, digits, `_` and `.`;
 * a trailing `.from`, `.to` or `.days` is split off as the attribute (`$7.2.to` is field `7.2`,
 * attribute `to`; `$UNDERSOKNING.days` is field `UNDERSOKNING`, attribute `days`).
 */
import type { FieldAttribute, Span } from './ast.js';
import { RuleSyntaxError } from './rule-syntax-error.js';

export type Punctuator = '!' | '&&' | '||' | '<' | '<=' | '>' | '>=' | '==' | '!=' | '+' | '-' | '(' | ')';

export type Token =
  | { readonly type: 'field'; readonly span: Span; readonly fieldId: string; readonly attribute?: FieldAttribute }
  | { readonly type: 'number'; readonly span: Span; readonly value: number }
  | { readonly type: 'string'; readonly span: Span; readonly value: string }
  | { readonly type: 'identifier'; readonly span: Span; readonly name: string }
  | { readonly type: 'punctuator'; readonly span: Span; readonly value: Punctuator }
  | { readonly type: 'end'; readonly span: Span };

const TWO_CHAR: readonly Punctuator[] = ['&&', '||', '<=', '>=', '==', '!='];
const ONE_CHAR: readonly Punctuator[] = ['!', '<', '>', '+', '-', '(', ')'];
const FIELD_CHAR = /[A-Za-z0-9_.]/;
const IDENTIFIER_START = /[A-Za-z_]/;
const IDENTIFIER_CHAR = /[A-Za-z0-9_]/;
const DIGIT = /[0-9]/;
const WHITESPACE = /\s/;

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (WHITESPACE.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (ch === '$') {
      i++;
      while (i < source.length && FIELD_CHAR.test(source[i] as string)) i++;
      tokens.push(fieldToken(source.slice(start + 1, i), start, i));
      continue;
    }
    if (DIGIT.test(ch)) {
      i = scanNumber(source, i);
      tokens.push({ type: 'number', span: [start, i], value: Number(source.slice(start, i)) });
      continue;
    }
    if (ch === "'" || ch === '"') {
      const { value, end } = scanString(source, i);
      i = end;
      tokens.push({ type: 'string', span: [start, i], value });
      continue;
    }
    if (IDENTIFIER_START.test(ch)) {
      while (i < source.length && IDENTIFIER_CHAR.test(source[i] as string)) i++;
      tokens.push({ type: 'identifier', span: [start, i], name: source.slice(start, i) });
      continue;
    }
    const two = TWO_CHAR.find((p) => source.startsWith(p, i));
    const punctuator = two ?? ONE_CHAR.find((p) => p === ch);
    if (punctuator === undefined) {
      const hint =
        ch === '&'
          ? " (did you mean '&&'?)"
          : ch === '|'
            ? " (did you mean '||'?)"
            : ch === '='
              ? " (did you mean '=='?)"
              : '';
      throw new RuleSyntaxError(`Unexpected character '${ch}'${hint}`, start);
    }
    i += punctuator.length;
    tokens.push({ type: 'punctuator', span: [start, i], value: punctuator });
  }
  tokens.push({ type: 'end', span: [source.length, source.length] });
  return tokens;
}

function fieldToken(name: string, start: number, end: number): Token {
  if (name === '') throw new RuleSyntaxError("Expected a field id after '$'", start);
  let fieldId = name;
  let attribute: FieldAttribute | undefined;
  for (const candidate of ['from', 'to', 'days'] as const) {
    if (name.endsWith(`.${candidate}`) && name.length > candidate.length + 1) {
      fieldId = name.slice(0, -(candidate.length + 1));
      attribute = candidate;
    }
  }
  if (fieldId.startsWith('.') || fieldId.endsWith('.') || fieldId.includes('..')) {
    throw new RuleSyntaxError(`Malformed field id '$${name}'`, start);
  }
  return attribute === undefined
    ? { type: 'field', span: [start, end], fieldId }
    : { type: 'field', span: [start, end], fieldId, attribute };
}

function scanNumber(source: string, start: number): number {
  let i = start;
  while (i < source.length && DIGIT.test(source[i] as string)) i++;
  if (source[i] === '.' && DIGIT.test(source[i + 1] ?? '')) {
    i++;
    while (i < source.length && DIGIT.test(source[i] as string)) i++;
  }
  return i;
}

/** A quoted string; `\` escapes the next character. */
function scanString(source: string, start: number): { value: string; end: number } {
  const quote = source[start];
  let value = '';
  let i = start + 1;
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === quote) return { value, end: i + 1 };
    if (ch === '\\' && i + 1 < source.length) {
      value += source[i + 1];
      i += 2;
      continue;
    }
    value += ch;
    i++;
  }
  throw new RuleSyntaxError('Unterminated string literal', start);
}
