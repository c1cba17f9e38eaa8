/**
 * Structural check of answers sent by a client: the JSON shape of each value must match its
 * element's kind, codes must be the element's options, and sizes are bounded. Content rules
 * (valid dates, limits, mandatory, overlaps) are validation's job, not this.
 */
import type { Answers, AnswerValue, IcfAnswer, VisualAcuity, VisualAcuityValues } from './answers.js';
import type { CompiledModel } from './compile.js';
import {
  isValueElement,
  type CodeOption,
  type IcfElement,
  type ValueElement,
  type VisualAcuityEye,
} from './element.js';
import { ICF_CODE_PATTERN } from './icf-answer.js';

export interface AnswerShapeProblem {
  readonly elementId?: string;
  /** Where in the answers object, e.g. "32[1].from". */
  readonly path: string;
  /** English; becomes an HTTP 400 detail. */
  readonly message: string;
}

export type ParseAnswersResult =
  | { readonly ok: true; readonly answers: Answers }
  | { readonly ok: false; readonly problems: readonly AnswerShapeProblem[] };

export const MAX_TEXT_LENGTH = 20_000;
export const MAX_DATE_LENGTH = 20;
export const MAX_DIAGNOSIS_CODE_LENGTH = 20;
export const MAX_DIAGNOSIS_DESCRIPTION_LENGTH = 1000;
export const MAX_UNIT_CONTACT_LENGTH = 200;

type Report = (path: string, message: string) => void;

export function parseAnswers(compiled: CompiledModel, input: unknown): ParseAnswersResult {
  if (!isPlainObject(input)) {
    return { ok: false, problems: [{ path: '', message: 'Answers must be a JSON object keyed by element id' }] };
  }
  const problems: AnswerShapeProblem[] = [];
  const answers: Record<string, AnswerValue> = {};
  for (const [key, raw] of Object.entries(input)) {
    const element = compiled.element(key);
    if (element === undefined) {
      problems.push({ path: key, message: `Unknown element id '${key}'` });
      continue;
    }
    if (!isValueElement(element)) {
      problems.push({ elementId: key, path: key, message: `Element '${key}' (${element.kind}) holds no answer` });
      continue;
    }
    const before = problems.length;
    const value = parseValue(element, raw, key, (path, message) => problems.push({ elementId: key, path, message }));
    if (problems.length === before && value !== undefined) answers[key] = value;
  }
  return problems.length === 0 ? { ok: true, answers } : { ok: false, problems };
}

