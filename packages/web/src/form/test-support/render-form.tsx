import { useMemo, useState } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { evaluateForm, type Answers, type AnswerValue, type CompiledModel } from '@intyg/core';
import type { CertificateWarning } from '../../api/types.js';
import { I18nProvider } from '../../i18n/i18n.js';
import { FormContext, type FormContextValue } from '../form-context.js';
import { FormRenderer } from '../FormRenderer.js';

export interface RenderedForm extends RenderResult {
  /** The answers as the form holds them now. */
  readonly answers: () => Answers;
}

/**
 * A model's form in a DOM (happy-dom), with answers held in state as DraftEditor holds them, but no server:
 * what the user does changes the answers and the form renders again. Warnings are given as fixed.
 */
export function renderForm(
  compiled: CompiledModel,
  {
    answers = {},
    today,
    warnings = [],
  }: { answers?: Answers; today: string; warnings?: readonly CertificateWarning[] },
): RenderedForm {
  const latest = { answers };
  function Form() {
    const [current, setCurrent] = useState<Answers>(answers);
    latest.answers = current;
    const context = useMemo<FormContextValue>(
      () => ({
        compiled,
        formState: evaluateForm(compiled, current, today),
        answers: current,
        today,
        setAnswer: (elementId: string, value: AnswerValue | undefined) =>
          setCurrent((previous) => {
            const next: Record<string, AnswerValue> = { ...previous };
            if (value === undefined) delete next[elementId];
            else next[elementId] = value;
            return next;
          }),
        markTouched: () => undefined,
        shownErrors: () => [],
        warnings: (elementId) => warnings.filter((warning) => warning.elementId === elementId),
      }),
      [current],
    );
    return (
      <FormContext.Provider value={context}>
        <FormRenderer elements={compiled.model.elements} />
      </FormContext.Provider>
    );
  }
  const rendered = render(
    <I18nProvider>
      <Form />
    </I18nProvider>,
  );
  return { ...rendered, answers: () => latest.answers };
}
