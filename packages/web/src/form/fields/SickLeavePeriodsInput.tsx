import { addDays, inclusiveDays, isValidDate, type SickLeavePeriod, type SickLeavePeriodsElement } from '@intyg/core';
import { useT } from '../../i18n/i18n.js';
import { inputId } from '../dom-ids.js';
import { dateBounds, QuestionLabel, replaceCodedRow } from './common.js';
import type { FieldProps } from './types.js';

/** The first free day: the day after the latest period's end, or today. */
function nextStart(periods: readonly SickLeavePeriod[], today: string): string {
  const ends = periods
    .map((period) => period.to)
    .filter(isValidDate)
    .sort();
  const last = ends[ends.length - 1];
  return last ? addDays(last, 1) : today;
}

/** One row per grade (25/50/75/100 %) with from/to dates and the period's number of days. */
export function SickLeavePeriodsInput({
  element,
  value,
  state,
  onChange,
  describedBy,
  today,
}: FieldProps<SickLeavePeriodsElement>) {
  const t = useT();
  const periods = Array.isArray(value) ? (value as readonly SickLeavePeriod[]) : [];
  const bounds = dateBounds(element, today);
  const update = (code: string, period: SickLeavePeriod | undefined) =>
    onChange(replaceCodedRow(element.options, periods, code, period));
  return (
    <fieldset className="group" aria-describedby={describedBy}>
      <legend>
        <QuestionLabel element={element} mandatory={state.mandatory} spoken />
      </legend>
      <div className="periods">
        {element.options.map((option) => {
          const period = periods.find((candidate) => candidate.code === option.id);
          const disabled = state.disabled || state.disabledOptions.includes(option.id);
          const gradeLabelId = `${inputId(option.id)}-label`;
          const days = period ? inclusiveDays(period.from, period.to) : undefined;
          const setDate = (key: 'from' | 'to', date: string) => {
            const base = period ?? { code: option.id, from: '', to: '' };
            const next = { ...base, [key]: date };
            update(option.id, next.from === '' && next.to === '' && !period ? undefined : next);
          };
          return (
            <div className="periods__row" role="group" aria-labelledby={gradeLabelId} key={option.id}>
              <div className="choice periods__grade">
                <input
                  id={inputId(option.id)}
                  type="checkbox"
                  checked={period !== undefined}
                  disabled={disabled}
                  onChange={(event) =>
                    update(
                      option.id,
                      event.target.checked ? { code: option.id, from: nextStart(periods, today), to: '' } : undefined,
                    )
                  }
                />
                <label htmlFor={inputId(option.id)} id={gradeLabelId}>
                  {option.label}
                </label>
              </div>
              {(['from', 'to'] as const).map((key) => (
                <div className="periods__date" key={key}>
                  <label htmlFor={inputId(`${option.id}.${key}`)}>
                    {t(key === 'from' ? 'field.from' : 'field.to')}
                  </label>
                  <input
                    id={inputId(`${option.id}.${key}`)}
                    className="input input--date"
                    type="date"
                    value={period?.[key] ?? ''}
                    {...bounds}
                    disabled={disabled}
                    onChange={(event) => setDate(key, event.target.value)}
                  />
                </div>
              ))}
              <output className="periods__days" aria-live="polite">
                {days === undefined || days < 1 ? '' : days === 1 ? t('field.day') : t('field.days', { count: days })}
              </output>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
