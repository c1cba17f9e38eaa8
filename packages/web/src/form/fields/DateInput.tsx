import type { DateElement } from '@intyg/core';
import { inputId } from '../dom-ids.js';
import { asString, dateBounds, QuestionLabel } from './common.js';
import type { FieldProps } from './types.js';

export function DateInput({ element, value, state, onChange, describedBy, invalid, today }: FieldProps<DateElement>) {
  const id = inputId(element.fieldId);
  return (
    <>
      <QuestionLabel element={element} mandatory={state.mandatory} htmlFor={id} sublabel={element.fieldLabel} />
      <input
        id={id}
        className="input input--date"
        type="date"
        value={asString(value)}
        {...dateBounds(element, today)}
        disabled={state.disabled}
        aria-required={state.mandatory || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      />
    </>
  );
}
