import { describe, expect, it } from 'vitest';
import { kitchenSinkModel } from '../test-support/kitchen-sink-model.js';
import { modelWith, text } from '../test-support/model-with.js';
import { compileModel } from './compile.js';
import { ModelError } from './model-problem.js';

describe('compileModel', () => {
  const compiled = compileModel(kitchenSinkModel);

  it('indexes elements, parents and categories', () => {
    expect(compiled.element('29')).toBeUndefined();
    expect(compiled.element('3')?.kind).toBe('textArea');
    expect(compiled.parentId('3')).toBe('2');
    expect(compiled.parentId('KAT_2')).toBeUndefined();
    expect(compiled.categoryId('3')).toBe('KAT_2');
    expect(compiled.categoryId('KAT_2')).toBeUndefined();
    expect(compiled.elementsInOrder.map((e) => e.id).slice(0, 8)).toEqual([
      'KAT_1',
      '1',
      'smitta',
      'KAT_2',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('builds the field symbol table', () => {
    expect(compiled.field('3.1')).toEqual({ kind: 'value', fieldId: '3.1', elementId: '3' });
    expect(compiled.field('NUVARANDE_ARBETE')).toEqual({
      kind: 'option',
      fieldId: 'NUVARANDE_ARBETE',
      elementId: '2',
      optionId: 'NUVARANDE_ARBETE',
    });
    expect(compiled.field('ANNAT')?.kind).toBe('dateOption');
    expect(compiled.field('HALFTEN')?.kind).toBe('period');
    expect(compiled.field('diagnos2')).toEqual({
      kind: 'diagnosisRow',
      fieldId: 'diagnos2',
      elementId: '6',
      rowIndex: 1,
    });
    expect(compiled.field('PROGNOS_OKLAR')?.kind).toBe('option');
    expect(compiled.field('3')).toBeUndefined();
  });

  it('parses every rule expression once, keeping the rule and where it sits', () => {
    const rules = compiled.rules('3');
    expect(rules.map((r) => r.kind)).toEqual(['show', 'mandatory', 'textLimit']);
    const show = rules[0];
    expect(show).toMatchObject({
      elementId: '3',
      index: 0,
      expression: '$NUVARANDE_ARBETE',
      expr: { kind: 'field', fieldId: 'NUVARANDE_ARBETE' },
    });
    expect(compiled.rules('3')).toBe(rules);
    expect(compiled.rules('nope')).toEqual([]);
  });

  it('throws a ModelError with every problem, naming model, element and position', () => {
    const model = modelWith(text('29', { rules: [{ kind: 'show', expression: '$a $b' }] }), text('29'));
    let error: unknown;
    try {
      compileModel(model);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ModelError);
    const modelError = error as ModelError;
    // Duplicate element id, duplicate field id, the same delsvar 29.1 twice, syntax error.
    expect(modelError.problems).toHaveLength(4);
    expect(modelError.message).toContain('model lisjp/2.0, element 29, position 3: Syntax error in show rule');
  });
});
