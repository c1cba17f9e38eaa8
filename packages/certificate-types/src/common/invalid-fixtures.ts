/**
 * Invalid fixtures per element kind. Each builder gives the fixtures an element of its kind needs, every one
 * a model's minimal answers (`base`) with one change, named after the element so that every model words the
 * same rule alike. What the models differ in (dates, sample codes, which blank) is passed in, so each model
 * keeps the exact answers it is tested with.
 */
import type { Answers, DateRange, DiagnosisRow, UnitContact } from '@intyg/core';
import type { ExpectedError, InvalidFixture } from '../fixture-types.js';
import { ICD_10_SE, KSH_97_P, SICK_LEAVE_GRADES } from './code-systems.js';
import {
  type Changes,
  countWord,
  error,
  fixtureMaker,
  plusDays,
  textOfLength,
  unitContactAnswer,
} from './fixture-helpers.js';
import { UNIT_CONTACT_ELEMENT_ID as UNIT } from './unit-contact.js';

/** The sick-leave grades, the full one first. */
const GRADES_FULL_FIRST = SICK_LEAVE_GRADES.map((grade) => grade.id).reverse();
/** The first period of the period fixtures runs from `start` (day 0) to this day. */
const FIRST_PERIOD_LAST_DAY = 13;

export interface PeriodFixtureOptions {
  readonly elementId: string;
  /** The first day of the periods (the fixtures' `today`); the first period runs two weeks from it. */
  readonly start: string;
  /** Which date the incomplete period lacks. */
  readonly missing: 'from' | 'to';
  /** An end date that is no calendar date, e.g. "2025-02-29". */
  readonly notADate: string;
  /**
   * Grade of a second period and the day it starts, counted from `start`: inside the first period, which
   * ends on day 13 (starting then, the two "share a day").
   */
  readonly overlap: { readonly code: string; readonly day: number };
  /** Answers a partial grade makes mandatory, given where a fixture has one so that it keeps to its one error. */
  readonly partialAnswered?: Changes;
  /** The element's grades, the full one first (default the four sick-leave grades); one period each at most. */
  readonly grades?: readonly string[];
}

/** A sick-leave periods element: incomplete, not a date, order, overlap, the same grade twice, too many. */
export function periodInvalidFixtures(base: Answers, options: PeriodFixtureOptions): InvalidFixture[] {
  const fixture = fixtureMaker(base);
  const { elementId: id, start, missing, notADate, overlap, partialAnswered = {} } = options;
  const grades = options.grades ?? GRADES_FULL_FIRST;
  const full = grades[0]!;
  const day = (offset: number) => plusDays(start, offset);
  const first = { code: full, from: start, to: day(FIRST_PERIOD_LAST_DAY) };
  const overlapping = { code: overlap.code, from: day(overlap.day), to: day(27) };
  // One five-day period per grade and one more of the full grade.
  const tooMany = [...grades, full].map((code, i) => ({ code, from: day(5 * i), to: day(5 * i + 4) }));
  return [
    fixture(
      `${id}: a period without ${missing === 'from' ? 'a start' : 'an end'} date`,
      { [id]: [{ ...first, [missing]: '' }] },
      error('periods.incomplete', id, `${full}.${missing}`),
    ),
    fixture(
      `${id}: a period that is not a calendar date`,
      { [id]: [{ ...first, to: notADate }] },
      error('date.invalid', id, `${full}.to`),
    ),
    fixture(
      `${id}: a period ending before it starts`,
      { [id]: [{ code: full, from: first.to, to: first.from }] },
      error('periods.order', id, full),
    ),
    fixture(
      `${id}: two ${overlap.day === FIRST_PERIOD_LAST_DAY ? 'periods sharing a day' : 'overlapping periods'}`,
      { [id]: [first, overlapping], ...partialAnswered },
      error('periods.overlap', id, `${overlap.code}.from`),
    ),
    fixture(
      `${id}: the same grade twice`,
      { [id]: [first, { code: full, from: day(14), to: day(27) }] },
      error('periods.gradeDuplicate', id, full),
    ),
    fixture(
      `${id}: ${countWord(tooMany.length)} periods`,
      { [id]: tooMany, ...partialAnswered },
      error('periods.count', id, id),
      [error('periods.gradeDuplicate', id, full)],
    ),
  ];
}

