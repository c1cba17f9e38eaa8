import { describe, expect, it } from 'vitest';
import { countWord, mandatoryQuestions, plusDays } from './fixture-helpers.js';

describe('fixture helpers', () => {
  it('counts days across month and year ends, and backwards', () => {
    expect(plusDays('2025-10-01', 13)).toBe('2025-10-14');
    expect(plusDays('2025-10-01', 31)).toBe('2025-11-01');
    expect(plusDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(plusDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('words small counts and leaves larger ones as digits', () => {
    expect([2, 5, 11].map(countWord)).toEqual(['two', 'five', 'eleven']);
    expect(countWord(13)).toBe('13');
  });

  it('gives the empty errors and a not-answered fixture from one list of mandatory questions', () => {
    const mandatory = mandatoryQuestions({ '1': 'x', '2': 'y' }, [
      ['1', '1.1'],
      ['2', '2.1'],
    ]);
    expect(mandatory.errors.map((e) => e.fieldId)).toEqual(['1.1', '2.1']);
    expect(mandatory.notAnswered('2')).toEqual({
      name: '2 not answered',
      answers: { '1': 'x' },
      expect: { ruleId: 'mandatory', elementId: '2', fieldId: '2.1' },
    });
    expect(() => mandatory.notAnswered('3')).toThrow(/not among the mandatory questions/);
  });
});
