/**
 * Validation errors. `ruleId` is stable and machine-readable; together with `elementId`
 * and `fieldId` it tells a client exactly where to show the message.
 */
export interface LocalizedText {
  readonly sv: string;
  readonly en: string;
}

export const VALIDATION_RULE_IDS = [
  /** A visible element whose mandatory rule is false. */
  'mandatory',
  /** Text longer than the element's text limit. */
  'text.limit',
  /** Text that is only whitespace. */
  'text.blank',
  /** A date that is not a valid calendar date (YYYY-MM-DD). */
  'date.invalid',
  /** A date later than the element allows (e.g. after today). */
  'date.max',
  /** A date earlier than the element allows. */
  'date.min',
  /** The same code selected more than once. */
  'codes.duplicate',
  /** More codes selected than the element allows. */
  'codes.max',
  /** An exclusive option combined with another option. */
  'codes.exclusive',
  /** The same ICF code chosen more than once. */
  'icf.duplicate',
  /** More ICF codes chosen than the element allows. */
  'icf.max',
  /** A sick-leave period missing its from or to date. */
  'periods.incomplete',
  /** A sick-leave period that ends before it starts. */
  'periods.order',
  /** Two sick-leave periods that overlap (touching on the same day counts). */
  'periods.overlap',
  /** The same grade used for more than one period. */
  'periods.gradeDuplicate',
  /** Fewer or more periods than the element allows. */
  'periods.count',
  /** A diagnosis row filled while an earlier row is empty. */
  'diagnoses.order',
  /** A diagnosis row with a description but no code. */
  'diagnoses.codeMissing',
  /** A diagnosis code shorter than 3 or longer than 5 characters (without dot). */
  'diagnoses.codeLength',
  /** An F-code or Z73 code with fewer than 4 characters. */
  'diagnoses.codePrecision',
  /** A diagnosis code that does not exist in its code system. */
  'diagnoses.codeUnknown',
  /** A diagnosis row with a code but no description. */
  'diagnoses.descriptionMissing',
  /** A diagnosis description longer than the element allows. */
  'diagnoses.descriptionLimit',
  /** Rows using different code systems. */
  'diagnoses.codeSystemMixed',
  /** An integer outside the element's range. */
  'integer.range',
  /** A missing field of the issuing unit's contact details. */
  'unitContact.missing',
  /** A date before the patient's birth date (DateLimits.notBeforeBirth). */
  'date.beforeBirth',
  /** A date range missing its from or to date (fieldId "<field>.from" / "<field>.to"). */
  'dateRange.incomplete',
  /** A date range that ends before it starts. */
  'dateRange.order',
  /** A year that is not a four-digit year. */
  'year.invalid',
  /** A year before the patient's birth year or after the current year. */
  'year.range',
  /** An uncertain date that is neither YYYY-MM-DD, YYYY-MM-00 nor YYYY-00-00, or an unknown part the element does not allow. */
  'uncertainDate.invalid',
  /** A visual acuity outside the element's range (fieldId e.g. "8.right.withoutCorrection"). */
  'visualAcuity.range',
  /** A required visual-acuity cell left empty while the element is mandatory. */
  'visualAcuity.missing',
  /** An investigation row missing its type, date or source (fieldId e.g. "4[1].source"). */
  'investigations.incomplete',
  /** More investigation rows than the element allows. */
  'investigations.max',
] as const;

/** The built-in rules, each checked by the validator of an element kind. */
export type BuiltinValidationRuleId = (typeof VALIDATION_RULE_IDS)[number];

/** A model's own cross-question rule (ElementRule kind `check`): `check:<id>`. */
export type CheckRuleId = `check:${string}`;

export type ValidationRuleId = BuiltinValidationRuleId | CheckRuleId;

export interface ValidationError {
  readonly ruleId: ValidationRuleId;
  /** The element the error belongs to, e.g. "32". */
  readonly elementId: string;
  /** The field within the element, e.g. "HALFTEN.from", "huvuddiagnos.code", "29.1". */
  readonly fieldId: string;
  /** The enclosing category, for grouping the list of what is missing. */
  readonly categoryId?: string;
  readonly message: LocalizedText;
}