/** Field ids of the first two diagnosis rows, as every model names them. */
const MAIN_ROW = 'huvuddiagnos';
const SECOND_ROW = 'diagnos2';
const CODE_SYSTEM_LABELS = new Map([ICD_10_SE, KSH_97_P].map((system) => [system.id, system.label]));

export interface DiagnosisFixtureOptions {
  readonly elementId: string;
  /** Answers that show the element, given with every fixture. */
  readonly shown?: Changes;
  /** Two valid rows in the element's first code system; the order fixture leaves an empty row between them. */
  readonly rows: readonly [DiagnosisRow, DiagnosisRow];
  /** The blanks of the code-missing and description-missing fixtures (default ''). */
  readonly blankCode?: string;
  readonly blankDescription?: string;
  /** A code of a length no code system has. */
  readonly wrongLength: DiagnosisRow;
  /** A three-character code that must be given more precisely (an F code, Z73). */
  readonly imprecise: DiagnosisRow;
  /** The code of the description fixtures (default the first row's). */
  readonly describedCode?: string;
  /** A row in the element's second code system, for models that offer two. */
  readonly otherSystem?: DiagnosisRow;
  /** The most characters a description may have (default 81, as in every FK and AG model). */
  readonly descriptionLimit?: number;
}

/** A diagnoses element: row order, code missing/length/precision, description missing/limit, mixed systems. */
export function diagnosisInvalidFixtures(base: Answers, options: DiagnosisFixtureOptions): InvalidFixture[] {
  const fixture = fixtureMaker(base);
  const { elementId: id, shown = {}, rows, wrongLength, imprecise, otherSystem } = options;
  const { blankCode = '', blankDescription = '', describedCode = rows[0].code, descriptionLimit = 81 } = options;
  const withRows = (answer: readonly DiagnosisRow[]): Changes => ({ ...shown, [id]: answer });
  const mainCode = `${MAIN_ROW}.code`;
  const mainDescription = `${MAIN_ROW}.description`;
  // The precision rule names F codes as a chapter and other codes (Z73) one by one.
  const impreciseName = imprecise.code.startsWith('F') ? 'an F code' : `a ${imprecise.code} code`;
  const invalid = [
    fixture(
      `${id}: an empty row between two filled ones`,
      withRows([rows[0], { code: '', description: '' }, rows[1]]),
      error('diagnoses.order', id, `${SECOND_ROW}.code`),
    ),
    fixture(
      `${id}: a description without a code`,
      withRows([{ code: blankCode, description: 'Lumbago' }]),
      error('diagnoses.codeMissing', id, mainCode),
    ),
    fixture(
      `${id}: a code of ${countWord(wrongLength.code.length)} characters`,
      withRows([wrongLength]),
      error('diagnoses.codeLength', id, mainCode),
    ),
    fixture(
      `${id}: ${impreciseName} of ${countWord(imprecise.code.length)} characters`,
      withRows([imprecise]),
      error('diagnoses.codePrecision', id, mainCode),
    ),
    fixture(
      `${id}: a code without a description`,
      withRows([{ code: describedCode, description: blankDescription }]),
      error('diagnoses.descriptionMissing', id, mainDescription),
    ),
    fixture(
      `${id}: a description longer than ${descriptionLimit} characters`,
      withRows([{ code: describedCode, description: textOfLength(descriptionLimit + 1) }]),
      error('diagnoses.descriptionLimit', id, mainDescription),
    ),
  ];
  if (otherSystem === undefined) return invalid;
  const systems = [ICD_10_SE.id, otherSystem.system ?? ''].map((system) => CODE_SYSTEM_LABELS.get(system) ?? system);
  return [
    ...invalid,
    fixture(
      `${id}: rows in ${systems.join(' and ')}`,
      withRows([rows[0], otherSystem]),
      error('diagnoses.codeSystemMixed', id, `${SECOND_ROW}.code`),
    ),
  ];
}

