/**
 * The birth date in a Swedish personal identity number (personnummer) or coordination number
 * (samordningsnummer), both as 12 digits YYYYMMDDNNNC. A coordination number adds 60 to the day
 * (a person born 1990-03-14 may have 199003741234).
 */
import { isValidDate } from '../dates/index.js';

const PERSON_ID = /^(\d{4})(\d{2})(\d{2})\d{4}$/;

/**
 * YYYY-MM-DD, or undefined when `personId` is not 12 digits or its date part is not a calendar date
 * (including a day that is neither 01–31 nor 61–91). The check digit is not verified: the birth date
 * does not depend on it.
 */
export function birthDateOfPersonId(personId: string): string | undefined {
  const match = PERSON_ID.exec(personId);
  if (!match) return undefined;
  const [, year, month, dayText] = match as unknown as [string, string, string, string];
  const day = Number(dayText);
  const birthDay = day > 60 ? day - 60 : day;
  const date = `${year}-${month}-${String(birthDay).padStart(2, '0')}`;
  return isValidDate(date) ? date : undefined;
}
