/**
 * Calendar dates as `YYYY-MM-DD` strings. Arithmetic goes through UTC day numbers, so
 * results never depend on the machine's time zone or daylight saving.
 */
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date in the form YYYY-MM-DD (e.g. not 2025-02-30). */
export function isValidDate(value: string): boolean {
  return toDayNumber(value) !== undefined;
}

/** Days since 1970-01-01 for a valid date, otherwise undefined. */
export function toDayNumber(value: string): number | undefined {
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return ms / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date `days` days after `date` (negative for before). Throws on an invalid date. */
export function addDays(date: string, days: number): string {
  const day = toDayNumber(date);
  if (day === undefined) throw new RangeError(`Invalid date: ${date}`);
  return fromDayNumber(day + days);
}

/**
 * The date `months` calendar months after `date` (negative for before), on the same day of the month; when the
 * target month is shorter, its last day (2025-01-31 + 1 month is 2025-02-28). Throws on an invalid date.
 */
export function addMonths(date: string, months: number): string {
  if (toDayNumber(date) === undefined) throw new RangeError(`Invalid date: ${date}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  // Day 0 of the following month is the target month's last day.
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const ms = Date.UTC(targetYear, targetMonth, Math.min(day, lastDay));
  return fromDayNumber(ms / MS_PER_DAY);
}

/** `to - from` in days; undefined when either date is invalid. */
export function daysBetween(from: string, to: string): number | undefined {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  return a === undefined || b === undefined ? undefined : b - a;
}

/** Number of calendar days in an inclusive period, e.g. 2025-01-01..2025-01-01 is 1. */
export function inclusiveDays(from: string, to: string): number | undefined {
  const between = daysBetween(from, to);
  return between === undefined ? undefined : between + 1;
}

// Building an Intl formatter is costly; one shared instance serves every call.
let stockholmFormat: Intl.DateTimeFormat | undefined;

/** Today's date in Europe/Stockholm for an instant. Uses Intl, available in Node and browsers. */
export function stockholmDate(instant: Date): string {
  // en-CA formats as YYYY-MM-DD.
  stockholmFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return stockholmFormat.format(instant);
}
