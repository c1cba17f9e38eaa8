/**
 * How an answer reads in an issued certificate: option texts instead of codes, periods with their number
 * of days, diagnoses as code and title, one line per item. Shared by the web's certificate view and the
 * PDF; the few words that are not the model's own texts come from `AnswerWords`, so each caller speaks
 * its language (the PDF Swedish, the web the user's).
 */
import type { AnswerValue, CodeDate, DiagnosisRow, SickLeavePeriod } from '../model/answers.js';
import type {
  CodeOption,
  DateRangeElement,
  ValueElement,
  VisualAcuityElement,
  VisualAcuityEye,
} from '../model/element.js';
import { icfAnswerOf } from '../model/icf-answer.js';
import { inclusiveDays } from '../dates/calendar-date.js';
import { isDateRange, isInvestigationList, isRecord, isUnitContact } from '../validation/values.js';
import type { AnswerWords } from './answer-words.js';

/** The lines an answer reads as; an empty list for "not answered". */
export function answerLines(element: ValueElement, value: AnswerValue | undefined, words: AnswerWords): string[] {
  if (value === undefined)
    return element.kind === 'checkboxBoolean' && element.unselectedText ? [element.unselectedText] : [];
  switch (element.kind) {
    case 'textField':
    case 'textArea':
    case 'date':
      return typeof value === 'string' && value.trim() !== '' ? [value] : [];
    case 'icf': {
      const answer = icfAnswerOf(value);
      if (answer === undefined) return [];
      const codes = answer.icfCodes.length === 0 ? [] : [`${element.collectionsLabel} ${answer.icfCodes.join(' - ')}`];
      return [...codes, ...(answer.text.trim() === '' ? [] : [answer.text])];
    }
    case 'integer':
      return typeof value === 'number' ? [`${value}${element.unit ? ` ${element.unit}` : ''}`] : [];
    case 'checkboxBoolean':
      if (value === true) return [element.selectedText ?? words.yes];
      return element.unselectedText ? [element.unselectedText] : [words.no];
    case 'radioBoolean':
      return [value === true ? element.trueLabel : element.falseLabel];
    case 'radioCode':
    case 'dropdown':
      return typeof value === 'string' ? [optionLabel(element.options, value)] : [];
    case 'checkboxCodeList':
      return Array.isArray(value) ? (value as readonly string[]).map((code) => optionLabel(element.options, code)) : [];
    case 'checkboxDateList':
      return Array.isArray(value)
        ? (value as readonly CodeDate[]).map((row) => `${optionLabel(element.options, row.code)}: ${row.date}`)
        : [];
    case 'sickLeavePeriods':
      return Array.isArray(value)
        ? (value as readonly SickLeavePeriod[]).map((period) =>
            words.period({
              grade: optionLabel(element.options, period.code),
              from: period.from,
              to: period.to,
              days: inclusiveDays(period.from, period.to),
            }),
          )
        : [];
    case 'diagnoses':
      return Array.isArray(value)
        ? (value as readonly DiagnosisRow[])
            .filter((row) => row.code !== '' || row.description !== '')
            .map((row) => `${row.code} ${row.description}`.trim())
        : [];
    case 'year':
      return typeof value === 'number' ? [String(value)] : [];
    case 'dateRange':
      return dateRangeLines(element, value, words);
    case 'uncertainDate':
      return typeof value === 'string' && value !== '' ? [uncertainDateText(value, words)] : [];
    case 'visualAcuity':
      return visualAcuityLines(element, value, words);
    case 'medicalInvestigationList':
      return (isInvestigationList(value) ? value : [])
        .filter((row) => row.code !== '' || row.date !== '' || row.source.trim() !== '')
        .map((row) =>
          [row.code === '' ? '' : optionLabel(element.options, row.code), row.date, row.source.trim()]
            .filter((part) => part !== '')
            .join(', '),
        );
    case 'unitContact':
      return isUnitContact(value)
        ? [value.address, `${value.zipCode} ${value.city}`.trim(), value.phone].filter((line) => line.trim() !== '')
        : [];
  }
}

/** The option's text; the code itself for a code the model does not list (a certificate read from elsewhere). */
function optionLabel(options: readonly CodeOption[], code: string): string {
  return options.find((option) => option.id === code)?.label ?? code;
}

/** "Fr.o.m 2025-03-01, T.o.m 2025-03-14" with the model's labels; a missing end is left out. */
function dateRangeLines(element: DateRangeElement, value: AnswerValue, words: AnswerWords): string[] {
  if (!isDateRange(value)) return [];
  const parts = [
    [element.fromLabel ?? words.dateRangeFrom, value.from],
    [element.toLabel ?? words.dateRangeTo, value.to],
  ]
    .filter(([, date]) => date !== '')
    .map(([label, date]) => `${label} ${date}`);
  return parts.length === 0 ? [] : [parts.join(', ')];
}

/** "2019-05-12", "2019-05 (dag okänd)" or "2019 (månad och dag okända)". */
function uncertainDateText(value: string, words: AnswerWords): string {
  if (/^\d{4}-00-00$/.test(value)) return words.monthUnknown(value.slice(0, 4));
  if (/^\d{4}-\d{2}-00$/.test(value)) return words.dayUnknown(value.slice(0, 7));
  return value;
}

const EYES: readonly VisualAcuityEye[] = ['right', 'left', 'binocular'];

/** One line per row with a value: "Höger öga: Utan korrektion 0,5, Med korrektion 0,8, Kontaktlinser". */
function visualAcuityLines(element: VisualAcuityElement, value: AnswerValue, words: AnswerWords): string[] {
  if (!isRecord(value)) return [];
  const decimal = (n: number) => String(n).replace('.', words.decimalSeparator);
  return EYES.flatMap((eye) => {
    const row = value[eye];
    if (!isRecord(row)) return [];
    const parts = [
      typeof row.withoutCorrection === 'number'
        ? `${element.labels.withoutCorrection} ${decimal(row.withoutCorrection)}`
        : '',
      typeof row.withCorrection === 'number' ? `${element.labels.withCorrection} ${decimal(row.withCorrection)}` : '',
      eye !== 'binocular' && row.contactLens === true ? (element.labels.contactLens ?? words.contactLens) : '',
    ].filter((part) => part !== '');
    return parts.length === 0 ? [] : [`${element.labels[eye]}: ${parts.join(', ')}`];
  });
}
