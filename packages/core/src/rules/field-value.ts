/**
 * What `$fieldId` (and `exists($fieldId)`) reads from a certificate's answers. Answers are
 * read defensively: the browser evaluates rules on whatever the user has typed so far, before
 * any structural check, so a value of an unexpected shape reads as "not answered".
 */
import { daysBetween, isValidDate } from '../dates/index.js';
import type { Answers, AnswerValue } from '../model/answers.js';
import type { CompiledModel } from '../model/compile.js';
import type { FieldRef } from '../model/field-ref.js';
import type { FieldAttribute } from './ast.js';
import type { RuleValue } from './trace.js';

export interface FieldResolution {
  /** What `$field` evaluates to. */
  readonly value: RuleValue;
  /** What `exists($field)` evaluates to. */
  readonly exists: boolean;
  /** A short human-readable account of what was read, for traces; built only when a trace asks. */
  note(): string;
}

export interface FieldContext {
  readonly compiled: CompiledModel;
  readonly answers: Answers;
  /** Today, YYYY-MM-DD; `.from`/`.to` are relative to it. */
  readonly today: string;
}

const NOTHING = (note: string): FieldResolution => ({ value: undefined, exists: false, note: () => note });

export function resolveField(
  fieldId: string,
  attribute: FieldAttribute | undefined,
  ctx: FieldContext,
): FieldResolution {
  const ref = ctx.compiled.field(fieldId);
  if (ref === undefined) return NOTHING(`unknown field ${fieldId}`);
  const answer = Object.hasOwn(ctx.answers, ref.elementId) ? ctx.answers[ref.elementId] : undefined;
  if (attribute !== undefined && ref.kind !== 'period') {
    return NOTHING(`.${attribute} is only defined on sick-leave period grades`);
  }
  switch (ref.kind) {
    case 'value':
      return resolveValue(ref, answer, ctx);
    case 'option': {
      // A code list answers with an array of codes; a radio or dropdown with one code.
      const isList = ctx.compiled.element(ref.elementId)?.kind === 'checkboxCodeList';
      const selected = isList ? Array.isArray(answer) && answer.includes(ref.optionId) : answer === ref.optionId;
      return {
        value: selected,
        exists: selected,
        note: () => `${ref.optionId} ${selected ? 'selected' : 'not selected'}`,
      };
    }
    case 'dateOption': {
      const selected = rowsOf(answer).some((row) => row['code'] === ref.optionId);
      return { value: selected, exists: selected, note: () => `${ref.optionId} ${selected ? 'ticked' : 'not ticked'}` };
    }
    case 'period':
      return resolvePeriod(ref.optionId, attribute, answer, ctx.today);
    case 'diagnosisRow':
      return resolveDiagnosisRow(ref.rowIndex, answer);
  }
}

function resolveValue(ref: FieldRef, answer: AnswerValue | undefined, ctx: FieldContext): FieldResolution {
  const element = ctx.compiled.element(ref.elementId);
  if (answer === undefined || element === undefined) return NOTHING('not answered');
  switch (element.kind) {
    case 'checkboxBoolean':
    case 'radioBoolean':
      return typeof answer === 'boolean'
        ? { value: answer, exists: true, note: () => String(answer) }
        : NOTHING('not a boolean');
    case 'integer':
      return typeof answer === 'number' && Number.isFinite(answer)
        ? { value: answer, exists: true, note: () => String(answer) }
        : NOTHING('not a number');
    default:
      // Text, date and selected code: a blank string is no answer.
      return typeof answer === 'string' && answer.trim() !== ''
        ? { value: answer, exists: true, note: () => JSON.stringify(answer) }
        : NOTHING('blank');
  }
}

function resolvePeriod(
  grade: string,
  attribute: FieldAttribute | undefined,
  answer: AnswerValue | undefined,
  today: string,
): FieldResolution {
  const row = rowsOf(answer).find((r) => r['code'] === grade);
  if (row === undefined) {
    // Like an unselected option: `$GRADE` is false, its date attributes are missing.
    return attribute === undefined
      ? { value: false, exists: false, note: () => `no ${grade} period` }
      : NOTHING(`no ${grade} period`);
  }
  const from = typeof row['from'] === 'string' ? row['from'] : '';
  const to = typeof row['to'] === 'string' ? row['to'] : '';
  const dates = `${grade} ${from || '?'}..${to || '?'}`;
  if (attribute !== undefined) {
    const date = attribute === 'from' ? from : to;
    const days = daysBetween(today, date);
    return days === undefined
      ? NOTHING(`${dates}: no valid ${attribute} date`)
      : { value: days, exists: true, note: () => `${dates}: ${attribute} is ${days} days from today (${today})` };
  }
  const complete = isValidDate(from) && isValidDate(to) && from <= to;
  return { value: complete, exists: true, note: () => `${dates}${complete ? '' : ' (incomplete)'}` };
}

function resolveDiagnosisRow(rowIndex: number, answer: AnswerValue | undefined): FieldResolution {
  const row = rowsOf(answer)[rowIndex];
  if (row === undefined) return { value: false, exists: false, note: () => `row ${rowIndex + 1} empty` };
  const code = typeof row['code'] === 'string' ? row['code'].trim() : '';
  const description = typeof row['description'] === 'string' ? row['description'].trim() : '';
  const complete = code !== '' && description !== '';
  return {
    value: complete,
    exists: code !== '' || description !== '',
    note: () => `row ${rowIndex + 1}: code ${JSON.stringify(code)}, description ${description ? 'given' : 'missing'}`,
  };
}

function rowsOf(answer: AnswerValue | undefined): readonly Readonly<Record<string, unknown>>[] {
  if (!Array.isArray(answer)) return [];
  return (answer as readonly unknown[]).filter(
    (row): row is Readonly<Record<string, unknown>> => typeof row === 'object' && row !== null,
  );
}
