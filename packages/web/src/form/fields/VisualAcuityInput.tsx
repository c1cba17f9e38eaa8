import { useState } from 'react';
import type { VisualAcuityCell, VisualAcuityElement, VisualAcuityEye } from '@intyg/core';
import { useT } from '../../i18n/i18n.js';
import { inputId } from '../dom-ids.js';
import { describedBy as joinIds, QuestionLabel } from './common.js';
import { formatDecimal, parseDecimal } from './decimal.js';
import type { FieldProps } from './types.js';
import {
  ACUITY_COLUMNS,
  acuityFieldId,
  acuityOf,
  EYES,
  withAcuityCell,
  type AcuityColumn,
} from './visual-acuity-value.js';

/**
 * Transportstyrelsen's table of visual acuity: a row per eye and one for both eyes, columns without and with
 * correction, and (when the element has them) a contact-lens box per eye. Values are typed as decimals with a
 * comma or a point and stored as numbers; what was typed is kept locally so "0," can be edited.
 */
export function VisualAcuityInput({
  element,
  value,
  state,
  onChange,
  describedBy,
  invalid,
}: FieldProps<VisualAcuityElement>) {
  const t = useT();
  const table = acuityOf(value);
  const [texts, setTexts] = useState<Readonly<Record<string, string>>>({});
  const separator = t('number.decimalSeparator');
  const hintId = `${inputId(element.id)}-hint`;
  const unreadableId = `${inputId(element.id)}-unreadable`;
  const contactLensLabel = element.labels.contactLens ?? t('field.visualAcuity.contactLens');
  const required = new Set<VisualAcuityCell>(state.mandatory ? element.requiredCells : []);

  const cellText = (eye: VisualAcuityEye, column: AcuityColumn): { text: string; unreadable: boolean } => {
    const stored = table[eye][column];
    const typed = texts[`${eye}.${column}`];
    if (typed !== undefined) {
      const parsed = parseDecimal(typed);
      if (parsed === stored) return { text: typed, unreadable: false };
      if (parsed === 'invalid' && stored === undefined) return { text: typed, unreadable: true };
    }
    return { text: stored === undefined ? '' : formatDecimal(stored, separator), unreadable: false };
  };
  const type = (eye: VisualAcuityEye, column: AcuityColumn, text: string) => {
    setTexts((previous) => ({ ...previous, [`${eye}.${column}`]: text }));
    const parsed = parseDecimal(text);
    onChange(withAcuityCell(table, eye, column, parsed === 'invalid' ? undefined : parsed));
  };

  const anyUnreadable = EYES.some((eye) => ACUITY_COLUMNS.some((column) => cellText(eye, column).unreadable));

  return (
    <fieldset className="group" aria-describedby={joinIds(describedBy, hintId)}>
      <legend>
        <QuestionLabel element={element} mandatory={state.mandatory} spoken />
      </legend>
      <p className="hint" id={hintId}>
        {t('field.visualAcuity.hint', {
          min: formatDecimal(element.min, separator),
          max: formatDecimal(element.max, separator),
        })}
      </p>
      <div className="table-wrap">
        <table className="acuity">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('field.visualAcuity.eye')}</span>
              </th>
              {ACUITY_COLUMNS.map((column) => (
                <th scope="col" key={column}>
                  {element.labels[column]}
                </th>
              ))}
              {element.contactLenses && <th scope="col">{contactLensLabel}</th>}
            </tr>
          </thead>
          <tbody>
            {EYES.map((eye) => (
              <tr key={eye}>
                <th scope="row">{element.labels[eye]}</th>
                {ACUITY_COLUMNS.map((column) => {
                  const id = inputId(acuityFieldId(element.id, eye, column));
                  const { text, unreadable } = cellText(eye, column);
                  return (
                    <td key={column}>
                      <label htmlFor={id} className="visually-hidden">
                        {`${element.labels[eye]}, ${element.labels[column]}`}
                      </label>
                      <input
                        id={id}
                        className="input input--decimal"
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        maxLength={5}
                        value={text}
                        disabled={state.disabled}
                        aria-required={required.has(`${eye}.${column}`) || undefined}
                        aria-invalid={invalid || unreadable || undefined}
                        aria-describedby={unreadable ? unreadableId : undefined}
                        onChange={(event) => type(eye, column, event.target.value)}
                      />
                    </td>
                  );
                })}
                {element.contactLenses && (
                  <td>
                    {eye !== 'binocular' && (
                      <div className="choice acuity__lens">
                        <input
                          id={inputId(acuityFieldId(element.id, eye, 'contactLens'))}
                          type="checkbox"
                          checked={table[eye].contactLens === true}
                          disabled={state.disabled}
                          onChange={(event) =>
                            onChange(withAcuityCell(table, eye, 'contactLens', event.target.checked))
                          }
                        />
                        <label htmlFor={inputId(acuityFieldId(element.id, eye, 'contactLens'))}>
                          <span className="visually-hidden">{`${element.labels[eye]}, ${contactLensLabel}`}</span>
                        </label>
                      </div>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {anyUnreadable && (
        <p className="field-errors" id={unreadableId}>
          {t('field.visualAcuity.notANumber')}
        </p>
      )}
    </fieldset>
  );
}
