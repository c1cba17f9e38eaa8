import type { DateElement } from '@intyg/core';
import { inputId } from '../dom-ids.js';
import { asString, describedBy as joinIds, QuestionLabel } from './common.js';
import { DateHints, dateHintIds, DateTextInput } from './DateTextInput.js';
import type { FieldProps } from './types.js';

/** One date, typed as ÅÅÅÅ-MM-DD or a shorthand (date-entry.ts); the format hint sits between label and field. */
export function DateInput({ element, value, state, onChange, describedBy, invalid, today }: FieldProps<DateElement>) {
  const id = inputId(element.fieldId);
  return (
    <>
      <QuestionLabel element={element} mandatory={state.mandatory} htmlFor={id} sublabel={element.fieldLabel} />
      <DateHints base={id} />
      <DateTextInput
        id={id}
        value={asString(value)}
        onChange={(date) => onChange(date === '' ? undefined : date)}
        today={today}
        describedBy={joinIds(dateHintIds(id).format, describedBy)}
        invalid={invalid}
        disabled={state.disabled}
        required={state.mandatory}
      />
    </>
  );
}
