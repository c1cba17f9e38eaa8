import type { DateRange, DateRangeElement } from '@intyg/core';
import { useT } from '../../i18n/i18n.js';
import { inputId } from '../dom-ids.js';
import { dateBounds, QuestionLabel } from './common.js';
import type { FieldProps } from './types.js';

const KEYS = ['from', 'to'] as const;

function rangeOf(value: unknown): DateRange {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { from: '', to: '' };
  const record = value as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' ? record[key] : '');
  return { from: text('from'), to: text('to') };
}

/** One from/to period: two dates under the question, labelled by the model (default "Fr.o.m" / "T.o.m"). */
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
  const bounds = dateBounds(element, today);
  const labels = {
    from: element.fromLabel ?? t('field.dateRange.from'),
    to: element.toLabel ?? t('field.dateRange.to'),
  };
  return (
    <fieldset className="group" aria-describedby={describedBy}>
      <legend>
        <QuestionLabel element={element} mandatory={state.mandatory} spoken />
      </legend>
      <div className="date-range">
        {KEYS.map((key) => {
          const id = inputId(`${element.fieldId}.${key}`);
          return (
            <div className="date-range__date" key={key}>
              <label htmlFor={id}>{labels[key]}</label>
              <input
                id={id}
                className="input input--date"
                type="date"
                value={range[key]}
                {...bounds}
                disabled={state.disabled}
                aria-required={state.mandatory || undefined}
                aria-invalid={invalid || undefined}
                onChange={(event) => {
                  const next = { ...range, [key]: event.target.value };
                  onChange(next.from === '' && next.to === '' ? undefined : next);
                }}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
