import type { TextAreaElement, TextFieldElement } from '@intyg/core';
import { inputId, counterDomId } from '../dom-ids.js';
import { asString, CharCounter, describedBy, QuestionLabel } from './common.js';
import type { FieldProps } from './types.js';

/** textField and textArea: one text input with the live text limit and a character counter. */
export function TextFieldInput({
  element,
  value,
  state,
  onChange,
  describedBy: errorIds,
  invalid,
}: FieldProps<TextFieldElement | TextAreaElement>) {
  const id = inputId(element.fieldId);
  const text = asString(value);
  const limit = state.textLimit;
  const common = {
    id,
    value: text,
    maxLength: limit,
    placeholder: element.placeholder,
    disabled: state.disabled,
    'aria-required': state.mandatory || undefined,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy(errorIds, limit !== undefined && counterDomId(element.id)),
    onChange: (event: { target: { value: string } }) => {
      const next = limit === undefined ? event.target.value : event.target.value.slice(0, limit);
      onChange(next.length === 0 ? undefined : next);
    },
  };
  return (
    <>
      <QuestionLabel element={element} mandatory={state.mandatory} htmlFor={id} sublabel={element.fieldLabel} />
      {element.kind === 'textArea' ? (
        <textarea className="input input--area" rows={4} {...common} />
      ) : (
        <input className="input" type="text" {...common} />
      )}
      <CharCounter elementId={element.id} length={text.length} limit={limit} />
    </>
  );
}
