/**
 * Single values in a delsvar, both ways: text, booleans, numbers (as text, or as a physical quantity `pq`
 * when the mapping names a `quantityUnit`), dates, codes (`cv`) and dates of uncertain precision
 * (`partialDate`). Decoding returns a Swedish error text instead of throwing.
 */
import { icfAnswerFromTransportText, icfAnswerOf, icfTransportText, isValidDate } from '@intyg/core';
import type { AnswerValue, CodeOption } from '@intyg/core';
import { messages } from './messages.js';
import type { DelsvarType, DelsvarValue } from './svar.js';
import { codeOf, type ValueBinding } from './transport-bindings.js';

export type Decoded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const ok = <T>(value: T): Decoded<T> => ({ ok: true, value });
const fail = (error: string): Decoded<never> => ({ ok: false, error });

// ---- Export -------------------------------------------------------------------------------------

/** The delsvar content of a scalar answer; undefined when there is nothing to send. */
export function encodeScalar(binding: ValueBinding, value: AnswerValue): DelsvarValue | undefined {
  const { element, mapping } = binding;
  switch (element.kind) {
    case 'textField':
    case 'textArea':
      return typeof value === 'string' && value !== '' ? { type: 'text', text: value } : undefined;
    case 'icf': {
      const answer = icfAnswerOf(value);
      return answer === undefined || answer.text === ''
        ? undefined
        : { type: 'text', text: icfTransportText(element, answer) };
    }
    case 'date':
      if (typeof value !== 'string' || value === '') return undefined;
      // A complete date as partialDate when the mapping says so (TSTRK1031 v4 sends its dates that way).
      return mapping.partialDate === true
        ? { type: 'partialDate', format: 'YYYY-MM-DD', value }
        : { type: 'text', text: value };
    case 'checkboxBoolean':
    case 'radioBoolean':
      return typeof value === 'boolean' ? { type: 'text', text: String(value) } : undefined;
    case 'integer':
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
      return mapping.quantityUnit === undefined
        ? { type: 'text', text: String(value) }
        : { type: 'pq', value: String(value), unit: mapping.quantityUnit };
    case 'radioCode':
    case 'dropdown': {
      const option = element.options.find((o) => o.id === value);
      return option === undefined ? undefined : encodeOption(option);
    }
    case 'year':
      if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
      return mapping.partialDate === true
        ? { type: 'partialDate', format: 'YYYY', value: String(value).padStart(4, '0') }
        : { type: 'text', text: String(value) };
    case 'uncertainDate': {
      if (typeof value !== 'string' || value === '') return undefined;
      if (mapping.partialDate !== true) return { type: 'text', text: value };
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!match) return undefined;
      const [, year, month, day] = match as unknown as [string, string, string, string];
      if (month === '00') return { type: 'partialDate', format: 'YYYY', value: year };
      if (day === '00') return { type: 'partialDate', format: 'YYYY-MM', value: `${year}-${month}` };
      return { type: 'partialDate', format: 'YYYY-MM-DD', value };
    }
  }
}

export function encodeOption(option: CodeOption): DelsvarValue {
  return { type: 'cv', code: codeOf(option), codeSystem: option.codeSystem ?? '', displayName: option.label };
}

/** A visual acuity as the samples write it: always with a decimal ("0.5", "2.0", "1.25"). */
export function formatDecimal(value: number): string {
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}

// ---- Import -------------------------------------------------------------------------------------

/** The answer of a scalar element from its delsvar, or why it cannot be one. */
export function decodeScalar(binding: ValueBinding, content: DelsvarValue, place: string): Decoded<AnswerValue> {
  const { element, mapping } = binding;
  switch (element.kind) {
    case 'textField':
    case 'textArea':
      return content.type === 'text' ? ok(content.text) : shape(place, 'text', content);
    case 'icf':
      return content.type === 'text'
        ? ok(icfAnswerFromTransportText(element, content.text))
        : shape(place, 'text', content);
    case 'date':
      return mapping.partialDate === true ? decodeFullPartialDate(content, place) : decodeDate(content, place);
    case 'checkboxBoolean':
    case 'radioBoolean':
      return decodeBoolean(content, place);
    case 'integer':
      return mapping.quantityUnit === undefined
        ? decodeInteger(content, place)
        : decodeIntegerQuantity(content, place, mapping.quantityUnit);
    case 'radioCode':
    case 'dropdown':
      return decodeOption(element.options, content, place);
    case 'year':
      return decodeYear(content, place, mapping.partialDate === true);
    case 'uncertainDate':
      return mapping.partialDate === true ? decodeUncertainDate(content, place) : decodeDate(content, place);
  }
}

export function shape(place: string, expected: DelsvarType, got: DelsvarValue): Decoded<never> {
  return fail(shapeError(place, expected, got));
}

export function shapeError(place: string, expected: DelsvarType, got: DelsvarValue): string {
  return messages.shape(place, expected, got.type);
}

