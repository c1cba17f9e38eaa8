/** Small builders for answer fixtures (see fixture-types.ts for the contract they serve). */
import type { Answers, AnswerValue, DiagnosisRow, UnitContact } from '@intyg/core';
import type { ExpectedError, InvalidFixture } from '../fixture-types.js';

/** Answers to set on top of a base; a key mapped to `undefined` is removed (not answered). */
export type Changes = Readonly<Record<string, AnswerValue | undefined>>;

/** `base` with the given answers set; a key mapped to `undefined` is removed (not answered). */
export function changed(base: Answers, changes: Changes): Answers {
  const next: Record<string, AnswerValue> = { ...base };
  for (const [id, value] of Object.entries(changes)) {
    if (value === undefined) delete next[id];
    else next[id] = value;
  }
  return next;
}

/** A text of exactly `length` characters, for limit fixtures. */
export function textOfLength(length: number): string {
  return 'x'.repeat(length);
}

export const unitContactAnswer: UnitContact = {
  address: 'Storgatan 1',
  zipCode: '111 22',
  city: 'Stockholm',
  phone: '08-123 45 67',
};

/** Three valid diagnosis rows in KSH97-P, for models that offer it (legacy FK and AG versions). */
export const kshDiagnoses: readonly DiagnosisRow[] = [
  { code: 'M545', description: 'Lumbago', system: 'KSH_97_P' },
  { code: 'F438A', description: 'Utmattningssyndrom', system: 'KSH_97_P' },
  { code: 'G47-', description: 'Sömnstörning', system: 'KSH_97_P' },
];

/** Three valid diagnosis rows in ICD-10-SE, one naming its system. */
export const icdDiagnoses: readonly DiagnosisRow[] = [
  { code: 'M545', description: 'Lumbago' },
  { code: 'F321', description: 'Medelsvår depressiv episod', system: 'ICD_10_SE' },
  { code: 'G470', description: 'Insomni' },
];

/** Where one validation error must be reported. */
export const error = (ruleId: ExpectedError['ruleId'], elementId: string, fieldId: string): ExpectedError => ({
  ruleId,
  elementId,
  fieldId,
});

/** Builds an invalid fixture: a base's answers with `changes`, and the error(s) they must give. */
export type FixtureMaker = (
  name: string,
  changes: Changes,
  expect: ExpectedError,
  alsoExpect?: readonly ExpectedError[],
) => InvalidFixture;

/** A fixture maker over `base` (a model's minimal answers): every fixture is `base` with one change. */
export function fixtureMaker(base: Answers): FixtureMaker {
  return (name, changes, expect, alsoExpect) => ({
    name,
    answers: changed(base, changes),
    expect,
    ...(alsoExpect === undefined ? {} : { alsoExpect }),
  });
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].concat([
  'eleven',
  'twelve',
]);

/** A count in words for fixture names ("five periods"); digits beyond twelve. */
export function countWord(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

/** The calendar day `days` after `date` (both YYYY-MM-DD; `days` may be negative). */
export function plusDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The mandatory questions a model's empty answers miss, each as [elementId, fieldId], in `emptyErrors` order. */
export type MandatoryQuestions = readonly (readonly [elementId: string, fieldId: string])[];

/**
 * One list of mandatory questions for both ends of the contract: `errors` are what no answers give for them,
 * `notAnswered(id)` is `base` without that question (it throws for a question not in the list).
 */
export function mandatoryQuestions(base: Answers, questions: MandatoryQuestions) {
  const fieldIds = new Map(questions);
  const fixture = fixtureMaker(base);
  return {
    errors: questions.map(([elementId, fieldId]) => error('mandatory', elementId, fieldId)),
    notAnswered(elementId: string): InvalidFixture {
      const fieldId = fieldIds.get(elementId);
      if (fieldId === undefined) throw new Error(`${elementId} is not among the mandatory questions`);
      return fixture(`${elementId} not answered`, { [elementId]: undefined }, error('mandatory', elementId, fieldId));
    },
  };
}
