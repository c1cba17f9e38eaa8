import type { CheckboxBooleanElement } from '@intyg/core';
import { inputId } from '../dom-ids.js';
import { MandatoryMarker, QuestionLabel } from './common.js';
import type { FieldProps } from './types.js';

/** One checkbox; with a separate fieldLabel the question text stands above it. */
export function CheckboxBooleanInput({
  element,
  value,
  state,
  onChange,
  describedBy,
  invalid,
}: FieldProps<CheckboxBooleanElement>) {
  const id = inputId(element.fieldId);
  const separateQuestion = element.fieldLabel !== undefined && element.fieldLabel !== element.label;
  return (
    <>
      {separateQuestion && <QuestionLabel element={element} mandatory={state.mandatory} spoken />}
      <div className="choice">
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          disabled={state.disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>
          {separateQuestion ? element.fieldLabel : element.label}
          {!separateQuestion && <MandatoryMarker mandatory={state.mandatory} spoken />}
        </label>
      </div>
    </>
  );
}
