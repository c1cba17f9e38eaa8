import { describe, expect, it } from 'vitest';
import type { CheckboxCodeListElement } from '../model/element.js';
import { validateCodeList } from './validate-code-list.js';

const element: CheckboxCodeListElement = {
  kind: 'checkboxCodeList',
  id: '40',
  maxSelected: 3,
  exclusiveOptions: ['EJ_AKTUELLT'],
  options: [
    { id: 'EJ_AKTUELLT', label: 'Inte aktuellt' },
    { id: 'ARBETSTRANING', label: 'Arbetsträning' },
    { id: 'ARBETSANPASSNING', label: 'Arbetsanpassning' },
    { id: 'SOKA_NYTT_ARBETE', label: 'Söka nytt arbete' },
    { id: 'HJALPMEDEL', label: 'Hjälpmedel' },
  ],
};
const context = { today: '2025-03-10', categoryId: 'KAT_7' };

describe('validateCodeList', () => {
  it('accepts distinct codes up to the maximum, and an exclusive option alone', () => {
    expect(validateCodeList(element, ['ARBETSTRANING', 'ARBETSANPASSNING', 'HJALPMEDEL'], context)).toEqual([]);
    expect(validateCodeList(element, ['EJ_AKTUELLT'], context)).toEqual([]);
    expect(validateCodeList(element, [], context)).toEqual([]);
  });

  it('reports a code selected twice, on that code', () => {
    const errors = validateCodeList(element, ['ARBETSTRANING', 'ARBETSTRANING'], context);
    expect(errors).toEqual([
      {
        ruleId: 'codes.duplicate',
        elementId: '40',
        fieldId: 'ARBETSTRANING',
        categoryId: 'KAT_7',
        message: { sv: '«Arbetsträning» får bara väljas en gång.', en: '“Arbetsträning” may be selected only once.' },
      },
    ]);
  });

  it('reports more codes than maxSelected, on the element', () => {
    const errors = validateCodeList(
      element,
      ['ARBETSTRANING', 'ARBETSANPASSNING', 'HJALPMEDEL', 'SOKA_NYTT_ARBETE'],
      context,
    );
    expect(errors.map((e) => [e.ruleId, e.elementId, e.fieldId, e.message.sv])).toEqual([
      ['codes.max', '40', '40', 'Välj högst 3 alternativ.'],
    ]);
  });

  it('defaults the maximum to the number of options', () => {
    const { maxSelected: _, exclusiveOptions: __, ...unlimited } = element;
    const all = element.options.map((option) => option.id);
    expect(validateCodeList(unlimited, all, context)).toEqual([]);
  });

  it('reports an exclusive option combined with another, naming its label', () => {
    const errors = validateCodeList(element, ['ARBETSTRANING', 'EJ_AKTUELLT'], context);
    expect(errors.map((e) => [e.ruleId, e.elementId, e.fieldId, e.message.sv])).toEqual([
      ['codes.exclusive', '40', 'EJ_AKTUELLT', '«Inte aktuellt» kan inte kombineras med andra alternativ.'],
    ]);
  });
});
