import type { RadioCodeElement } from '@intyg/core';
import { inputId } from '../dom-ids.js';
import { QuestionLabel } from './common.js';
import type { FieldProps } from './types.js';

export function RadioCodeInput({
  element,
  value,
  state,
  onChange,
  describedBy,
  invalid,
}: FieldProps<RadioCodeElement>) {
  return (
    <fieldset
      className="group"
      role="radiogroup"
      aria-required={state.mandatory || undefined}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
    >
      <legend>
        <QuestionLabel element={element} mandatory={state.mandatory} />
      </legend>
      <div className="choices">
        {element.options.map((option) => (
          <div className="choice" key={option.id}>
            <input
              id={inputId(option.id)}
              type="radio"
              name={inputId(element.fieldId)}
              checked={value === option.id}
              disabled={state.disabled || state.disabledOptions.includes(option.id)}
              onChange={() => onChange(option.id)}
            />
            <label htmlFor={inputId(option.id)}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
