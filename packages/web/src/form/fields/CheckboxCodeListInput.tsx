import type { CheckboxCodeListElement } from '@intyg/core';
import { inputId } from '../dom-ids.js';
import { QuestionLabel } from './common.js';
import type { FieldProps } from './types.js';

export function CheckboxCodeListInput({
  element,
  value,
  state,
  onChange,
  describedBy,
}: FieldProps<CheckboxCodeListElement>) {
  const selected = Array.isArray(value) ? (value as readonly string[]) : [];
  const full = element.maxSelected !== undefined && selected.length >= element.maxSelected;
  const toggle = (code: string, checked: boolean) => {
    // Keep the model's option order so the answer does not depend on click order.
    const next = element.options
      .map((option) => option.id)
      .filter((id) => (id === code ? checked : selected.includes(id)));
    onChange(next.length === 0 ? undefined : next);
  };
  return (
    <fieldset className="group" aria-describedby={describedBy}>
      <legend>
        <QuestionLabel element={element} mandatory={state.mandatory} spoken />
      </legend>
      <div className="choices">
        {element.options.map((option) => {
          const checked = selected.includes(option.id);
          return (
            <div className="choice" key={option.id}>
              <input
                id={inputId(option.id)}
                type="checkbox"
                checked={checked}
                disabled={state.disabled || state.disabledOptions.includes(option.id) || (full && !checked)}
                onChange={(event) => toggle(option.id, event.target.checked)}
              />
              <label htmlFor={inputId(option.id)}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
