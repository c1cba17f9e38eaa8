import type { DateRange, DateRangeElement } from '@intyg/core';
import { useT } from '../../i18n/i18n.js';
import { inputId } from '../dom-ids.js';
import { describedBy as joinIds, QuestionLabel } from './common.js';
import { DateHints, dateHintIds, DateTextInput } from './DateTextInput.js';
import type { FieldProps } from './types.js';

const KEYS = ['from', 'to'] as const;

function rangeOf(value: unknown): DateRange {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { from: '', to: '' };
  const record = value as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' ? record[key] : '');
  return { from: text('from'), to: text('to') };
}

/**
 * One from/to period: two dates under the question, labelled by the model (default "Fr.o.m" / "T.o.m"); the end
 * date takes lengths counted from the start date (`14`, `2v`), as the sick-leave periods do.
 */
export function DateRangeInput({
  element,
  value,
  state,
  onChange,
  describedBy,
  invalid,
  today,
}: FieldProps<DateRangeElement>) {
  const t = useT();
  const range = rangeOf(value);
  const hints = dateHintIds(inputId(element.fieldId));
  const labels = {
    from: element.fromLabel ?? t('field.dateRange.from'),
    to: element.toLabel ?? t('field.dateRange.to'),
  };
  return (
    <fieldset className="group" aria-describedby={describedBy}>
      <legend>
        <QuestionLabel element={element} mandatory={state.mandatory} spoken />
      </legend>
      <DateHints base={inputId(element.fieldId)} periodEnd />
      <div className="date-range">
        {KEYS.map((key) => {
          const id = inputId(`${element.fieldId}.${key}`);
          return (
            <div className="date-range__date" key={key}>
              <label htmlFor={id}>{labels[key]}</label>
              <DateTextInput
                id={id}
                value={range[key]}
                onChange={(date) => {
                  const next = { ...range, [key]: date };
                  onChange(next.from === '' && next.to === '' ? undefined : next);
                }}
                today={today}
                periodStart={key === 'to' ? range.from : undefined}
                describedBy={key === 'to' ? joinIds(hints.format, hints.periodEnd) : hints.format}
                invalid={invalid}
                disabled={state.disabled}
                required={state.mandatory}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
