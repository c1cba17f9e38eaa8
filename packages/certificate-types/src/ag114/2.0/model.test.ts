/** Behaviour of the AG1-14 v2.0 rules that the fixtures do not pin down on their own (domain.md §1.5). */
import { compileModel, evaluateForm, transportOf } from '@intyg/core';
import type { Answers } from '@intyg/core';
import { describe, expect, it } from 'vitest';
import { ag114V2 } from './model.js';
import { allElements } from '../../common/test-support/model-texts.js';

const compiled = compileModel(ag114V2);
const today = '2025-10-01';
const form = (answers: Answers) => evaluateForm(compiled, answers, today);
const period = (from: string, to: string) => ({ '7.2': { from, to } });

describe('ag114 2.0 model', () => {
  it('points to AG7804 once the period spans 14 days or more', () => {
    const alert = (answers: Answers) => form(answers).element('messageArbetsformaga').visible;
    expect(alert({})).toBe(false);
    expect(alert(period('2025-10-01', '2025-10-14'))).toBe(false);
    expect(alert(period('2025-10-01', '2025-10-15'))).toBe(true);
    expect(alert(period('2025-10-01', ''))).toBe(false);
  });

  it('shows the diagnoses disabled until 3 is answered, enabled when Ja, hidden when Nej', () => {
    const unanswered = form({}).element('4');
    expect([unanswered.visible, unanswered.disabled, unanswered.answered]).toEqual([true, true, true]);
    const yes = form({ '3': true }).element('4');
    expect([yes.visible, yes.disabled, yes.answered]).toEqual([true, false, false]);
    expect(form({ '3': false }).element('4').visible).toBe(false);
  });

  it('asks 6.2 only when 6 is Ja and 9.2 only when 9 is ticked', () => {
    expect(form({ '6': true }).element('6.2').visible).toBe(true);
    expect(form({ '6': false }).element('6.2').visible).toBe(false);
    expect(form({ '9': true }).element('9.2').visible).toBe(true);
    expect(form({}).element('9.2').visible).toBe(false);
  });

  it('sends the percentage and the period in one svar 7', () => {
    const elements = allElements(ag114V2.elements);
    const mapping = (id: string) => transportOf(elements.find((element) => element.id === id)!);
    expect(mapping('7')).toEqual({ kind: 'value', svarId: '7', delsvarId: '7.1' });
    expect(mapping('7.2')).toEqual({ kind: 'datePeriod', svarId: '7', delsvarId: '7.2' });
  });

  it('has no recipient: the patient prints it', () => {
    expect(ag114V2.recipient).toBeNull();
  });
});