export function decodeBoolean(content: DelsvarValue, place: string): Decoded<boolean> {
  if (content.type !== 'text') return shape(place, 'text', content);
  const text = content.text.trim();
  // xs:boolean also allows 1 and 0.
  if (text === 'true' || text === '1') return ok(true);
  if (text === 'false' || text === '0') return ok(false);
  return fail(messages.boolean(place, content.text));
}

function decodeInteger(content: DelsvarValue, place: string): Decoded<number> {
  if (content.type !== 'text') return shape(place, 'text', content);
  const text = content.text.trim();
  const value = Number(text);
  return /^[+-]?\d{1,15}$/.test(text) && Number.isSafeInteger(value) ? ok(value) : fail(messages.integer(place, text));
}

/**
 * A `pq` in the mapping's unit whose value is a whole number. The value is an xs:double: Webcert writes
 * AG1-14's grade from a Java double ("89.0"), the samples as "89"; both are the answer 89.
 */
function decodeIntegerQuantity(content: DelsvarValue, place: string, unit: string): Decoded<number> {
  if (content.type !== 'pq') return shape(place, 'pq', content);
  if (content.unit.trim() !== unit) return fail(messages.quantityUnit(place, content.unit, unit));
  const text = content.value.trim();
  const whole = /^([+-]?\d{1,15})(\.0*)?$/.exec(text)?.[1];
  const value = Number(whole);
  return whole !== undefined && Number.isSafeInteger(value) ? ok(value) : fail(messages.integer(place, text));
}

export function decodeDecimal(content: DelsvarValue, place: string): Decoded<number> {
  if (content.type !== 'text') return shape(place, 'text', content);
  const text = content.text.trim();
  return /^[+-]?\d{1,6}(\.\d{1,6})?$/.test(text) ? ok(Number(text)) : fail(messages.decimal(place, content.text));
}

export function decodeDate(content: DelsvarValue, place: string): Decoded<string> {
  if (content.type !== 'text') return shape(place, 'text', content);
  return checkDate(content.text.trim(), place);
}

export function checkDate(text: string, place: string): Decoded<string> {
  return isValidDate(text) ? ok(text) : fail(messages.date(place, text));
}

function decodeYear(content: DelsvarValue, place: string, partialDate: boolean): Decoded<number> {
  if (partialDate) {
    if (content.type !== 'partialDate') return shape(place, 'partialDate', content);
    if (content.format !== 'YYYY') return fail(messages.partialDateFormat(place, content.format, ['YYYY']));
    return /^\d{4}$/.test(content.value)
      ? ok(Number(content.value))
      : fail(messages.partialDate(place, content.format, content.value));
  }
  if (content.type !== 'text') return shape(place, 'text', content);
  const text = content.text.trim();
  return /^\d{4}$/.test(text) ? ok(Number(text)) : fail(messages.year(place, content.text));
}

/** A partialDate that must be a complete date (format YYYY-MM-DD). */
function decodeFullPartialDate(content: DelsvarValue, place: string): Decoded<string> {
  if (content.type !== 'partialDate') return shape(place, 'partialDate', content);
  if (content.format !== 'YYYY-MM-DD') return fail(messages.partialDateFormat(place, content.format, ['YYYY-MM-DD']));
  return isValidDate(content.value)
    ? ok(content.value)
    : fail(messages.partialDate(place, content.format, content.value));
}

const PARTIAL_FORMATS = ['YYYY-MM-DD', 'YYYY-MM', 'YYYY'] as const;

/** partialDate → "YYYY-MM-DD", "YYYY-MM-00" or "YYYY-00-00" (the uncertainDate answer). */
function decodeUncertainDate(content: DelsvarValue, place: string): Decoded<string> {
  if (content.type !== 'partialDate') return shape(place, 'partialDate', content);
  const { format, value } = content;
  const invalid = () => fail(messages.partialDate(place, format, value));
  switch (format) {
    case 'YYYY-MM-DD':
      return isValidDate(value) ? ok(value) : invalid();
    case 'YYYY-MM':
      return /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? ok(`${value}-00`) : invalid();
    case 'YYYY':
      return /^\d{4}$/.test(value) ? ok(`${value}-00-00`) : invalid();
    default:
      return fail(messages.partialDateFormat(place, format, PARTIAL_FORMATS));
  }
}

/** The option whose national code and code system the `cv` carries. */
export function decodeOption(options: readonly CodeOption[], content: DelsvarValue, place: string): Decoded<string> {
  if (content.type !== 'cv') return shape(place, 'cv', content);
  const { code, codeSystem } = content;
  const sameCode = options.filter((option) => codeOf(option) === code);
  const match = sameCode.find((option) => option.codeSystem === undefined || option.codeSystem === codeSystem);
  if (match !== undefined) return ok(match.id);
  const first = sameCode[0];
  if (first?.codeSystem !== undefined) return fail(messages.wrongCodeSystem(place, code, codeSystem, first.codeSystem));
  return fail(messages.unknownCode(place, code, codeSystem, options.map(codeOf)));
}