export interface DateListFixtureOptions {
  readonly elementId: string;
  /** The element's options in order; the fixtures tick the first. */
  readonly options: readonly string[];
  readonly today: string;
  /** The date the fixtures tick an option with (default `today`). */
  readonly date?: string;
  /** A date that is no calendar date. */
  readonly notADate: string;
  /** The option ticked with a date after today (default the first). */
  readonly lateOption?: string;
  /** Also an option ticked without a date. */
  readonly undated?: boolean;
  /**
   * Given, a fixture ticks every option and the last one again (one row more than the element takes), with
   * these answers, which ticking every option makes mandatory (e.g. the text ANNAT asks for).
   */
  readonly allTicked?: Changes;
}

/** A checkbox date list: not a date, (no date,) after today, an option twice, (more rows than options). */
export function dateListInvalidFixtures(base: Answers, options: DateListFixtureOptions): InvalidFixture[] {
  const fixture = fixtureMaker(base);
  const { elementId: id, options: codes, today, notADate, undated = false, allTicked } = options;
  const { date = today, lateOption = codes[0]! } = options;
  const first = codes[0]!;
  const last = codes[codes.length - 1]!;
  return [
    fixture(
      `${id}: not a calendar date`,
      { [id]: [{ code: first, date: notADate }] },
      error('date.invalid', id, first),
    ),
    ...(undated
      ? [
          fixture(
            `${id}: a ticked option without a date`,
            { [id]: [{ code: first, date: '' }] },
            error('date.invalid', id, first),
          ),
        ]
      : []),
    fixture(
      `${id}: a date after today`,
      { [id]: [{ code: lateOption, date: plusDays(today, 1) }] },
      error('date.max', id, lateOption),
    ),
    fixture(
      `${id}: the same option twice`,
      {
        [id]: [
          { code: first, date },
          { code: first, date: plusDays(date, -1) },
        ],
      },
      error('codes.duplicate', id, first),
    ),
    ...(allTicked === undefined
      ? []
      : [
          fixture(
            `${id}: ${countWord(codes.length + 1)} rows for ${countWord(codes.length)} options`,
            {
              [id]: [...codes.map((code) => ({ code, date })), { code: last, date: plusDays(date, -1) }],
              ...allTicked,
            },
            error('codes.max', id, id),
            [error('codes.duplicate', id, last)],
          ),
        ]),
  ];
}

export interface DateRangeFixtureOptions {
  readonly elementId: string;
  /** The range's field id (the dates are `<fieldId>.from` and `<fieldId>.to`). */
  readonly fieldId: string;
  /** A valid range; the incomplete fixture keeps one of its dates. */
  readonly range: DateRange;
  /** Which date the incomplete range lacks. */
  readonly missing: 'from' | 'to';
  /** One date that is no calendar date, the other taken from `range`. */
  readonly notADate: Partial<DateRange>;
  /** A range ending before it starts. */
  readonly reversed: DateRange;
}

/** A date range: one date missing, not a calendar date, ending before it starts. */
export function dateRangeInvalidFixtures(base: Answers, options: DateRangeFixtureOptions): InvalidFixture[] {
  const fixture = fixtureMaker(base);
  const { elementId: id, fieldId, range, missing, notADate, reversed } = options;
  const invalidSide = notADate.from === undefined ? 'to' : 'from';
  return [
    fixture(
      `${fieldId} without ${missing === 'from' ? 'a start' : 'an end'} date`,
      { [id]: { ...range, [missing]: '' } },
      error('dateRange.incomplete', id, `${fieldId}.${missing}`),
    ),
    fixture(
      `${fieldId}: not a calendar date`,
      { [id]: { ...range, ...notADate } },
      error('date.invalid', id, `${fieldId}.${invalidSide}`),
    ),
    fixture(`${fieldId} ending before it starts`, { [id]: reversed }, error('dateRange.order', id, fieldId)),
  ];
}

