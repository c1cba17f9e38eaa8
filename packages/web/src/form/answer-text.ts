import { answerLines as coreAnswerLines, type AnswerValue, type AnswerWords, type ValueElement } from '@intyg/core';
import type { Translate } from '../i18n/i18n.js';

/** The words of core's answer lines in the interface language. */
function answerWordsOf(t: Translate): AnswerWords {
  return {
    yes: t('signed.yes'),
    no: t('signed.no'),
    period: ({ grade, from, to, days }) =>
      t('signed.period', {
        percent: grade,
        from,
        to,
        days: days === undefined ? '' : days === 1 ? t('field.day') : t('field.days', { count: days }),
      }),
    dateRangeFrom: t('field.dateRange.from'),
    dateRangeTo: t('field.dateRange.to'),
    dayUnknown: (yearMonth) => t('signed.dayUnknown', { date: yearMonth }),
    monthUnknown: (year) => t('signed.monthUnknown', { year }),
    decimalSeparator: t('number.decimalSeparator'),
    contactLens: t('field.visualAcuity.contactLens'),
  };
}

/**
 * How an answer reads in the signed certificate (core's `answerLines`, shared with the PDF): option texts
 * instead of codes, one line per item. Returns an empty list for "not answered".
 */
export function answerLines(element: ValueElement, value: AnswerValue | undefined, t: Translate): string[] {
  return coreAnswerLines(element, value, answerWordsOf(t));
}
