/** Behaviour of the AG7804 v2.0 rules that the fixtures do not pin down on their own (domain.md §1.4). */
import { applyAutoFill, compileModel, evaluateForm } from '@intyg/core';
import type { Answers, ElementSpec } from '@intyg/core';
import { describe, expect, it } from 'vitest';
import { lisjpV2 } from '../../lisjp/2.0/model.js';
import { ag7804V2 } from './model.js';
import { allElements } from '../../common/test-support/model-texts.js';

const compiled = compileModel(ag7804V2);
const today = '2025-10-01';
const form = (answers: Answers) => evaluateForm(compiled, answers, today);

const ids = (elements: readonly ElementSpec[]) => allElements(elements).map((element) => element.id);

describe('ag7804 2.0 model', () => {
  it("is FK7804 v2.0's element tree with 100 added and 26 replaced by 103", () => {
    const fk7804 = ids(lisjpV2.elements).filter((id) => id !== '26' && id !== '26.2');
    const ag7804 = ids(ag7804V2.elements).filter((id) => !['100', '103', '103.2'].includes(id));
    expect(ag7804).toEqual(fk7804);
    expect(ids(ag7804V2.elements)).toEqual(expect.arrayContaining(['100', '103', '103.2']));
  });

  it('shows the diagnoses disabled until 100 is answered, enabled when Ja, hidden when Nej', () => {
    const unanswered = form({}).element('6');
    expect([unanswered.visible, unanswered.disabled, unanswered.mandatory, unanswered.answered]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    const yes = form({ '100': true }).element('6');
    expect([yes.visible, yes.disabled, yes.answered]).toEqual([true, false, false]);
    expect(form({ '100': false }).element('6').visible).toBe(false);
  });

  it('sets 100 to Ja and locks it when 27.1 (smittbärarpenning) is ticked', () => {
    expect(applyAutoFill(compiled, { '27': true, '100': false }, today)['100']).toBe(true);
    expect(applyAutoFill(compiled, { '27': false }, today)['100']).toBeUndefined();
    expect(form({ '27': true }).element('100').disabled).toBe(true);
    expect(form({ '27': false }).element('100').disabled).toBe(false);
  });

  it('hides contact with the employer with smittbärarpenning, but not 100 or the diagnoses', () => {
    const state = form({ '27': true, '100': true });
    for (const id of ['KAT_12', '103', '103.2']) expect(state.element(id).visible, id).toBe(false);
    for (const id of ['KAT_4', '100', '6']) expect(state.element(id).visible, id).toBe(true);
    expect(form({ '103': true }).element('103.2').visible).toBe(true);
    expect(form({ '103': false }).element('103.2').visible).toBe(false);
  });

  it('does not renew what FK7804 does not, with 103 and 103.2 in place of 26 and 26.2', () => {
    const notRenewed = allElements(ag7804V2.elements)
      .filter((element) => element.includeWhenRenewing === false)
      .map((element) => element.id)
      .sort();
    expect(notRenewed).toEqual(
      ['1', '1.3', '103', '103.2', '32', '39', '39.2', '39.4', 'UNIT_CONTACT_INFORMATION'].sort(),
    );
  });

  it('has no recipient: the patient prints it', () => {
    expect(ag7804V2.recipient).toBeNull();
  });
});
