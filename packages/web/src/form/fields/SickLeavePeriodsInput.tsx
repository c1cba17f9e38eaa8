import { addDays, isValidDate, type SickLeavePeriod, type SickLeavePeriodsElement } from '@intyg/core';
import { useT, type Translate } from '../../i18n/i18n.js';
import { inputId } from '../dom-ids.js';
import { describedBy as joinIds, QuestionLabel, replaceCodedRow } from './common.js';
import { DateHints, dateHintIds, DateTextInput } from './DateTextInput.js';
import { periodDays, sickLeaveSummary } from './sick-leave-summary.js';
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

const dayCount = (t: Translate, days: number) => (days === 1 ? t('field.day') : t('field.days', { count: days }));

/** The whole sick leave, said politely whenever a period's dates change. */
function SickLeaveTotal({ periods }: { periods: readonly SickLeavePeriod[] }) {
  const t = useT();
  const summary = sickLeaveSummary(periods);
  let text = '';
  if (summary) {
    const values = { days: dayCount(t, summary.covered), from: summary.first, to: summary.last };
    text =
      summary.span === summary.covered
        ? t('periods.total', values)
        : t('periods.totalWithBreaks', { ...values, span: summary.span });
  }
  return (
    <p className="periods__total" role="status">
      {text}
    </p>
  );
}

/**
 * One row per grade (25/50/75/100 %) with from/to dates and the period's number of days, then the whole sick
 * leave in days. The dates are text fields that take the shorthands of date-entry.ts; in a to-field they count
 * from the period's from-date.
 */
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
  const hints = dateHintIds(inputId(element.id));
  const update = (code: string, period: SickLeavePeriod | undefined) =>
    onChange(replaceCodedRow(element.options, periods, code, period));
  return (
    <fieldset className="group" aria-describedby={describedBy}>
      <legend>
        <QuestionLabel element={element} mandatory={state.mandatory} spoken />
      </legend>
      <DateHints base={inputId(element.id)} periodEnd />
      <div className="periods">
        {element.options.map((option) => {
          const period = periods.find((candidate) => candidate.code === option.id);
          const disabled = state.disabled || state.disabledOptions.includes(option.id);
          const gradeLabelId = `${inputId(option.id)}-label`;
          const daysId = `${inputId(option.id)}-days`;
          const days = period ? periodDays(period) : undefined;
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
                  <DateTextInput
                    id={inputId(`${option.id}.${key}`)}
                    value={period?.[key] ?? ''}
                    onChange={(date) => setDate(key, date)}
                    today={today}
                    periodStart={key === 'to' ? (period?.from ?? '') : undefined}
                    describedBy={
                      key === 'to' ? joinIds(hints.format, hints.periodEnd, days !== undefined && daysId) : hints.format
                    }
                    disabled={disabled}
                  />
                </div>
              ))}
              <span className="periods__days" id={daysId}>
                {days === undefined ? '' : dayCount(t, days)}
              </span>
            </div>
          );
        })}
      </div>
      <SickLeaveTotal periods={periods} />
    </fieldset>
  );
}
