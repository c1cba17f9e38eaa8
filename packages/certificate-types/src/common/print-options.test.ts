import { compileModel, mayHideOnPrint, visibleAnswers, type Answers } from '@intyg/core';
import { describe, expect, it } from 'vitest';
import { certificateFixtures } from '../fixtures.js';
import { certificateModels, getModel } from '../registry.js';

const compiled = (key: string) => {
  const [type, version] = key.split('/') as [string, string];
  return compileModel(getModel(type, version)!);
};
const fixtures = (key: string) => certificateFixtures[key]!;
const mayHide = (key: string, answers: Answers) => {
  const model = compiled(key);
  const today = fixtures(key).today;
  return mayHideOnPrint(model, visibleAnswers(model, answers, today), today);
};

describe('print options: the employer’s certificates let the patient hide the diagnosis (domain.md §1.4, §1.5, §7.1)', () => {
  it('are declared by the employer types only, and name their diagnoses element', () => {
    const declaring = certificateModels.filter((model) => model.printOptions !== undefined);
    expect(declaring.map((model) => `${model.type}/${model.version}`)).toEqual([
      'ag7804/1.1',
      'ag7804/2.0',
      'ag114/1.0',
      'ag114/2.0',
    ]);
    for (const model of declaring) {
      const [id] = model.printOptions!.hideableElements;
      expect(compiled(`${model.type}/${model.version}`).element(id!)?.kind).toBe('diagnoses');
    }
  });

  it.each(['ag7804/1.1', 'ag7804/2.0'])('%s: when 100 is Ja, not when it is Nej or with smittbärarpenning', (key) => {
    const { maximal } = fixtures(key);
    expect(maximal['100']).toBe(true);
    expect(mayHide(key, maximal)).toBe(true);
    expect(mayHide(key, { ...maximal, '100': false })).toBe(false);
    expect(mayHide(key, { ...maximal, '27': true })).toBe(false);
  });

  it.each(['ag114/1.0', 'ag114/2.0'])('%s: when 3 is Ja, not when it is Nej', (key) => {
    const { maximal } = fixtures(key);
    expect(mayHide(key, maximal)).toBe(true);
    expect(mayHide(key, { ...maximal, '3': false })).toBe(false);
  });

  it('lisjp never', () => {
    expect(mayHide('lisjp/2.0', fixtures('lisjp/2.0').maximal)).toBe(false);
  });
});
