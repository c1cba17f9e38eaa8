import type { RadioBooleanElement } from '@intyg/core';
import { inputId } from '../dom-ids.js';
import { QuestionLabel } from './common.js';
import type { FieldProps } from './types.js';

export function RadioBooleanInput({
  element,
  value,
  state,
  onChange,
  describedBy,
  invalid,
}: FieldProps<RadioBooleanElement>) {
  const choices = [
    { value: true, label: element.trueLabel, id: inputId(element.fieldId) },
    { value: false, label: element.falseLabel, id: inputId(`${element.fieldId}.false`) },
  ];
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
      <div className="choices choices--inline">
        {choices.map((choice) => (
          <div className="choice" key={String(choice.value)}>
            <input
              id={choice.id}
              type="radio"
              name={inputId(element.fieldId)}
              checked={value === choice.value}
              disabled={state.disabled}
              onChange={() => onChange(choice.value)}
            />
            <label htmlFor={choice.id}>{choice.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
