import { useState } from 'react';
import type { DiagnosesElement, DiagnosisRow } from '@intyg/core';
import type { DiagnosisHit } from '../../api/decision-support.js';
import { diagnosisRowsOf, searchSystemOf } from '../../decision-support/entered-diagnoses.js';
import { fitText } from '../../format.js';
import { useT } from '../../i18n/i18n.js';
import { inputId } from '../dom-ids.js';
import { QuestionLabel } from './common.js';
import { DiagnosisCombobox } from './DiagnosisCombobox.js';
import type { FieldProps } from './types.js';

const EMPTY_ROW: DiagnosisRow = { code: '', description: '' };
const isEmptyRow = (row: DiagnosisRow) => row.code.trim() === '' && row.description.trim() === '';

/**
 * Up to the model's number of rows, each a code and a description. Row i of the answer is the model's row i,
 * so an empty earlier row is kept as an empty object (validation then says "fill from the top"). Both inputs
 * of a row suggest diagnoses of the chosen code system as the user types, by code or by words of the title;
 * picking one fills code and description.
 */
export function DiagnosesInput({ element, value, state, onChange, describedBy }: FieldProps<DiagnosesElement>) {
  const t = useT();
  const rows = diagnosisRowsOf(value);
  const defaultSystem = element.codeSystems[0]?.id;
  const [system, setSystem] = useState<string | undefined>(rows.find((row) => row.system)?.system ?? defaultSystem);
  const chooseSystem = element.codeSystems.length > 1;

  const emit = (next: DiagnosisRow[], nextSystem: string | undefined) => {
    while (next.length > 0 && isEmptyRow(next[next.length - 1] ?? EMPTY_ROW)) next.pop();
    const withSystem = chooseSystem ? next.map((row) => ({ ...row, system: nextSystem })) : next;
    onChange(withSystem.length === 0 ? undefined : withSystem);
  };
  const setRow = (index: number, patch: Partial<DiagnosisRow>) => {
    const next = element.rows
      .map((_, i) => rows[i] ?? EMPTY_ROW)
      .map((row, i) => (i === index ? { ...row, ...patch } : row));
    emit(next, system);
  };
  // Thousands of ICD-10-SE titles are longer than the description field allows (81 characters in the
  // Försäkringskassan types); Webcert cuts them, and so do we, at a word. The doctor may rewrite the text.
  const pick = (index: number, hit: DiagnosisHit) =>
    setRow(index, { code: hit.code, description: fitText(hit.title, element.descriptionLimit) });
  const searchSystem = searchSystemOf(system);

  return (
    <fieldset className="group" aria-describedby={describedBy}>
      <legend>
        <QuestionLabel element={element} mandatory={state.mandatory} spoken />
      </legend>
      {chooseSystem && (
        <fieldset className="group group--nested">
          <legend>{t('field.codeSystem')}</legend>
          <div className="choices choices--inline">
            {element.codeSystems.map((codeSystem) => (
              <div className="choice" key={codeSystem.id}>
                <input
                  id={inputId(`${element.id}.system.${codeSystem.id}`)}
                  type="radio"
                  name={inputId(`${element.id}.system`)}
                  checked={system === codeSystem.id}
                  disabled={state.disabled}
                  onChange={() => {
                    setSystem(codeSystem.id);
                    emit([...rows], codeSystem.id);
                  }}
                />
                <label htmlFor={inputId(`${element.id}.system.${codeSystem.id}`)}>{codeSystem.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      <div className="diagnoses">
        {element.rows.map((spec, index) => {
          const row = rows[index] ?? EMPTY_ROW;
          const rowName = t('field.diagnosisRow', { n: index + 1 });
          const codeId = inputId(`${spec.id}.code`);
          const descriptionId = inputId(`${spec.id}.description`);
          return (
            <div className="diagnoses__row" key={spec.id}>
              <div className="diagnoses__code">
                <label htmlFor={codeId}>
                  {element.codeLabel ?? t('field.diagnosisCode')}
                  <span className="visually-hidden"> {rowName}</span>
                </label>
                <DiagnosisCombobox
                  id={codeId}
                  value={row.code}
                  system={searchSystem}
                  onType={(text) => setRow(index, { code: text.toUpperCase() })}
                  onPick={(hit) => pick(index, hit)}
                  inputProps={{
                    className: 'input',
                    spellCheck: false,
                    maxLength: 7,
                    disabled: state.disabled,
                    'aria-required': (state.mandatory && index === 0) || undefined,
                  }}
                />
              </div>
              <div className="diagnoses__description">
                <label htmlFor={descriptionId}>
                  {element.descriptionLabel ?? t('field.diagnosisDescription')}
                  <span className="visually-hidden"> {rowName}</span>
                </label>
                <DiagnosisCombobox
                  id={descriptionId}
                  value={row.description}
                  system={searchSystem}
                  onType={(text) => setRow(index, { description: text })}
                  onPick={(hit) => pick(index, hit)}
                  inputProps={{
                    className: 'input',
                    maxLength: element.descriptionLimit,
                    disabled: state.disabled,
                    'aria-required': (state.mandatory && index === 0) || undefined,
                  }}
                />
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
