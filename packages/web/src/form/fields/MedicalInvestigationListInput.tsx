import { useState } from 'react';
import type { MedicalInvestigation, MedicalInvestigationListElement } from '@intyg/core';
import { useT } from '../../i18n/i18n.js';
import { inputId } from '../dom-ids.js';
import { QuestionLabel } from './common.js';
import { DateHints, dateHintIds, DateTextInput } from './DateTextInput.js';
import {
  EMPTY_INVESTIGATION,
  investigationsAnswer,
  investigationsOf,
  isEmptyInvestigation,
} from './investigation-rows.js';
import type { FieldProps } from './types.js';

/** Field id of a row's input as validation names it, e.g. "4[1].source" (rows counted from 0). */
export const investigationFieldId = (elementId: string, index: number, key: keyof MedicalInvestigation): string =>
  `${elementId}[${index}].${key}`;

/**
 * Up to `maxRows` investigations, each a type from the model's code list, a date and where the recipient can get
 * it. One row is shown from the start; more are added and removed with buttons. How many rows are shown is kept
 * locally, since an added row stays empty (and out of the answer) until the user fills it.
 */
export function MedicalInvestigationListInput({
  element,
  value,
  state,
  onChange,
  describedBy,
  today,
}: FieldProps<MedicalInvestigationListElement>) {
  const t = useT();
  const stored = investigationsOf(value);
  const [wanted, setWanted] = useState(1);
  const count = Math.min(element.maxRows, Math.max(1, wanted, stored.length));
  const rows = Array.from({ length: count }, (_, index) => stored[index] ?? EMPTY_INVESTIGATION);
  const hintId = dateHintIds(inputId(element.id)).format;
  const statusId = `${inputId(element.id)}-full`;

  const setRow = (index: number, patch: Partial<MedicalInvestigation>) =>
    onChange(investigationsAnswer(rows.map((row, i) => (i === index ? { ...row, ...patch } : row))));
  const removeRow = (index: number) => {
    setWanted(count - 1);
    onChange(investigationsAnswer(rows.filter((_, i) => i !== index)));
  };
  const full = count >= element.maxRows;

  return (
    <fieldset className="group" aria-describedby={describedBy}>
      <legend>
        <QuestionLabel element={element} mandatory={state.mandatory} spoken />
      </legend>
      <DateHints base={inputId(element.id)} />
      <div className="investigations">
        {rows.map((row, index) => {
          const rowName = t('field.investigations.row', { n: index + 1 });
          const ids = {
            code: inputId(investigationFieldId(element.id, index, 'code')),
            date: inputId(investigationFieldId(element.id, index, 'date')),
            source: inputId(investigationFieldId(element.id, index, 'source')),
          };
          const required = (state.mandatory && index === 0) || !isEmptyInvestigation(row) || undefined;
          return (
            <fieldset className="group group--nested investigations__row" key={index}>
              <legend className="visually-hidden">{rowName}</legend>
              <div className="investigations__type">
                <label htmlFor={ids.code}>{element.typeLabel}</label>
                <select
                  id={ids.code}
                  className="input input--select"
                  value={row.code}
                  disabled={state.disabled}
                  aria-required={required}
                  onChange={(event) => setRow(index, { code: event.target.value })}
                >
                  <option value="">{t('field.choose')}</option>
                  {element.options.map((option) => (
                    <option key={option.id} value={option.id} disabled={state.disabledOptions.includes(option.id)}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
              <div className="investigations__date">
                <label htmlFor={ids.date}>{element.dateLabel}</label>
                <DateTextInput
                  id={ids.date}
                  value={row.date}
                  onChange={(date) => setRow(index, { date })}
                  today={today}
                  describedBy={hintId}
                  disabled={state.disabled}
                  required={required}
                />
              </div>
              <div className="investigations__source">
                <label htmlFor={ids.source}>{element.sourceLabel}</label>
                <input
                  id={ids.source}
                  className="input"
                  type="text"
                  maxLength={element.sourceLimit}
                  value={row.source}
                  disabled={state.disabled}
                  aria-required={required}
                  onChange={(event) => setRow(index, { source: event.target.value })}
                />
              </div>
              {(count > 1 || !isEmptyInvestigation(row)) && (
                <button
                  type="button"
                  className="button button--secondary button--small investigations__remove"
                  disabled={state.disabled}
                  onClick={() => removeRow(index)}
                >
                  {t('field.investigations.remove')}
                  <span className="visually-hidden"> {rowName}</span>
                </button>
              )}
            </fieldset>
          );
        })}
      </div>
      <div className="investigations__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={state.disabled || full}
          aria-describedby={full ? statusId : undefined}
          onClick={() => setWanted(count + 1)}
        >
          {t('field.investigations.add')}
        </button>
        {full && (
          <span className="hint" id={statusId}>
            {t('field.investigations.full', { max: element.maxRows })}
          </span>
        )}
      </div>
    </fieldset>
  );
}
