/** Small builders for answer fixtures. */
import type { Answers, AnswerValue, UnitContact } from '@intyg/core';

/** `base` with the given answers set; a key mapped to `undefined` is removed (not answered). */
export function changed(base: Answers, changes: Readonly<Record<string, AnswerValue | undefined>>): Answers {
  const next: Record<string, AnswerValue> = { ...base };
  for (const [id, value] of Object.entries(changes)) {
    if (value === undefined) delete next[id];
    else next[id] = value;
  }
  return next;
}

/** A text of exactly `length` characters, for limit fixtures. */
export function textOfLength(length: number): string {
  return 'x'.repeat(length);
}

export const unitContactAnswer: UnitContact = {
  address: 'Storgatan 1',
  zipCode: '111 22',
  city: 'Stockholm',
  phone: '08-123 45 67',
};
