import {
  inclusiveDays,
  type AnswerValue,
  type CodeDate,
  type DiagnosisRow,
  type SickLeavePeriod,
  type UnitContact,
  type ValueElement,
} from '@intyg/core';
import type { Translate } from '../i18n/i18n.js';

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
    case 'unitContact': {
      const contact = value as UnitContact;
      return [contact.address, `${contact.zipCode} ${contact.city}`.trim(), contact.phone].filter(
        (line) => line !== '',
      );
    }
  }
}
