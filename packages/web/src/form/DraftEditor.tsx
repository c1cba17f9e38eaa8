import { useCallback, useMemo, useRef, useState } from 'react';
import {
  evaluateForm,
  isValueElement,
  validateCertificate,
  type CompiledModel,
  type ValidationError,
} from '@intyg/core';
import type { CertificateResponse, CertificateWarning } from '../api/types.js';
import { FmbPanel } from '../decision-support/FmbPanel.js';
import { CertificateActions } from '../lifecycle/CertificateActions.js';
import { useT } from '../i18n/i18n.js';
import { mergeErrors } from './errors.js';
import { FormContext, type FormContextValue } from './form-context.js';
import { FormRenderer } from './FormRenderer.js';
import { MissingList, missingCountText } from './MissingList.js';
import { PrintLink } from './PrintLink.js';
import { SaveStatus } from './SaveStatus.js';
import { SignPanel } from './SignPanel.js';
import { useCertificateEditor } from './useCertificateEditor.js';
import { useInteractiveMark } from './useInteractiveMark.js';
import { WarningAnnouncer, WarningNotes } from './WarningNotes.js';

const NO_ERRORS: readonly ValidationError[] = [];
const NO_WARNINGS: readonly CertificateWarning[] = [];

/**
 * The form of a draft. Rules and validation run in the browser on every change (the same core code as the
 * server), so showing, hiding and marking fields never waits for the network; saving happens in the background.
 * The server's warnings come with each saved answer and show at their questions. Beside the form: signing, and
 * FMB for the diagnoses entered, and the draft's other actions (delete).
 */
export function DraftEditor({
  initial,
  compiled,
  today,
  onSigned,
  onRefused,
}: {
  initial: CertificateResponse;
  compiled: CompiledModel;
  today: string;
  onSigned: (certificate: CertificateResponse) => void;
  /** An action the server refused after all: the page says why and loads the certificate again. */
  onRefused: (error: unknown) => void;
}) {
  const t = useT();
  const editor = useCertificateEditor(initial, compiled, today);
  const { answers, certificate, saveState } = editor;
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [showAll, setShowAll] = useState(false);
  const missingHeading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useInteractiveMark(form);

  const formState = useMemo(() => evaluateForm(compiled, answers, today), [compiled, answers, today]);
  const clientErrors = useMemo(() => validateCertificate(compiled, answers, { today }), [compiled, answers, today]);
  const serverErrors =
    saveState === 'saved' || saveState === 'idle' ? (certificate.validation?.errors ?? NO_ERRORS) : NO_ERRORS;
  const errors = useMemo(
    () => mergeErrors(compiled, clientErrors, serverErrors),
    [compiled, clientErrors, serverErrors],
  );

  const warnings = certificate.warnings ?? NO_WARNINGS;
  const warningsAt = useCallback(
    (elementId: string) => warnings.filter((warning) => warning.elementId === elementId),
    [warnings],
  );
  // A warning about an element that is not shown as a question (hidden, or not in this model) shows above the form.
  const unplacedWarnings = warnings.filter((warning) => {
    const element = compiled.element(warning.elementId);
    return !element || !isValueElement(element) || !formState.element(element.id).visible;
  });

  const markTouched = useCallback((elementId: string) => {
    setTouched((previous) => (previous.has(elementId) ? previous : new Set(previous).add(elementId)));
  }, []);

  const context = useMemo<FormContextValue>(
    () => ({
      compiled,
      formState,
      answers,
      today,
      setAnswer: editor.setAnswer,
      markTouched,
      shownErrors: (elementId) =>
        showAll || touched.has(elementId) ? errors.filter((error) => error.elementId === elementId) : NO_ERRORS,
      warnings: warningsAt,
    }),
    [compiled, formState, answers, today, editor.setAnswer, markTouched, showAll, touched, errors, warningsAt],
  );

  /**
   * A refused sign: show every error and move focus to the list of what is missing, whose heading names the
   * count; its links lead on to each field.
   */
  const showErrors = useCallback(() => {
    setShowAll(true);
    // After the render that shows the list and the error texts at the questions.
    setTimeout(() => missingHeading.current?.focus(), 0);
  }, []);

  return (
    <div className="editor">
      <FormContext.Provider value={context}>
        <form ref={form} className="editor__form" noValidate onSubmit={(event) => event.preventDefault()}>
          <p className="muted">{t('editor.mandatoryNote')}</p>
          <WarningNotes warnings={unplacedWarnings} />
          <FormRenderer elements={compiled.model.elements} />
        </form>
      </FormContext.Provider>
      <div className="editor__aside">
        <aside className="editor__aside-inner" aria-label={t('editor.signSection')}>
          <SaveStatus state={saveState} onRetry={() => void editor.flush()} onReload={() => void editor.reload()} />
          <SignPanel
            certificate={certificate}
            hasErrors={errors.length > 0}
            conflict={saveState === 'conflict'}
            flush={editor.flush}
            onRefused={showErrors}
            onSigned={onSigned}
            onUpdated={editor.replace}
          />
          <PrintLink certificate={certificate} compiled={compiled} />
          {showAll ? (
            <MissingList compiled={compiled} errors={errors} headingRef={missingHeading} />
          ) : (
            errors.length > 0 && (
              <div className="missing-summary">
                <p>{missingCountText(t, errors.length)}</p>
                <button type="button" className="button button--secondary" onClick={showErrors}>
                  {t('editor.missing.show')}
                </button>
              </div>
            )
          )}
          <CertificateActions
            certificate={certificate}
            compiled={compiled}
            prepare={editor.flush}
            onChanged={editor.replace}
            onRefused={onRefused}
          />
        </aside>
        <FmbPanel compiled={compiled} answers={answers} />
      </div>
      <WarningAnnouncer warnings={warnings} />
    </div>
  );
}
