import type { CheckboxDateListElement, CodeDate } from '@intyg/core';
import { useT } from '../../i18n/i18n.js';
import { inputId } from '../dom-ids.js';
import { QuestionLabel, replaceCodedRow } from './common.js';
import { DateHints, dateHintIds, DateTextInput } from './DateTextInput.js';
import type { FieldProps } from './types.js';

/** A checkbox per code, each with its date; ticking a box proposes today's date, as Webcert does. */
export function CheckboxDateListInput({
  element,
  value,
  state,
  onChange,
  describedBy,
  today,
}: FieldProps<CheckboxDateListElement>) {
  const t = useT();
  const rows = Array.isArray(value) ? (value as readonly CodeDate[]) : [];
  const hintId = dateHintIds(inputId(element.id)).format;
  const update = (code: string, row: CodeDate | undefined) =>
    onChange(replaceCodedRow(element.options, rows, code, row));
  return (
    <fieldset className="group" aria-describedby={describedBy}>
      <legend>
        <QuestionLabel element={element} mandatory={state.mandatory} spoken />
      </legend>
      <DateHints base={inputId(element.id)} />
      <div className="date-list">
        {element.options.map((option) => {
          const row = rows.find((candidate) => candidate.code === option.id);
          const disabled = state.disabled || state.disabledOptions.includes(option.id);
          const dateId = inputId(`${option.id}.date`);
          return (
            <div className="date-list__row" key={option.id}>
              <div className="choice">
                <input
                  id={inputId(option.id)}
                  type="checkbox"
                  checked={row !== undefined}
                  disabled={disabled}
                  onChange={(event) =>
                    update(option.id, event.target.checked ? { code: option.id, date: today } : undefined)
                  }
                />
                <label htmlFor={inputId(option.id)}>{option.label}</label>
              </div>
              <div className="date-list__date">
                <label htmlFor={dateId}>
                  {t('field.date')}
                  <span className="visually-hidden"> {option.label}</span>
                </label>
                <DateTextInput
                  id={dateId}
                  value={row?.date ?? ''}
                  onChange={(date) => update(option.id, row || date ? { code: option.id, date } : undefined)}
                  today={today}
                  describedBy={hintId}
                  disabled={disabled}
                />
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
