/** Behaviour of the AG7804 v1 rules that the fixtures do not pin down on their own (domain.md §1.4). */
import { compileModel, evaluateForm } from '@intyg/core';
import type { Answers } from '@intyg/core';
import { describe, expect, it } from 'vitest';
import { ag7804V1 } from './model.js';
import { allElements } from '../../common/test-support/model-texts.js';

const compiled = compileModel(ag7804V1);
const today = '2025-10-01';
const form = (answers: Answers) => evaluateForm(compiled, answers, today);

describe('ag7804 1.1 model', () => {
  it('disables the diagnoses until 100 is answered and hides them when it is Nej', () => {
    const unanswered = form({}).element('6');
    expect([unanswered.visible, unanswered.disabled, unanswered.answered]).toEqual([true, true, true]);
    const yes = form({ '100': true }).element('6');
    expect([yes.visible, yes.disabled, yes.answered]).toEqual([true, false, false]);
    expect(form({ '100': false }).element('6').visible).toBe(false);
  });

  it('hides what the legacy validator skips with avstängning enligt smittskyddslagen, and 103', () => {
    const state = form({ '27': true });
    for (const id of ['1', '28', '35', '17', '39', '40', '103']) expect(state.element(id).visible, id).toBe(false);
    for (const id of ['100', '6', '32', '25']) expect(state.element(id).visible, id).toBe(true);
  });

  it('does not renew what the legacy renewal clears (§1.4)', () => {
    const notRenewed = allElements(ag7804V1.elements)
      .filter((element) => element.includeWhenRenewing === false)
      .map((element) => element.id)
      .sort();
    expect(notRenewed).toEqual(
      ['1', '1.3', '100', '103', '103.2', '32', '33', '33.2', '39', '39.3', 'UNIT_CONTACT_INFORMATION'].sort(),
    );
  });

  it('reads the transport versions 1.0 and 1.1 of the text sets, its own first', () => {
    expect(ag7804V1.transport.versions.slice(0, 2)).toEqual(['1.1', '1.0']);
  });
});