/** Returns a fresh copy holding only the known keys, or undefined after reporting. */
function parseValue(element: ValueElement, raw: unknown, path: string, report: Report): AnswerValue | undefined {
  switch (element.kind) {
    case 'textField':
    case 'textArea':
      return string(raw, path, MAX_TEXT_LENGTH, report);
    case 'icf':
      return icf(element, raw, path, report);
    case 'date':
      return string(raw, path, MAX_DATE_LENGTH, report);
    case 'checkboxBoolean':
    case 'radioBoolean':
      if (typeof raw === 'boolean') return raw;
      report(path, 'Expected true or false');
      return undefined;
    case 'integer':
      if (typeof raw === 'number' && Number.isInteger(raw)) return raw;
      report(path, 'Expected an integer');
      return undefined;
    case 'radioCode':
    case 'dropdown':
      return code(raw, element.options, path, report);
    case 'checkboxCodeList':
      return array(raw, path, element.options.length * 2, report, (item, itemPath) =>
        code(item, element.options, itemPath, report),
      );
    case 'checkboxDateList':
      return array(raw, path, element.options.length * 2, report, (item, itemPath) => {
        const row = record(item, ['code', 'date'], [], itemPath, report);
        if (row === undefined) return undefined;
        const c = code(row['code'], element.options, `${itemPath}.code`, report);
        const date = string(row['date'], `${itemPath}.date`, MAX_DATE_LENGTH, report);
        return c === undefined || date === undefined ? undefined : { code: c, date };
      });
    case 'sickLeavePeriods':
      return array(raw, path, element.options.length * 2, report, (item, itemPath) => {
        const row = record(item, ['code', 'from', 'to'], [], itemPath, report);
        if (row === undefined) return undefined;
        const c = code(row['code'], element.options, `${itemPath}.code`, report);
        const from = string(row['from'], `${itemPath}.from`, MAX_DATE_LENGTH, report);
        const to = string(row['to'], `${itemPath}.to`, MAX_DATE_LENGTH, report);
        return c === undefined || from === undefined || to === undefined ? undefined : { code: c, from, to };
      });
    case 'diagnoses':
      return array(raw, path, element.rows.length, report, (item, itemPath) => {
        const row = record(item, ['code', 'description'], ['system'], itemPath, report);
        if (row === undefined) return undefined;
        const c = string(row['code'], `${itemPath}.code`, MAX_DIAGNOSIS_CODE_LENGTH, report);
        const description = string(
          row['description'],
          `${itemPath}.description`,
          MAX_DIAGNOSIS_DESCRIPTION_LENGTH,
          report,
        );
        if (!Object.hasOwn(row, 'system')) {
          return c === undefined || description === undefined ? undefined : { code: c, description };
        }
        const system = code(row['system'], element.codeSystems, `${itemPath}.system`, report, 'code system');
        return c === undefined || description === undefined || system === undefined
          ? undefined
          : { code: c, description, system };
      });
    case 'dateRange': {
      const row = record(raw, ['from', 'to'], [], path, report);
      if (row === undefined) return undefined;
      const from = string(row['from'], `${path}.from`, MAX_DATE_LENGTH, report);
      const to = string(row['to'], `${path}.to`, MAX_DATE_LENGTH, report);
      return from === undefined || to === undefined ? undefined : { from, to };
    }
    case 'year':
      if (typeof raw === 'number' && Number.isInteger(raw)) return raw;
      report(path, 'Expected an integer year');
      return undefined;
    case 'uncertainDate':
      return string(raw, path, MAX_DATE_LENGTH, report);
    case 'visualAcuity':
      return visualAcuity(raw, element.contactLenses, path, report);
    case 'medicalInvestigationList':
      return array(raw, path, element.maxRows * 2, report, (item, itemPath) => {
        const row = record(item, ['code', 'date', 'source'], [], itemPath, report);
        if (row === undefined) return undefined;
        // An empty code is a row whose type is not chosen yet: validation reports it.
        const c = row['code'] === '' ? '' : code(row['code'], element.options, `${itemPath}.code`, report);
        const date = string(row['date'], `${itemPath}.date`, MAX_DATE_LENGTH, report);
        const source = string(row['source'], `${itemPath}.source`, MAX_TEXT_LENGTH, report);
        return c === undefined || date === undefined || source === undefined ? undefined : { code: c, date, source };
      });
    case 'unitContact': {
      const keys = ['address', 'zipCode', 'city', 'phone'] as const;
      const row = record(raw, keys, [], path, report);
      if (row === undefined) return undefined;
      const [address, zipCode, city, phone] = keys.map((k) =>
        string(row[k], `${path}.${k}`, MAX_UNIT_CONTACT_LENGTH, report),
      );
      return address === undefined || zipCode === undefined || city === undefined || phone === undefined
        ? undefined
        : { address, zipCode, city, phone };
    }
  }
}

/**
 * `{ text, icfCodes }`; a bare string is taken as the text without codes, so a client that knows nothing of
 * ICF (an EHR prefilling the text) still writes a valid answer. Codes must look like ICF codes.
 */
function icf(element: IcfElement, raw: unknown, path: string, report: Report): IcfAnswer | undefined {
  if (typeof raw === 'string') {
    const text = string(raw, path, MAX_TEXT_LENGTH, report);
    return text === undefined ? undefined : { text, icfCodes: [] };
  }
  const row = record(raw, ['text', 'icfCodes'], [], path, report);
  if (row === undefined) return undefined;
  const text = string(row['text'], `${path}.text`, MAX_TEXT_LENGTH, report);
  const icfCodes = array(row['icfCodes'], `${path}.icfCodes`, element.maxCodes * 2, report, (item, itemPath) => {
    if (typeof item === 'string' && ICF_CODE_PATTERN.test(item)) return item;
    report(
      itemPath,
      `Expected an ICF code such as b130 or d230, got ${typeof item === 'string' ? `'${truncate(item)}'` : typeof item}`,
    );
    return undefined;
  });
  return text === undefined || icfCodes === undefined ? undefined : { text, icfCodes };
}

