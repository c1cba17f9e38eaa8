/**
 * Answer values, keyed by element id. The shape of each value follows the element's kind:
 *
 * | kind              | value                                                      |
 * |-------------------|------------------------------------------------------------|
 * | textField/Area    | string                                                     |
 * | icf               | { text, icfCodes } (codes like b130, d230, in pick order)  |
 * | checkboxBoolean   | boolean                                                    |
 * | radioBoolean      | boolean                                                    |
 * | radioCode/dropdown| string (the option id)                                     |
 * | checkboxCodeList  | string[] (option ids)                                      |
 * | checkboxDateList  | { code, date }[]                                           |
 * | date              | string (YYYY-MM-DD)                                        |
 * | sickLeavePeriods  | { code, from, to }[] (dates YYYY-MM-DD, "" while unfilled) |
 * | diagnoses         | { code, description, system? }[] (row i = the model's row i)|
 * | integer           | number                                                     |
 * | unitContact       | { address, zipCode, city, phone }                          |
 * | dateRange         | { from, to } (YYYY-MM-DD, "" while unfilled)               |
 * | year              | number                                                     |
 * | uncertainDate     | string: YYYY-MM-DD, YYYY-MM-00 or YYYY-00-00                |
 * | visualAcuity      | { right, left, binocular }: each { withoutCorrection?,     |
 * |                   |   withCorrection?: number, contactLens?: boolean }         |
 * | medicalInvestig.. | { code, date, source }[]                                   |
 *
 * An absent key means "not answered". Dates are kept as the strings the user entered
 * so that an invalid date can be reported rather than lost.
 */
export interface CodeDate {
  readonly code: string;
  readonly date: string;
}

export interface SickLeavePeriod {
  readonly code: string;
  readonly from: string;
  readonly to: string;
}

export interface DiagnosisRow {
  readonly code: string;
  readonly description: string;
  /** Code system id (see DiagnosesElement.codeSystems); the element's first when absent. */
  readonly system?: string;
}

export interface UnitContact {
  readonly address: string;
  readonly zipCode: string;
  readonly city: string;
  readonly phone: string;
}

export interface IcfAnswer {
  readonly text: string;
  readonly icfCodes: readonly string[];
}

export interface DateRange {
  readonly from: string;
  readonly to: string;
}

export interface VisualAcuityValues {
  readonly withoutCorrection?: number;
  readonly withCorrection?: number;
  /** Only for the right and left eye. */
  readonly contactLens?: boolean;
}

export interface VisualAcuity {
  readonly right: VisualAcuityValues;
  readonly left: VisualAcuityValues;
  readonly binocular: VisualAcuityValues;
}

export interface MedicalInvestigation {
  readonly code: string;
  readonly date: string;
  readonly source: string;
}

export type AnswerValue =
  | string
  | boolean
  | number
  | readonly string[]
  | readonly CodeDate[]
  | readonly SickLeavePeriod[]
  | readonly DiagnosisRow[]
  | readonly MedicalInvestigation[]
  | DateRange
  | IcfAnswer
  | VisualAcuity
  | UnitContact;

export type Answers = Readonly<Record<string, AnswerValue>>;
