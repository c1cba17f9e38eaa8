import type { DropdownElement } from '@intyg/core';
import { useT } from '../../i18n/i18n.js';
import { inputId } from '../dom-ids.js';
import { asString, QuestionLabel } from './common.js';
import type { FieldProps } from './types.js';

export function DropdownInput({ element, value, state, onChange, describedBy, invalid }: FieldProps<DropdownElement>) {
  const t = useT();
  const id = inputId(element.fieldId);
  return (
    <>
      <QuestionLabel element={element} mandatory={state.mandatory} htmlFor={id} sublabel={element.fieldLabel} />
      <select
        id={id}
        className="input input--select"
        value={asString(value)}
        disabled={state.disabled}
        aria-required={state.mandatory || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      >
        <option value="">{element.placeholder ?? t('field.choose')}</option>
        {element.options.map((option) => (
          <option key={option.id} value={option.id} disabled={state.disabledOptions.includes(option.id)}>
            {option.label}
          </option>
        ))}
      </select>
    </>
  );
}
