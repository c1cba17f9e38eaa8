import { useState } from 'react';
import type { YearElement } from '@intyg/core';
import { useT } from '../../i18n/i18n.js';
import { inputId } from '../dom-ids.js';
import { describedBy as joinIds, QuestionLabel } from './common.js';
import type { FieldProps } from './types.js';

/**
 * A calendar year as four digits; the answer is a number. Digits are stored as typed (so "19" is reported as
 * not a year by validation), anything else is no answer; the text typed is kept locally.
 */
export function YearInput({ element, value, state, onChange, describedBy, invalid }: FieldProps<YearElement>) {
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
          className="input input--year"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          value={shown}
          disabled={state.disabled}
          aria-required={state.mandatory || undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={joinIds(describedBy, hintId)}
          onChange={(event) => {
            const next = event.target.value.trim();
            setText(event.target.value);
            onChange(/^\d{1,4}$/.test(next) ? Number(next) : undefined);
          }}
        />
        <span className="hint" id={hintId}>
          ({t('field.year.hint')})
        </span>
      </div>
    </>
  );
}
