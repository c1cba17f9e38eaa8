import { useState } from 'react';
import type { UncertainDateElement } from '@intyg/core';
import { useI18n } from '../../i18n/i18n.js';
import { inputId } from '../dom-ids.js';
import { QuestionLabel } from './common.js';
import type { FieldProps } from './types.js';
import {
  DAYS,
  joinUncertainDate,
  MONTHS,
  NO_PARTS,
  splitUncertainDate,
  UNKNOWN,
  withDatePart,
  yearChoices,
  type DateParts,
} from './uncertain-date-value.js';

/**
 * Year, month and day as three choices, month and day with "Okänd" where the element allows it. The answer is
 * set once all three are chosen (and removed while one is missing); the choices made so far are kept locally.
 */
export function UncertainDateInput({
  element,
  value,
  state,
  onChange,
  describedBy,
  invalid,
  today,
}: FieldProps<UncertainDateElement>) {
  const { t, language } = useI18n();
  const [local, setLocal] = useState<DateParts>(() => splitUncertainDate(value));
  // The stored answer wins when it changed elsewhere (a reload); a half-chosen date lives only here.
  const localDate = joinUncertainDate(local);
  const parts =
    typeof value === 'string'
      ? localDate === value
        ? local
        : splitUncertainDate(value)
      : localDate
        ? NO_PARTS
        : local;
  const monthName = new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { month: 'long', timeZone: 'UTC' });
  const choose = (key: keyof DateParts, chosen: string) => {
    const next = withDatePart(parts, key, chosen);
    setLocal(next);
    onChange(joinUncertainDate(next));
  };
  const common = {
    disabled: state.disabled,
    'aria-required': state.mandatory || undefined,
    'aria-invalid': invalid || undefined,
  };
  const ids = {
    year: inputId(element.fieldId),
    month: inputId(`${element.fieldId}.month`),
    day: inputId(`${element.fieldId}.day`),
  };
  const monthUnknown = parts.month === UNKNOWN;
  return (
    <fieldset className="group" aria-describedby={describedBy}>
      <legend>
        <QuestionLabel element={element} mandatory={state.mandatory} spoken />
      </legend>
      <div className="uncertain-date">
        <div className="uncertain-date__part">
          <label htmlFor={ids.year}>{t('field.uncertainDate.year')}</label>
          <select
            id={ids.year}
            className="input input--select-short"
            value={parts.year}
            {...common}
            onChange={(event) => choose('year', event.target.value)}
          >
            <option value="">{t('field.choose')}</option>
            {yearChoices(element, today, parts.year).map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div className="uncertain-date__part">
          <label htmlFor={ids.month}>{t('field.uncertainDate.month')}</label>
          <select
            id={ids.month}
            className="input input--select-short"
            value={parts.month}
            {...common}
            onChange={(event) => choose('month', event.target.value)}
          >
            <option value="">{t('field.choose')}</option>
            {(element.allowUnknownMonth || monthUnknown) && (
              <option value={UNKNOWN}>{t('field.uncertainDate.unknown')}</option>
            )}
            {MONTHS.map((month) => (
              <option key={month} value={month}>
                {monthName.format(new Date(Date.UTC(2000, Number(month) - 1, 1)))}
              </option>
            ))}
          </select>
        </div>
        <div className="uncertain-date__part">
          <label htmlFor={ids.day}>{t('field.uncertainDate.day')}</label>
          <select
            id={ids.day}
            className="input input--select-short"
            value={parts.day}
            {...common}
            disabled={state.disabled || monthUnknown}
            onChange={(event) => choose('day', event.target.value)}
          >
            <option value="">{t('field.choose')}</option>
            {(element.allowUnknownDay || monthUnknown || parts.day === UNKNOWN) && (
              <option value={UNKNOWN}>{t('field.uncertainDate.unknown')}</option>
            )}
            {DAYS.map((day) => (
              <option key={day} value={day}>
                {Number(day)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
