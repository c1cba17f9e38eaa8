import { describe, expect, it } from 'vitest';
import { luhnCheckDigit, parsePersonId } from './parse.js';

const TODAY = '2025-10-01';

describe('parsePersonId', () => {
  it('accepts 12 or 10 digits, with or without the dash, and spaces', () => {
    for (const input of ['19121212-1212', '191212121212', '121212+1212', ' 1912 1212-1212 ']) {
      expect(parsePersonId(input, TODAY), input).toEqual({
        ok: true,
        personId: '191212121212',
        coordinationNumber: false,
        birthDate: '1912-12-12',
      });
    }
  });

  it('gives a 10-digit number the latest century that is not in the future, and one earlier with a plus', () => {
    // 2012-12-12 is past: without a plus the person is 12, with it 112.
    expect(parsePersonId('121212-1212', TODAY)).toMatchObject({ ok: true, personId: '201212121212' });
    expect(parsePersonId('1212121212', TODAY)).toMatchObject({ ok: true, personId: '201212121212' });
    expect(parsePersonId('121212+1212', TODAY)).toMatchObject({ ok: true, personId: '191212121212' });
    expect(parsePersonId('121212-1212', '2012-12-11')).toMatchObject({ ok: true, personId: '191212121212' });
    expect(parsePersonId('121212-1212', '2012-12-12')).toMatchObject({ ok: true, personId: '201212121212' });
    expect(parsePersonId('8001139297', TODAY)).toMatchObject({ ok: true, personId: '198001139297' });
  });

  it('reads a coordination number: the day plus 60', () => {
    expect(parsePersonId('19701063-2391', TODAY)).toEqual({
      ok: true,
      personId: '197010632391',
      coordinationNumber: true,
      birthDate: '1970-10-03',
    });
    expect(parsePersonId('7010632391', TODAY)).toMatchObject({ ok: true, personId: '197010632391' });
  });

  it('names what is wrong: the shape, the date, the birth number or the check digit', () => {
    for (const input of [
      '',
      '1912121212',
      '19121212-121',
      '19121212/1212',
      'abc',
      '191212121212123',
      '19121212--1212',
    ]) {
      // 10 digits starting 19… are read as YYMMDDNNNC; 1912121212 is 2019-12-12 with a wrong check digit.
      if (input === '1912121212') continue;
      expect(parsePersonId(input, TODAY), input).toEqual({ ok: false, problem: 'format' });
    }
    expect(parsePersonId('1912121212', TODAY)).toEqual({ ok: false, problem: 'checksum' });
    expect(parsePersonId('19121312-1212', TODAY)).toEqual({ ok: false, problem: 'date' }); // month 13
    expect(parsePersonId('19121292-1212', TODAY)).toEqual({ ok: false, problem: 'date' }); // day 92
    expect(parsePersonId('19700229-1234', TODAY)).toEqual({ ok: false, problem: 'date' });
    expect(parsePersonId('19020186-0004', TODAY)).toEqual({ ok: false, problem: 'serial' });
    expect(parsePersonId('19121212-1213', TODAY)).toEqual({ ok: false, problem: 'checksum' });
    expect(parsePersonId('19701063-2392', TODAY)).toEqual({ ok: false, problem: 'checksum' });
  });

  it('agrees with the test population', () => {
    for (const personId of ['194011306125', '195401232540', '193503118238', '196402157827', '199001012393']) {
      expect(parsePersonId(personId, TODAY), personId).toMatchObject({ ok: true, personId });
    }
  });
});

describe('luhnCheckDigit', () => {
  it('is the digit that makes the weighted sum a multiple of ten', () => {
    expect(luhnCheckDigit('121212121')).toBe(2);
    expect(luhnCheckDigit('701063239')).toBe(1);
    expect(luhnCheckDigit('000000000')).toBe(0);
  });
});
