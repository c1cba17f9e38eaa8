/**
 * Answer fixtures per model version. The shared contract test (`fixtures.contract.test.ts`) runs every
 * model in the registry against its fixtures, so a new type or version brings its fixtures and no test code.
 */
import type { Answers, ValidationRuleId } from '@intyg/core';

/** Where one validation error must be reported. */
export interface ExpectedError {
  readonly ruleId: ValidationRuleId;
  readonly elementId: string;
  readonly fieldId: string;
}

export interface InvalidFixture {
  /** What was changed from the minimal answers, e.g. "29.1 longer than 4000 characters". */
  readonly name: string;
  readonly answers: Answers;
  /** The one error this fixture is about. */
  readonly expect: ExpectedError;
  /** Errors the same change necessarily causes as well; the whole list must be exactly these. */
  readonly alsoExpect?: readonly ExpectedError[];
}

export interface CertificateFixtures {
  /** The day the fixtures are validated on (dates in the answers are chosen relative to it). */
  readonly today: string;
  /**
   * The patient's birth date (YYYY-MM-DD) the fixtures are validated with, for models whose dates or years
   * may not lie before it (`notBeforeBirth`, `notBeforeBirthYear`); without it those checks are skipped.
   */
  readonly patientBirthDate?: string;
  /** No answers at all. */
  readonly empty: Answers;
  /** Exactly the errors `empty` gives: every mandatory element and the unit contact's fields. */
  readonly emptyErrors: readonly ExpectedError[];
  /** The fewest answers that validate without errors. */
  readonly minimal: Answers;
  /** Every question answered in a valid way. */
  readonly maximal: Answers;
  /** Further answers that must validate without errors, e.g. the smaller smittbärarpenning case. */
  readonly alsoValid: readonly { readonly name: string; readonly answers: Answers }[];
  /** At least one per validation rule that applies to the model; each the minimal answers with one change. */
  readonly invalid: readonly InvalidFixture[];
}
