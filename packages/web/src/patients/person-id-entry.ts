import { parsePersonId, type ParsedPersonId } from '@intyg/core';

/**
 * What a person-number field says about its text while the user types: nothing yet, a valid number (with the
 * 12 digits the API takes), or what is wrong. Core's `parsePersonId` checks the check digit and the date (a
 * coordination number's day plus 60), as the server's registry does.
 */
export type PersonIdEntry =
  | { readonly kind: 'empty' }
  /** Not finished: only digits and a separator so far, too few to judge without being rude. */
  | { readonly kind: 'typing' }
  | { readonly kind: 'valid'; readonly personId: string; readonly coordinationNumber: boolean }
  | { readonly kind: 'invalid'; readonly problem: Extract<ParsedPersonId, { ok: false }>['problem'] };

/**
 * Judges `text` as typed. A number is judged as soon as it is complete (12 digits, or 10 with the dash or plus
 * before the last four) or holds a character no number has; 10 digits without a separator could be the start of
 * 12, so they are judged only once the user is `done` (left the field or searched), as is anything shorter.
 */
export function personIdEntry(text: string, today: string, done: boolean): PersonIdEntry {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return { kind: 'empty' };
  const digits = compact.replace(/[-+]/g, '').length;
  const plausible = /^\d*[-+]?\d*$/.test(compact) && digits <= 12;
  const complete = digits === 12 || (digits === 10 && /[-+]\d{4}$/.test(compact));
  if (plausible && !complete && !done) return { kind: 'typing' };
  const parsed = parsePersonId(compact, today);
  return parsed.ok
    ? { kind: 'valid', personId: parsed.personId, coordinationNumber: parsed.coordinationNumber }
    : { kind: 'invalid', problem: parsed.problem };
}
