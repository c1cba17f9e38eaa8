import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../model/answers.js';
import type { VisualAcuityElement } from '../model/element.js';
import type { ElementValidationContext } from './context.js';
import { validateVisualAcuity } from './validate-visual-acuity.js';

const element: VisualAcuityElement = {
  kind: 'visualAcuity',
  id: '8',
  min: 0,
  max: 2,
  contactLenses: true,
  requiredCells: ['right.withoutCorrection', 'left.withoutCorrection', 'binocular.withoutCorrection'],
  labels: { right: 'H', left: 'V', binocular: 'B', withoutCorrection: 'U', withCorrection: 'M' },
};
const optional: ElementValidationContext = { today: '2025-03-10' };
const unanswered: ElementValidationContext = { today: '2025-03-10', mandatory: true, answered: false };
const summary = (value: AnswerValue | undefined, context: ElementValidationContext) =>
  validateVisualAcuity(element, value, context).map((e) => [e.ruleId, e.fieldId, e.message.sv]);
const table = (right: object, left: object, binocular: object) => ({ right, left, binocular }) as AnswerValue;

describe('validateVisualAcuity', () => {
  it('accepts the bounds themselves', () => {
    expect(
      summary(table({ withoutCorrection: 0 }, { withoutCorrection: 2 }, { withoutCorrection: 1.5 }), unanswered),
    ).toEqual([]);
  });

  it('reports every acuity outside the range on its cell', () => {
    const value = table({ withoutCorrection: 2.01, withCorrection: -0.1 }, {}, { withCorrection: 3 });
    expect(summary(value, optional)).toEqual([
      ['visualAcuity.range', '8.right.withoutCorrection', 'Ange synskärpa i intervallet 0,0 - 2,0.'],
      ['visualAcuity.range', '8.right.withCorrection', 'Ange synskärpa i intervallet 0,0 - 2,0.'],
      ['visualAcuity.range', '8.binocular.withCorrection', 'Ange synskärpa i intervallet 0,0 - 2,0.'],
    ]);
    expect(validateVisualAcuity(element, value, optional)[0]?.message.en).toBe(
      'Enter a visual acuity between 0.0 and 2.0.',
    );
  });

  it('reports the required cells of a mandatory table, empty or partly filled', () => {
    expect(summary(undefined, unanswered)).toEqual([
      ['visualAcuity.missing', '8.right.withoutCorrection', 'Ange ett svar.'],
      ['visualAcuity.missing', '8.left.withoutCorrection', 'Ange ett svar.'],
      ['visualAcuity.missing', '8.binocular.withoutCorrection', 'Ange ett svar.'],
    ]);
    const partly = table({ withoutCorrection: 1, contactLens: true }, { withCorrection: 1 }, {});
    const answered = { ...unanswered, answered: true };
    expect(summary(partly, answered).map((e) => e[1])).toEqual([
      '8.left.withoutCorrection',
      '8.binocular.withoutCorrection',
    ]);
  });

  it('asks nothing of an empty table whose mandatory rule is met otherwise, nor of an optional one', () => {
    expect(summary(undefined, { ...unanswered, answered: true })).toEqual([]);
    expect(summary(table({}, {}, {}), { ...unanswered, answered: true })).toEqual([]);
    expect(summary(table({ withoutCorrection: 1 }, {}, {}), optional)).toEqual([]);
  });
});
