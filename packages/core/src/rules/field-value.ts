/**
 * What `$fieldId` (and `exists($fieldId)`) reads from a certificate's answers. Answers are
 * read defensively: the browser evaluates rules on whatever the user has typed so far, before
 * any structural check, so a value of an unexpected shape reads as "not answered".
 */
import { daysBetween, isValidDate } from '../dates/index.js';
import type { Answers, AnswerValue } from '../model/answers.js';
import type { CompiledModel } from '../model/compile.js';
import type { ElementSpec, VisualAcuityCell, VisualAcuityEye } from '../model/element.js';
import { supportsAttribute } from '../model/field-ref.js';
import { icfAnswerOf } from '../model/icf-answer.js';
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
  /** Today, YYYY-MM-DD; `.from`/`.to`/`.days` are relative to it. */
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
  const element = ctx.compiled.element(ref.elementId);
  const answer = Object.hasOwn(ctx.answers, ref.elementId) ? ctx.answers[ref.elementId] : undefined;
  if (attribute !== undefined && !supportsAttribute(ref, element?.kind, attribute)) {
    return NOTHING(`.${attribute} is not defined on ${fieldId}`);
  }
  switch (ref.kind) {
    case 'value':
      return attribute === 'days'
        ? resolveDays(dateOfValue(answer, element?.kind), ctx.today)
        : resolveValue(answer, element);
    case 'option': {
      // A code list answers with an array of codes; a radio or dropdown with one code.
      const isList = element?.kind === 'checkboxCodeList';
      const selected = isList ? Array.isArray(answer) && answer.includes(ref.optionId) : answer === ref.optionId;
      return {
        value: selected,
        exists: selected,
        note: () => `${ref.optionId} ${selected ? 'selected' : 'not selected'}`,
      };
    }
    case 'dateOption': {
      const row = rowsOf(answer).find((r) => r['code'] === ref.optionId);
      if (attribute === 'days') {
        return row === undefined
          ? NOTHING(`${ref.optionId} not ticked`)
          : resolveDays(typeof row['date'] === 'string' ? row['date'] : '', ctx.today);
      }
      const selected = row !== undefined;
      return { value: selected, exists: selected, note: () => `${ref.optionId} ${selected ? 'ticked' : 'not ticked'}` };
    }
    case 'period': {
      const row = rowsOf(answer).find((r) => r['code'] === ref.optionId);
      return resolveRange(ref.optionId, row, attribute, ctx.today);
    }
    case 'dateRange': {
      // A range with neither date is no answer (unlike a period, whose row says its grade was chosen).
      const range =
        isRecord(answer) && (isFilledText(answer['from']) || isFilledText(answer['to'])) ? answer : undefined;
      return resolveRange(fieldId, range, attribute, ctx.today);
    }
    case 'diagnosisRow':
      return resolveDiagnosisRow(ref.rowIndex, answer);
    case 'visualAcuity': {
      const filled = isRecord(answer) && EYES.some((eye) => isFilledEye(answer[eye]));
      return { value: filled, exists: filled, note: () => (filled ? 'table filled in' : 'table empty') };
    }
    case 'visualAcuityCell':
      return resolveAcuityCell(ref.cell, answer);
    case 'investigations': {
      const rows = rowsOf(answer).filter((row) => !isEmptyInvestigation(row)).length;
      return { value: rows > 0, exists: rows > 0, note: () => `${rows} ${rows === 1 ? 'row' : 'rows'}` };
    }
  }
}

function resolveValue(answer: AnswerValue | undefined, element: ElementSpec | undefined): FieldResolution {
  if (answer === undefined || element === undefined) return NOTHING('not answered');
  switch (element.kind) {
    case 'checkboxBoolean':
    case 'radioBoolean':
      return typeof answer === 'boolean'
        ? { value: answer, exists: true, note: () => String(answer) }
        : NOTHING('not a boolean');
    case 'integer':
    case 'year':
      return typeof answer === 'number' && Number.isFinite(answer)
        ? { value: answer, exists: true, note: () => String(answer) }
        : NOTHING('not a number');
    case 'icf': {
      // The question's text decides; chosen ICF codes without a text are no answer.
      const text = icfAnswerOf(answer)?.text ?? '';
      return text.trim() !== '' ? { value: text, exists: true, note: () => JSON.stringify(text) } : NOTHING('blank');
    }
    default:
      // Text, date, uncertain date and selected code: a blank string is no answer.
      return typeof answer === 'string' && answer.trim() !== ''
        ? { value: answer, exists: true, note: () => JSON.stringify(answer) }
        : NOTHING('blank');
  }
}

/** The date a `.days` reads from a value field: a date, or an uncertain date only when complete (a real date). */
function dateOfValue(answer: AnswerValue | undefined, kind: ElementSpec['kind'] | undefined): string {
  return typeof answer === 'string' && (kind === 'date' || kind === 'uncertainDate') ? answer : '';
}

/** Days from today to the date; missing for anything but a valid calendar date (so "2019-00-00" too). */
function resolveDays(date: string, today: string): FieldResolution {
  const days = daysBetween(today, date);
  return days === undefined
    ? NOTHING(date === '' ? 'no date' : `${JSON.stringify(date)} is not a complete date`)
    : { value: days, exists: true, note: () => `${date} is ${days} days from today (${today})` };
}

/**
 * A from/to range: a sick-leave period grade (`row` is its period, undefined when the grade is not used) or a
 * date range element (`row` is its answer). Without attribute: true when both dates are valid and ordered,
 * existing whenever there is a row. `.from`/`.to`: that date in days from today, missing when invalid.
 */
function resolveRange(
  name: string,
  row: Readonly<Record<string, unknown>> | undefined,
  attribute: FieldAttribute | undefined,
  today: string,
): FieldResolution {
  if (row === undefined) {
    // Like an unselected option: `$GRADE` is false, its date attributes are missing.
    return attribute === undefined ? { value: false, exists: false, note: () => `no ${name}` } : NOTHING(`no ${name}`);
  }
  const from = typeof row['from'] === 'string' ? row['from'] : '';
  const to = typeof row['to'] === 'string' ? row['to'] : '';
  const dates = `${name} ${from || '?'}..${to || '?'}`;
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

function resolveAcuityCell(cell: VisualAcuityCell, answer: AnswerValue | undefined): FieldResolution {
  const [eye, column] = cell.split('.') as [VisualAcuityEye, string];
  const values = isRecord(answer) ? answer[eye] : undefined;
  const value = isRecord(values) ? values[column] : undefined;
  if (column === 'contactLens') {
    const ticked = value === true;
    return { value: ticked, exists: ticked, note: () => `${cell} ${ticked ? 'ticked' : 'not ticked'}` };
  }
  return typeof value === 'number' && Number.isFinite(value)
    ? { value, exists: true, note: () => `${cell} ${value}` }
    : NOTHING(`${cell} empty`);
}

const EYES: readonly VisualAcuityEye[] = ['right', 'left', 'binocular'];

/** An eye's row counts as filled with any acuity or ticked contact lenses. */
function isFilledEye(values: unknown): boolean {
  if (!isRecord(values)) return false;
  return (
    typeof values['withoutCorrection'] === 'number' ||
    typeof values['withCorrection'] === 'number' ||
    values['contactLens'] === true
  );
}

/** A row with no type, no date and a blank source: what an added but untouched row holds. */
function isEmptyInvestigation(row: Readonly<Record<string, unknown>>): boolean {
  const blank = (key: string) => typeof row[key] !== 'string' || (row[key] as string).trim() === '';
  return blank('code') && blank('date') && blank('source');
}

function isFilledText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
