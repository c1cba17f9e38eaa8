/**
 * Calendar dates as `YYYY-MM-DD` strings. Arithmetic goes through UTC day numbers, so
 * results never depend on the machine's time zone or daylight saving.
 */
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Days before 1970-01-01 from 0000-03-01, the start of the proleptic Gregorian calendar's 400-year cycle. */
const EPOCH_SHIFT = 719_468;
const DAYS_PER_ERA = 146_097;

/** True for a real calendar date in the form YYYY-MM-DD (e.g. not 2025-02-30). */
export function isValidDate(value: string): boolean {
  return toDayNumber(value) !== undefined;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 for a valid date, otherwise undefined. Years before 100 are refused: a two-digit year
 * typed with leading zeros is a mistake (and Date would read it as 19xx). Every read and autosave of a draft
 * counts its sick-leave days, so this is integer arithmetic (H. Hinnant's days_from_civil), not Date objects.
 */
export function toDayNumber(value: string): number | undefined {
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  // Years start on 1 March here, so that the leap day is the last day of the year.
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

const twoDigits = (value: number) => (value < 10 ? `0${value}` : String(value));

/** The date of a day number (the inverse of `toDayNumber`; civil_from_days). */
export function fromDayNumber(dayNumber: number): string {
  const shifted = dayNumber + EPOCH_SHIFT;
  const era = Math.floor(shifted / DAYS_PER_ERA);
  const dayOfEra = shifted - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
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
