import { useMemo, useRef, useState } from 'react';
import { icfAnswerOf, type DiagnosesElement, type IcfAnswer, type IcfCode, type IcfElement } from '@intyg/core';
import { enteredDiagnoses } from '../../decision-support/entered-diagnoses.js';
import { icfGroupsOf, offeredIcfCodes, useIcfSupport } from '../../decision-support/useIcfSupport.js';
import { useT } from '../../i18n/i18n.js';
import { counterDomId, inputId } from '../dom-ids.js';
import { useForm } from '../form-context.js';
import { CharCounter, describedBy, QuestionLabel } from './common.js';
import { IcfPicker } from './IcfPicker.js';
import type { FieldProps } from './types.js';

const NO_CODES: readonly string[] = [];

/**
 * An ICF question (kind `icf`): the free text with its live limit and counter, and "Ta hjälp av ICF", which
 * offers the ICF codes FMB lists for the diagnoses entered in `element.diagnosesElementId`. Chosen codes show
 * under the collections label as chips that can be removed. The answer is always `{ text, icfCodes }`, and
 * absent when both are empty.
 */
export function IcfInput({ element, value, state, onChange, describedBy: errorIds, invalid }: FieldProps<IcfElement>) {
  const t = useT();
  const { compiled, answers } = useForm();
  const answer: IcfAnswer = icfAnswerOf(value) ?? { text: '', icfCodes: NO_CODES };
  const diagnoses = compiled.element(element.diagnosesElementId);
  const icdCodes = useMemo(
    () =>
      diagnoses?.kind === 'diagnoses'
        ? enteredDiagnoses(diagnoses as DiagnosesElement, answers[diagnoses.id]).icdCodes
        : NO_CODES,
    [diagnoses, answers],
  );
  const support = useIcfSupport(icdCodes);
  const offered = useMemo(
    () => (support.status === 'done' ? offeredIcfCodes(icfGroupsOf(support.value, element.aspect)) : []),
    [support, element.aspect],
  );
  const [picking, setPicking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const chips = useRef<HTMLUListElement>(null);

  const emit = (next: IcfAnswer) =>
    onChange(
      next.text === '' && next.icfCodes.length === 0 ? undefined : { text: next.text, icfCodes: [...next.icfCodes] },
    );

  // After a chip is removed (and the list rendered again), focus goes to the chip now in its place, else the
  // one before, else the button: never lost to the page.
  const focusChipAfterRemoval = (index: number) =>
    setTimeout(() => {
      const buttons = chips.current?.querySelectorAll('button') ?? [];
      (buttons[Math.min(index, buttons.length - 1)] ?? button.current)?.focus();
    }, 0);

  const limit = state.textLimit;
  const textId = inputId(element.fieldId);
  const reasonId = `${textId}-icf-reason`;
  const chosenLabelId = `${textId}-icf-chosen`;
  const unavailable = icdCodes.length === 0 || (support.status === 'done' && offered.length === 0);
  const reason = icdCodes.length === 0 ? t('icf.needDiagnosis') : t('icf.noSupport');
  const titleOf = (code: string): string | undefined =>
    offered.find((candidate: IcfCode) => candidate.code === code)?.title;

  return (
    <>
      <QuestionLabel element={element} mandatory={state.mandatory} htmlFor={textId} />
      <div className="icf-tools">
        <button
          ref={button}
          type="button"
          className="button button--secondary button--small"
          aria-disabled={unavailable || state.disabled || undefined}
          aria-describedby={unavailable ? reasonId : undefined}
          onClick={() => !unavailable && !state.disabled && setPicking(true)}
        >
          {t('icf.open')}
        </button>
        {unavailable && (
          <p className="hint icf-tools__reason" id={reasonId}>
            {reason}
          </p>
        )}
      </div>
      {answer.icfCodes.length > 0 && (
        <div className="icf-chosen">
          <p className="icf-chosen__label" id={chosenLabelId}>
            {element.collectionsLabel}
          </p>
          <ul className="chips" aria-labelledby={chosenLabelId} ref={chips}>
            {answer.icfCodes.map((code, index) => {
              const name = [code, titleOf(code)].filter(Boolean).join(' ');
              return (
                <li className="chip" key={code}>
                  <span>{name}</span>
                  <button
                    type="button"
                    className="chip__remove"
                    aria-label={t('icf.remove', { code: name })}
                    disabled={state.disabled}
                    onClick={() => {
                      emit({ ...answer, icfCodes: answer.icfCodes.filter((other) => other !== code) });
                      focusChipAfterRemoval(index);
                    }}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <textarea
        className="input input--area"
        rows={4}
        id={textId}
        value={answer.text}
        maxLength={limit}
        placeholder={element.placeholder}
        disabled={state.disabled}
        aria-required={state.mandatory || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(errorIds, limit !== undefined && counterDomId(element.id))}
        onChange={(event) => {
          const text = limit === undefined ? event.target.value : event.target.value.slice(0, limit);
          emit({ ...answer, text });
        }}
      />
      <CharCounter elementId={element.id} length={answer.text.length} limit={limit} />
      {picking && (
        <IcfPicker
          element={element}
          support={support}
          chosen={answer.icfCodes}
          onCancel={() => setPicking(false)}
          onAdd={(codes) => {
            setPicking(false);
            emit({ ...answer, icfCodes: codes });
          }}
        />
      )}
    </>
  );
}
