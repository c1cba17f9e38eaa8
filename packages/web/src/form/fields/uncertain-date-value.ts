/**
 * An uncertain date as three choices: year, month and day, where "00" is "unknown". The answer is
 * "YYYY-MM-DD", "YYYY-MM-00" (day unknown) or "YYYY-00-00" (month and day unknown); an unknown month
 * makes the day unknown too.
 */
import { addDays, type UncertainDateElement } from '@intyg/core';

export const UNKNOWN = '00';

/** '' = not chosen yet. */
export interface DateParts {
  readonly year: string;
  readonly month: string;
  readonly day: string;
}

export const NO_PARTS: DateParts = { year: '', month: '', day: '' };

export function splitUncertainDate(value: unknown): DateParts {
  if (typeof value !== 'string') return NO_PARTS;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return NO_PARTS;
  return { year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' };
}

/** The answer once every part is chosen; `undefined` while any is missing. */
export function joinUncertainDate(parts: DateParts): string | undefined {
  if (parts.year === '' || parts.month === '' || parts.day === '') return undefined;
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** One part changed; an unknown month makes the day unknown, a month chosen again asks for the day again. */
export function withDatePart(parts: DateParts, key: keyof DateParts, value: string): DateParts {
  const next = { ...parts, [key]: value };
  if (key === 'month' && value === UNKNOWN) return { ...next, day: UNKNOWN };
  if (key === 'month' && parts.month === UNKNOWN) return { ...next, day: '' };
  return next;
}

/**
 * The years to choose from, newest first: from the element's latest allowed date (default this year) back to
 * its earliest (default 120 years back). A stored year outside that range is kept so it can be seen.
 */
export function yearChoices(element: UncertainDateElement, today: string, selected: string): string[] {
  const yearOf = (days: number) => Number(addDays(today, days).slice(0, 4));
  const thisYear = Number(today.slice(0, 4));
  const newest = element.maxDaysFromToday === undefined ? thisYear : yearOf(element.maxDaysFromToday);
  const oldest = element.minDaysFromToday === undefined ? thisYear - 120 : yearOf(element.minDaysFromToday);
  const years: string[] = [];
  for (let year = newest; year >= oldest; year--) years.push(String(year));
  if (/^\d{4}$/.test(selected) && !years.includes(selected)) {
    years.push(selected);
    years.sort((a, b) => Number(b) - Number(a));
  }
  return years;
}

export const MONTHS: readonly string[] = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
export const DAYS: readonly string[] = Array.from({ length: 31 }, (_, i) => String(i + 1).padStart(2, '0'));
