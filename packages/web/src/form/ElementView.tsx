import type { FocusEvent } from 'react';
import type { ValueElement } from '@intyg/core';
import type { CertificateWarning } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { elementDomId, errorsDomId } from './dom-ids.js';
import { FieldInput } from './fields/FieldInput.js';
import { useForm } from './form-context.js';
import { HelpText } from './HelpText.js';
import { WarningNotes } from './WarningNotes.js';

const NO_WARNINGS: readonly CertificateWarning[] = [];

/**
 * One question: its input, help text and the errors due to be shown, tied to the input by aria-describedby,
 * then the server's warnings about it.
 */
export function ElementView({ element }: { element: ValueElement }) {
  const { language } = useI18n();
  const { formState, answers, setAnswer, shownErrors, markTouched, today, warnings } = useForm();
  const state = formState.element(element.id);
  const errors = shownErrors(element.id);
  const errorsId = errorsDomId(element.id);
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    // Only leaving the whole question counts, not moving between its own inputs (e.g. from- to to-date).
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) markTouched(element.id);
  };
  return (
    <div
      className={`question${errors.length > 0 ? ' question--invalid' : ''}${state.disabled ? ' question--disabled' : ''}`}
      id={elementDomId(element.id)}
      onBlur={onBlur}
    >
      <FieldInput
        element={element}
        value={answers[element.id]}
        state={state}
        onChange={(value) => setAnswer(element.id, value)}
        describedBy={errors.length > 0 ? errorsId : undefined}
        invalid={errors.length > 0}
        today={today}
      />
      <HelpText id={element.id} text={element.description} />
      {errors.length > 0 && (
        <ul className="field-errors" id={errorsId}>
          {errors.map((error) => (
            <li key={`${error.ruleId}|${error.fieldId}`}>{error.message[language]}</li>
          ))}
        </ul>
      )}
      <WarningNotes warnings={warnings?.(element.id) ?? NO_WARNINGS} />
    </div>
  );
}
