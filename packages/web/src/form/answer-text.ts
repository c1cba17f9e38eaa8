import {
  inclusiveDays,
  type AnswerValue,
  type CodeDate,
  type DateRangeElement,
  type DiagnosisRow,
  type SickLeavePeriod,
  type UnitContact,
  type ValueElement,
  type VisualAcuityElement,
} from '@intyg/core';
import type { Translate } from '../i18n/i18n.js';
import { formatDecimal } from './fields/decimal.js';
import { investigationsOf, isEmptyInvestigation } from './fields/investigation-rows.js';
import { acuityOf, EYES } from './fields/visual-acuity-value.js';

/**
 * How an answer reads in the signed certificate: option texts instead of codes, one line per item.
 * Returns an empty list for "not answered".
 */
export function answerLines(element: ValueElement, value: AnswerValue | undefined, t: Translate): string[] {
  if (value === undefined)
    return element.kind === 'checkboxBoolean' && element.unselectedText ? [element.unselectedText] : [];
  const optionLabel = (options: readonly { id: string; label: string }[], code: string) =>
    options.find((option) => option.id === code)?.label ?? code;
  switch (element.kind) {
    case 'textField':
    case 'textArea':
    case 'date':
      return typeof value === 'string' && value.trim() !== '' ? [value] : [];
    case 'integer':
      return typeof value === 'number' ? [`${value}${element.unit ? ` ${element.unit}` : ''}`] : [];
    case 'checkboxBoolean':
      if (value === true) return [element.selectedText ?? t('signed.yes')];
      return element.unselectedText ? [element.unselectedText] : [t('signed.no')];
    case 'radioBoolean':
      return [value === true ? element.trueLabel : element.falseLabel];
    case 'radioCode':
    case 'dropdown':
      return typeof value === 'string' ? [optionLabel(element.options, value)] : [];
    case 'checkboxCodeList':
      return (value as readonly string[]).map((code) => optionLabel(element.options, code));
    case 'checkboxDateList':
      return (value as readonly CodeDate[]).map((row) => `${optionLabel(element.options, row.code)}: ${row.date}`);
    case 'sickLeavePeriods':
      return (value as readonly SickLeavePeriod[]).map((period) => {
        const days = inclusiveDays(period.from, period.to);
        return t('signed.period', {
          percent: optionLabel(element.options, period.code),
          from: period.from,
          to: period.to,
          days: days === undefined ? '' : days === 1 ? t('field.day') : t('field.days', { count: days }),
        });
      });
    case 'diagnoses':
      return (value as readonly DiagnosisRow[])
        .filter((row) => row.code !== '' || row.description !== '')
        .map((row) => `${row.code} ${row.description}`.trim());
    case 'year':
      return typeof value === 'number' ? [String(value)] : [];
    case 'dateRange':
      return dateRangeLines(element, value, t);
    case 'uncertainDate':
      return typeof value === 'string' && value !== '' ? [uncertainDateText(value, t)] : [];
    case 'visualAcuity':
      return visualAcuityLines(element, value, t);
    case 'medicalInvestigationList':
      return investigationsOf(value)
        .filter((row) => !isEmptyInvestigation(row))
        .map((row) =>
          [row.code === '' ? '' : optionLabel(element.options, row.code), row.date, row.source.trim()]
            .filter((part) => part !== '')
            .join(', '),
        );
    case 'unitContact': {
      const contact = value as UnitContact;
      return [contact.address, `${contact.zipCode} ${contact.city}`.trim(), contact.phone].filter(
        (line) => line !== '',
      );
    }
  }
}

/** "Fr.o.m 2025-03-01, T.o.m 2025-03-14" with the model's labels; a missing end is left out. */
function dateRangeLines(element: DateRangeElement, value: AnswerValue, t: Translate): string[] {
  const range = value as { from?: unknown; to?: unknown };
  const parts = [
    [element.fromLabel ?? t('field.dateRange.from'), range.from],
    [element.toLabel ?? t('field.dateRange.to'), range.to],
  ]
    .filter((part): part is [string, string] => typeof part[1] === 'string' && part[1] !== '')
    .map(([label, date]) => `${label} ${date}`);
  return parts.length === 0 ? [] : [parts.join(', ')];
}

/** "2019-05-12", "2019-05 (dag okänd)" or "2019 (månad och dag okända)". */
function uncertainDateText(value: string, t: Translate): string {
  if (/^\d{4}-00-00$/.test(value)) return t('signed.monthUnknown', { year: value.slice(0, 4) });
  if (/^\d{4}-\d{2}-00$/.test(value)) return t('signed.dayUnknown', { date: value.slice(0, 7) });
  return value;
}

/** One line per row with a value: "Höger öga: Utan korrektion 0,5, Med korrektion 0,8, Kontaktlinser". */
function visualAcuityLines(element: VisualAcuityElement, value: AnswerValue, t: Translate): string[] {
  const table = acuityOf(value);
  const separator = t('number.decimalSeparator');
  return EYES.flatMap((eye) => {
    const row = table[eye];
    const parts = [
      row.withoutCorrection === undefined
        ? ''
        : `${element.labels.withoutCorrection} ${formatDecimal(row.withoutCorrection, separator)}`,
      row.withCorrection === undefined
        ? ''
        : `${element.labels.withCorrection} ${formatDecimal(row.withCorrection, separator)}`,
      row.contactLens === true ? (element.labels.contactLens ?? t('field.visualAcuity.contactLens')) : '',
    ].filter((part) => part !== '');
    return parts.length === 0 ? [] : [`${element.labels[eye]}: ${parts.join(', ')}`];
  });
}
