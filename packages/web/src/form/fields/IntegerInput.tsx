import { useState } from 'react';
import type { IntegerElement } from '@intyg/core';
import { useT } from '../../i18n/i18n.js';
import { inputId } from '../dom-ids.js';
import { describedBy as joinIds, QuestionLabel } from './common.js';
import type { FieldProps } from './types.js';

/** A whole number within the element's range; the text typed is kept locally so "-" or "" can be edited. */
export function IntegerInput({ element, value, state, onChange, describedBy, invalid }: FieldProps<IntegerElement>) {
  const t = useT();
  const id = inputId(element.fieldId);
  const hintId = `${id}-hint`;
  const [text, setText] = useState(typeof value === 'number' ? String(value) : '');
  const shown = typeof value === 'number' && Number(text) !== value ? String(value) : text;
  return (
    <>
      <QuestionLabel element={element} mandatory={state.mandatory} htmlFor={id} sublabel={element.fieldLabel} />
      <div className="integer">
        <input
          id={id}
          className="input input--integer"
          type="text"
          inputMode="numeric"
          value={shown}
          disabled={state.disabled}
          aria-required={state.mandatory || undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={joinIds(describedBy, hintId)}
          onChange={(event) => {
            const next = event.target.value.trim();
            setText(event.target.value);
            onChange(/^-?\d+$/.test(next) ? Number(next) : undefined);
          }}
        />
        {element.unit && <span className="integer__unit">{element.unit}</span>}
        <span className="hint" id={hintId}>
          ({t('field.range', { min: element.min, max: element.max })})
        </span>
      </div>
    </>
  );
}
