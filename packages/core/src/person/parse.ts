/**
 * A personal identity number (personnummer) or coordination number (samordningsnummer) as people type it:
 * 12 digits (YYYYMMDDNNNC) or 10 (YYMMDDNNNC), with or without the dash, or with a plus for someone 100 or
 * older; spaces are ignored. The check digit C is the Luhn digit of the 9 digits before it (YYMMDDNNN), and the
 * date part must be a calendar date, a coordination number's day plus 60.
 */
import { birthDateOfPersonId } from './birth-date.js';

export type PersonIdProblem =
  /** Not 10 or 12 digits with an optional separator before the last four. */
  | 'format'
  /** The date part is no calendar date (nor one plus 60 days in the day). */
  | 'date'
  /** The birth number (the three digits before the check digit) is 000, which is never given out. */
  | 'serial'
  /** The last digit is not the check digit of the others. */
  | 'checksum';

export type ParsedPersonId =
  | {
      readonly ok: true;
      /** 12 digits, no dash: what the API takes. */
      readonly personId: string;
      readonly coordinationNumber: boolean;
      /** YYYY-MM-DD. */
      readonly birthDate: string;
    }
  | { readonly ok: false; readonly problem: PersonIdProblem };

const SHAPE = /^(\d{2})?(\d{6})([-+]?)(\d{4})$/;

/** The Luhn check digit of `digits` (weights 2, 1, 2, … from the left, as for Swedish person numbers). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (const [index, char] of [...digits].entries()) {
    const product = Number(char) * (index % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * The number as 12 digits, or why it is not one. `today` (YYYY-MM-DD) decides the century of a 10-digit
 * number: the latest one whose birth date is not after today, a century earlier with a plus.
 */
export function parsePersonId(input: string, today: string): ParsedPersonId {
  const match = SHAPE.exec(input.replace(/\s+/g, ''));
  if (!match) return { ok: false, problem: 'format' };
  const [, century, yymmdd, separator, last4] = match as unknown as [
    string,
    string | undefined,
    string,
    string,
    string,
  ];
  const personId = century === undefined ? withCentury(yymmdd, last4, separator === '+', today) : undefined;
  const full = century === undefined ? personId : `${century}${yymmdd}${last4}`;
  const birthDate = full === undefined ? undefined : birthDateOfPersonId(full);
  if (full === undefined || birthDate === undefined) return { ok: false, problem: 'date' };
  const ten = full.slice(2);
  if (ten.slice(6, 9) === '000') return { ok: false, problem: 'serial' };
  if (luhnCheckDigit(ten.slice(0, 9)) !== Number(ten[9])) return { ok: false, problem: 'checksum' };
  return { ok: true, personId: full, coordinationNumber: Number(full.slice(6, 8)) > 60, birthDate };
}

function withCentury(yymmdd: string, last4: string, hundredOrOlder: boolean, today: string): string | undefined {
  const thisCentury = Number(today.slice(0, 2));
  for (const century of [thisCentury, thisCentury - 1, thisCentury - 2]) {
    const candidate = `${century}${yymmdd}${last4}`;
    const birthDate = birthDateOfPersonId(candidate);
    // 29 February in a year of the wrong century is no date: try the century before.
    if (birthDate === undefined || birthDate > today) continue;
    if (!hundredOrOlder || addYears(birthDate, 100) <= today) return candidate;
  }
  return undefined;
}

const addYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
