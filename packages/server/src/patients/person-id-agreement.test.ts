import { luhnCheckDigit, parsePersonId, stockholmDate } from '@intyg/core';
import { describe, expect, it } from 'vitest';
import { normalisePersonId } from './patient-registry.js';

/**
 * The web validates person numbers as they are typed with core's `parsePersonId`; the server with the
 * `personnummer` package. They must agree, or the browser would accept what the server refuses (or the reverse).
 */
describe('parsePersonId and the personnummer package', () => {
  it('agree on valid and invalid numbers in every written form', () => {
    const today = stockholmDate(new Date());
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    const inputs: string[] = [];
    for (let i = 0; i < 2000; i += 1) {
      const year = 1890 + random(140);
      const month = pad(1 + random(12));
      // Ordinary days, coordination days (day + 60) and some that are neither.
      const day = pad([1 + random(31), 61 + random(31), random(100)][random(3)]!);
      const serial = pad(random(1000), 3);
      const nine = `${pad(year % 100)}${month}${day}${serial}`;
      // Mostly the right check digit, sometimes another.
      const check = random(4) === 0 ? random(10) : luhnCheckDigit(nine);
      const ten = `${nine}${check}`;
      inputs.push(`${year}${ten.slice(2)}`, `${year}${ten.slice(2, 6)}-${ten.slice(6)}`);
      // The short forms: a dash under 100 years of age, a plus from 100 on (near the limit both are tried).
      const age = Number(today.slice(0, 4)) - year;
      if (age < 101) inputs.push(ten, `${ten.slice(0, 6)}-${ten.slice(6)}`);
      if (age > 98) inputs.push(`${ten.slice(0, 6)}+${ten.slice(6)}`);
    }
    const disagreements = inputs.filter((input) => {
      const ours = parsePersonId(input, today);
      return (ours.ok ? ours.personId : undefined) !== normalisePersonId(input);
    });
    expect(disagreements).toEqual([]);
  });
});
