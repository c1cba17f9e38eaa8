import { useState } from 'react';
import type { DiagnosesElement, DiagnosisRow } from '@intyg/core';
import { useT } from '../../i18n/i18n.js';
import { inputId } from '../dom-ids.js';
import { QuestionLabel } from './common.js';
import type { FieldProps } from './types.js';

const EMPTY_ROW: DiagnosisRow = { code: '', description: '' };
const isEmptyRow = (row: DiagnosisRow) => row.code.trim() === '' && row.description.trim() === '';

/**
 * Up to the model's number of rows, each a code and a description. Row i of the answer is the model's row i,
 * so an empty earlier row is kept as an empty object (validation then says "fill from the top").
 */
export function DiagnosesInput({ element, value, state, onChange, describedBy }: FieldProps<DiagnosesElement>) {
  const t = useT();
  const rows = Array.isArray(value) ? (value as readonly DiagnosisRow[]) : [];
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
                <input
                  id={codeId}
                  className="input"
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={7}
                  value={row.code}
                  disabled={state.disabled}
                  aria-required={(state.mandatory && index === 0) || undefined}
                  onChange={(event) => setRow(index, { code: event.target.value.toUpperCase() })}
                />
              </div>
              <div className="diagnoses__description">
                <label htmlFor={descriptionId}>
                  {element.descriptionLabel ?? t('field.diagnosisDescription')}
                  <span className="visually-hidden"> {rowName}</span>
                </label>
                <input
                  id={descriptionId}
                  className="input"
                  type="text"
                  maxLength={element.descriptionLimit}
                  value={row.description}
                  disabled={state.disabled}
                  aria-required={(state.mandatory && index === 0) || undefined}
                  onChange={(event) => setRow(index, { description: event.target.value })}
                />
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
