import { describe, expect, it } from 'vitest';
import type { TextAreaElement } from '../model/element.js';
import { validateText } from './validate-text.js';

const element: TextAreaElement = { kind: 'textArea', id: '29', fieldId: '29.1', label: 'Ange yrke' };
const context = { today: '2025-03-10', categoryId: 'KAT_3', textLimit: 10 };

describe('validateText', () => {
  it('accepts text within the limit, and no value at all', () => {
    expect(validateText(element, 'Snickare', context)).toEqual([]);
    expect(validateText(element, '0123456789', context)).toEqual([]);
    expect(validateText(element, undefined, context)).toEqual([]);
    expect(validateText(element, '', context)).toEqual([]);
  });

  it('reports text over the limit with the limit in the message', () => {
    expect(validateText(element, '01234567890', context)).toEqual([
      {
        ruleId: 'text.limit',
        elementId: '29',
        fieldId: '29.1',
        categoryId: 'KAT_3',
        message: { sv: 'Ange en text som inte är längre än 10.', en: 'Enter a text of at most 10 characters.' },
      },
    ]);
  });

  it('has no limit when the element has no textLimit rule', () => {
    expect(validateText(element, 'x'.repeat(5000), { today: '2025-03-10' })).toEqual([]);
  });

  it('reports whitespace-only text, also for a text that is not mandatory', () => {
    const [error] = validateText(element, ' \t\n ', context);
    expect(error).toMatchObject({ ruleId: 'text.blank', elementId: '29', fieldId: '29.1' });
    expect(error?.message.sv).toBe('Fältet får inte bara innehålla blanksteg.');
  });

  it('ignores a value of another shape (parseAnswers reports those)', () => {
    expect(validateText(element, 42, context)).toEqual([]);
  });
});
