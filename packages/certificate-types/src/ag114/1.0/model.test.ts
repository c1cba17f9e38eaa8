/** Behaviour of the AG1-14 v1 rules that the fixtures do not pin down on their own (domain.md §1.5). */
import { compileModel, evaluateForm } from '@intyg/core';
import type { Answers } from '@intyg/core';
import { describe, expect, it } from 'vitest';
import { ag114V1 } from './model.js';

const compiled = compileModel(ag114V1);
const today = '2025-10-01';
const form = (answers: Answers) => evaluateForm(compiled, answers, today);

describe('ag114 1.0 model', () => {
  it('shows the SKL-001 alert once the period spans 14 days or more', () => {
    const alert = (from: string, to: string) => form({ '7.2': { from, to } }).element('7.3').visible;
    expect(alert('2025-10-01', '2025-10-14')).toBe(false);
    expect(alert('2025-10-01', '2025-10-15')).toBe(true);
  });

  it('shows the diagnoses only when 3 is Ja', () => {
    expect(form({}).element('4').visible).toBe(false);
    expect(form({ '3': false }).element('4').visible).toBe(false);
    expect(form({ '3': true }).element('4').visible).toBe(true);
  });

  it('locks sysselsättning once NUVARANDE_ARBETE is chosen, its only option', () => {
    expect(form({ '1': 'NUVARANDE_ARBETE' }).element('1').disabled).toBe(true);
    expect(form({}).element('1').disabled).toBe(false);
  });
});