/** `${id}: the same ${noun} twice`: a checkbox code list with `code` ticked twice. */
export function codeDuplicateFixture(
  base: Answers,
  elementId: string,
  code: string,
  options: { readonly noun?: string; readonly shown?: Changes } = {},
): InvalidFixture {
  const { noun = 'code', shown = {} } = options;
  return fixtureMaker(base)(
    `${elementId}: the same ${noun} twice`,
    { ...shown, [elementId]: [code, code] },
    error('codes.duplicate', elementId, code),
  );
}

/**
 * A checkbox code list whose first option excludes the others and which takes fewer than all: the first with
 * the second, every option at once, the second twice.
 */
export function exclusiveCodeListInvalidFixtures(
  base: Answers,
  elementId: string,
  codes: readonly string[],
  noun: string,
): InvalidFixture[] {
  const fixture = fixtureMaker(base);
  const [exclusive, other] = codes as readonly [string, string];
  return [
    fixture(
      `${elementId}: ${exclusive} with another ${noun}`,
      { [elementId]: [exclusive, other] },
      error('codes.exclusive', elementId, exclusive),
    ),
    fixture(
      `${elementId}: all ${countWord(codes.length)} options`,
      { [elementId]: codes },
      error('codes.max', elementId, elementId),
      [error('codes.exclusive', elementId, exclusive)],
    ),
    codeDuplicateFixture(base, elementId, other, { noun }),
  ];
}

export interface TextFixtureOptions {
  /** How the name calls the field (default its id). */
  readonly label?: string;
  /** Answers that show the field, given with the fixture. */
  readonly shown?: Changes;
}

/** `${label} longer than ${limit} characters`: a text one character over its limit. */
export function textLimitFixture(
  base: Answers,
  elementId: string,
  fieldId: string,
  limit: number,
  options: TextFixtureOptions = {},
): InvalidFixture {
  const { label = fieldId, shown = {} } = options;
  return fixtureMaker(base)(
    `${label} longer than ${limit} characters`,
    { ...shown, [elementId]: textOfLength(limit + 1) },
    error('text.limit', elementId, fieldId),
  );
}

/** `${label} only whitespace`: a text answered with `blank`. */
export function textBlankFixture(
  base: Answers,
  elementId: string,
  fieldId: string,
  blank: string,
  options: TextFixtureOptions = {},
): InvalidFixture {
  const { label = fieldId, shown = {} } = options;
  return fixtureMaker(base)(
    `${label} only whitespace`,
    { ...shown, [elementId]: blank },
    error('text.blank', elementId, fieldId),
  );
}

/** What no answer to the unit contact gives: every field missing. */
export const unitContactEmptyErrors: readonly ExpectedError[] = (['address', 'zipCode', 'city', 'phone'] as const).map(
  (field) => error('unitContact.missing', UNIT, field),
);

const UNIT_FIELD_NAMES: Readonly<Record<keyof UnitContact, string>> = {
  address: 'an address',
  zipCode: 'a postal code',
  city: 'a city',
  phone: 'a phone number',
};

/** The unit contact with `field` left `blank` (named "the unit without …" unless `name` is given). */
export function unitContactMissingFixture(
  base: Answers,
  field: keyof UnitContact,
  blank = '',
  name = `the unit without ${UNIT_FIELD_NAMES[field]}`,
): InvalidFixture {
  return fixtureMaker(base)(
    name,
    { [UNIT]: { ...unitContactAnswer, [field]: blank } },
    error('unitContact.missing', UNIT, field),
  );
}
