/**
 * What a doctor types into a date field, read as a calendar date (YYYY-MM-DD). Besides full dates (2025-03-14,
 * 20250314) the field takes the shorthands Webcert's date fields take:
 *
 * - `idag`, `igår`, `imorgon` (also `i dag`, `i går`, `i morgon`, and `today`, `yesterday`, `tomorrow`):
 *   always counted from today;
 * - an offset: `+7`, `-3` days, `+2v` / `+2w` weeks, `+1m` months (a unit letter after the number, or `d` for
 *   days): the date that many days, weeks or months after (or before) the base date;
 * - a length without a sign: `14`, `14d` or `d14` days, `2v` / `2w` weeks, `1m` months.
 *
 * The base date is today, except in the to-field of a period (`periodStart` given, as in the sick-leave periods
 * and a date range), where it is the period's from-date when that is a date. There, as in Webcert's sick-leave
 * periods, a length is the length of the period counting the from-day itself: from 2025-03-03, `14` or `2v` ends
 * on 2025-03-16 and `1m` on 2025-04-02 (the day before the same day of the next month; when the next month has no
 * such day, its last day). An offset is plain date arithmetic: `+13` from 2025-03-03 is 2025-03-16. Elsewhere a
 * length counts from today like an offset (`2v` is today + 14 days).
 *
 * Months are calendar months and clamp to the month's end (`+1m` from 2025-01-31 is 2025-02-28). Anything else,
 * and a date that does not exist (2025-02-30), is unreadable; so is a zero length (`0`, `0v`).
 */
import { addDays, addMonths, isValidDate } from '@intyg/core';

export type DateEntry =
  { readonly kind: 'empty' } | { readonly kind: 'date'; readonly date: string } | { readonly kind: 'unreadable' };

export interface DateEntryContext {
  /** Today in Europe/Stockholm, YYYY-MM-DD. */
  readonly today: string;
  /** Only for the to-field of a period: its from-date as typed so far (counted from when it is a date). */
  readonly periodStart?: string | undefined;
}

type Unit = 'd' | 'w' | 'm';

const EMPTY: DateEntry = { kind: 'empty' };
const UNREADABLE: DateEntry = { kind: 'unreadable' };
const dateEntry = (date: string): DateEntry => ({ kind: 'date', date });

/** Words for a day relative to today, as days from today. */
const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['idag', 0],
  ['today', 0],
  ['igår', -1],
  ['igar', -1],
  ['yesterday', -1],
  ['imorgon', 1],
  ['tomorrow', 1],
]);

const FULL_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$|^(\d{4})(\d{2})(\d{2})$/;
const OFFSET = /^([+-])(\d{1,3})([dvwm])?$/;
const LENGTH = /^(?:(\d{1,3})([dvwm])?|([dvwm])(\d{1,3}))$/;

function unitOf(letter: string | undefined): Unit {
  if (letter === 'v' || letter === 'w') return 'w';
  return letter === 'm' ? 'm' : 'd';
}

/** `date` moved by `count` units (negative for before). */
function shift(date: string, count: number, unit: Unit): string {
  if (unit === 'm') return addMonths(date, count);
  return addDays(date, unit === 'w' ? count * 7 : count);
}

/** The last day of a period of `count` units that starts on `start` and includes it. */
function periodEnd(start: string, count: number, unit: Unit): string {
  if (unit !== 'm') return addDays(shift(start, count, unit), -1);
  const sameDay = addMonths(start, count);
  // Clamped to a shorter month's end (Jan 31 + 1 month = Feb 28): that last day ends the period.
  return sameDay.slice(8) < start.slice(8) ? sameDay : addDays(sameDay, -1);
}

function fullDate(match: RegExpExecArray): DateEntry {
  const [year = '', month = '', day = ''] = match[1] === undefined ? match.slice(4) : match.slice(1, 4);
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isValidDate(date) ? dateEntry(date) : UNREADABLE;
}

/** The date `text` stands for in a field with `context`; see the module comment for what is understood. */
export function readDateEntry(text: string, { today, periodStart }: DateEntryContext): DateEntry {
  const compact = text.trim().toLowerCase().replace(/\s+/g, '');
  if (compact === '') return EMPTY;

  const word = DAY_WORDS.get(compact);
  if (word !== undefined) return dateEntry(addDays(today, word));

  const full = FULL_DATE.exec(compact);
  if (full) return fullDate(full);

  const inPeriod = periodStart !== undefined;
  const base = inPeriod && isValidDate(periodStart) ? periodStart : today;

  const offset = OFFSET.exec(compact);
  if (offset) {
    const count = Number(offset[2]) * (offset[1] === '-' ? -1 : 1);
    return dateEntry(shift(base, count, unitOf(offset[3])));
  }

  const length = LENGTH.exec(compact);
  if (length) {
    const count = Number(length[1] ?? length[4]);
    const unit = unitOf(length[2] ?? length[3]);
    if (count === 0) return UNREADABLE;
    return dateEntry(inPeriod ? periodEnd(base, count, unit) : shift(base, count, unit));
  }
  return UNREADABLE;
}