const EYES = ['right', 'left', 'binocular'] as const;

/** `{ right, left, binocular }`, each with optional acuities (finite numbers) and, per eye, contact lenses. */
function visualAcuity(raw: unknown, contactLenses: boolean, path: string, report: Report): VisualAcuity | undefined {
  const table = record(raw, EYES, [], path, report);
  if (table === undefined) return undefined;
  const result: Partial<Record<VisualAcuityEye, VisualAcuityValues>> = {};
  let ok = true;
  for (const eye of EYES) {
    const eyePath = `${path}.${eye}`;
    const lens = contactLenses && eye !== 'binocular' ? ['contactLens'] : [];
    const cells = record(table[eye], [], ['withoutCorrection', 'withCorrection', ...lens], eyePath, report);
    if (cells === undefined) {
      ok = false;
      continue;
    }
    const values: { withoutCorrection?: number; withCorrection?: number; contactLens?: boolean } = {};
    for (const cell of ['withoutCorrection', 'withCorrection'] as const) {
      if (!Object.hasOwn(cells, cell)) continue;
      const value = cells[cell];
      if (typeof value === 'number' && Number.isFinite(value)) values[cell] = value;
      else {
        report(`${eyePath}.${cell}`, 'Expected a number');
        ok = false;
      }
    }
    if (Object.hasOwn(cells, 'contactLens')) {
      if (typeof cells['contactLens'] === 'boolean') values.contactLens = cells['contactLens'];
      else {
        report(`${eyePath}.contactLens`, 'Expected true or false');
        ok = false;
      }
    }
    result[eye] = values;
  }
  const { right, left, binocular } = result;
  return ok && right && left && binocular ? { right, left, binocular } : undefined;
}

function string(raw: unknown, path: string, max: number, report: Report): string | undefined {
  if (typeof raw !== 'string') {
    report(path, 'Expected a string');
    return undefined;
  }
  if (raw.length > max) {
    report(path, `Text is longer than ${max} characters`);
    return undefined;
  }
  return raw;
}

function code(
  raw: unknown,
  options: readonly Pick<CodeOption, 'id'>[],
  path: string,
  report: Report,
  what = 'option',
): string | undefined {
  if (typeof raw !== 'string') {
    report(path, `Expected an ${what} id (string)`);
    return undefined;
  }
  if (!options.some((o) => o.id === raw)) {
    report(path, `Unknown ${what} '${truncate(raw)}'; expected one of ${options.map((o) => o.id).join(', ')}`);
    return undefined;
  }
  return raw;
}

function array<T>(
  raw: unknown,
  path: string,
  maxItems: number,
  report: Report,
  item: (value: unknown, path: string) => T | undefined,
): T[] | undefined {
  if (!Array.isArray(raw)) {
    report(path, 'Expected an array');
    return undefined;
  }
  if (raw.length > maxItems) {
    report(path, `At most ${maxItems} entries are allowed, got ${raw.length}`);
    return undefined;
  }
  const items: T[] = [];
  let failed = false;
  raw.forEach((value: unknown, index) => {
    const parsed = item(value, `${path}[${index}]`);
    if (parsed === undefined) failed = true;
    else items.push(parsed);
  });
  return failed ? undefined : items;
}

/** A plain object with exactly the required keys and possibly the optional ones. */
function record(
  raw: unknown,
  required: readonly string[],
  optional: readonly string[],
  path: string,
  report: Report,
): Record<string, unknown> | undefined {
  if (!isPlainObject(raw)) {
    report(path, required.length === 0 ? 'Expected an object' : `Expected an object with ${required.join(', ')}`);
    return undefined;
  }
  let ok = true;
  for (const key of Object.keys(raw)) {
    if (!required.includes(key) && !optional.includes(key)) {
      report(`${path}.${key}`, `Unknown property '${truncate(key)}'`);
      ok = false;
    }
  }
  for (const key of required) {
    if (!Object.hasOwn(raw, key)) {
      report(`${path}.${key}`, `Missing property '${key}'`);
      ok = false;
    }
  }
  return ok ? raw : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
