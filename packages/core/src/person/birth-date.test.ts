import { describe, expect, it } from 'vitest';
import { birthDateOfPersonId } from './birth-date.js';

describe('birthDateOfPersonId', () => {
  it('reads the birth date of a personnummer', () => {
    expect(birthDateOfPersonId('191212121212')).toBe('1912-12-12');
    expect(birthDateOfPersonId('200001012384')).toBe('2000-01-01');
  });

  it('subtracts 60 from the day of a samordningsnummer', () => {
    expect(birthDateOfPersonId('199003741234')).toBe('1990-03-14');
    expect(birthDateOfPersonId('198001610000')).toBe('1980-01-01');
    expect(birthDateOfPersonId('198001910000')).toBe('1980-01-31');
  });

  it('accepts 29 February only in a leap year', () => {
    expect(birthDateOfPersonId('200002291234')).toBe('2000-02-29');
    expect(birthDateOfPersonId('200002891234')).toBe('2000-02-29');
    expect(birthDateOfPersonId('190002291234')).toBeUndefined();
  });

  it('gives undefined for anything but 12 digits with a real date', () => {
    for (const id of [
      '',
      '19121212-1212',
      '1212121212',
      '19121212121',
      '1912121212123',
      '19121212121a',
      '191213121212', // month 13
      '191212001212', // day 0
      '191212321212', // day 32
      '191212601212', // day 60: neither a day nor a coordination day
      '191202921212', // coordination day 92
      '191202311212', // 31 February
    ]) {
      expect(birthDateOfPersonId(id), id).toBeUndefined();
    }
  });
});
