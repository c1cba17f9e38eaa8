import { useState, type ReactNode } from 'react';
import type { IntegerElement, YearElement } from '@intyg/core';
import { inputId } from '../dom-ids.js';
import { describedBy as joinIds, QuestionLabel } from './common.js';
import type { FieldProps } from './types.js';

/** How a number field reads what is typed and what it shows beside it. */
export interface NumberTextOptions {
  readonly className: string;
  /** Text (trimmed) that is a number answer; anything else is no answer. */
  readonly accepts: RegExp;
  readonly maxLength?: number;
  /** After the input: a unit, then the hint that says what may be typed. */
  readonly unit?: string;
  readonly hint: ReactNode;
}

/**
 * A number typed as text, whose answer is a number. The text typed is kept locally, so that "-" or "" can be
 * edited; the value shown follows the answer when it changes from outside (a rule, a reload).
 */
export function NumberTextInput({
  element,
  value,
  state,
  onChange,
  describedBy,
  invalid,
  options,
}: FieldProps<IntegerElement | YearElement> & { readonly options: NumberTextOptions }) {
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
          className={`input ${options.className}`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={options.maxLength}
          value={shown}
          disabled={state.disabled}
          aria-required={state.mandatory || undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={joinIds(describedBy, hintId)}
          onChange={(event) => {
            const next = event.target.value.trim();
            setText(event.target.value);
            onChange(options.accepts.test(next) ? Number(next) : undefined);
          }}
        />
        {options.unit && <span className="integer__unit">{options.unit}</span>}
        <span className="hint" id={hintId}>
          ({options.hint})
        </span>
      </div>
    </>
  );
}
