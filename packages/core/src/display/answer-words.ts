/**
 * The words an answer's display lines need beyond the model's own texts (which are Swedish and official).
 * The PDF uses `SWEDISH_ANSWER_WORDS`; the web builds its own from the user's language.
 */
export interface AnswerWords {
  /** A ticked box without a `selectedText` of its own. */
  readonly yes: string;
  /** An unticked box without an `unselectedText` of its own. */
  readonly no: string;
  /** A sick-leave period: grade text, dates and inclusive number of days (undefined for an invalid date). */
  period(parts: { grade: string; from: string; to: string; days: number | undefined }): string;
  /** Default labels of a date range's ends, when the model gives none. */
  readonly dateRangeFrom: string;
  readonly dateRangeTo: string;
  /** An uncertain date without a day ("2019-05") and without month and day ("2019"). */
  dayUnknown(yearMonth: string): string;
  monthUnknown(year: string): string;
  readonly decimalSeparator: string;
  /** The contact-lens column's label, when the model gives none. */
  readonly contactLens: string;
}

export const SWEDISH_ANSWER_WORDS: AnswerWords = {
  yes: 'Ja',
  no: 'Nej',
  period: ({ grade, from, to, days }) =>
    `${grade}: ${from} – ${to}${days === undefined ? '' : ` (${days === 1 ? '1 dag' : `${days} dagar`})`}`,
  dateRangeFrom: 'Fr.o.m',
  dateRangeTo: 'T.o.m',
  dayUnknown: (yearMonth) => `${yearMonth} (dag okänd)`,
  monthUnknown: (year) => `${year} (månad och dag okända)`,
  decimalSeparator: ',',
  contactLens: 'Kontaktlinser',
};
