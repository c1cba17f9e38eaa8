import { describe, expect, it } from 'vitest';
import { kitchenSinkModel } from '../test-support/kitchen-sink-model.js';
import { codes, modelWith, periods, text } from '../test-support/model-with.js';
import type { CertificateModel } from './certificate-model.js';
import { checkModel } from './check.js';
import { compileModel } from './compile.js';
import { VALUE_KINDS, type ElementKind, type ElementSpec } from './element.js';
import type { ElementRuleKind } from './rule.js';

describe('checkModel', () => {
  it('finds no problem in the kitchen-sink model', () => {
    expect(checkModel(kitchenSinkModel)).toEqual([]);
  });

  it('reports duplicate element ids', () => {
    expect(checkModel(modelWith(text('29'), { ...text('29'), fieldId: '29.9' } as ElementSpec))).toEqual([
      { modelId: 'lisjp/2.0', elementId: '29', message: "Duplicate element id '29'" },
    ]);
  });

  it('reports a field id used twice, e.g. an option code in two elements', () => {
    const other: ElementSpec = { ...codes, id: '40', options: [{ id: 'STUDIER', label: 'Studier' }] };
    expect(checkModel(modelWith(codes, other))).toEqual([
      { modelId: 'lisjp/2.0', elementId: '40', message: "Duplicate field id 'STUDIER': already used by element '28'" },
    ]);
  });

  it('reports an expression that does not parse, with its position', () => {
    const problems = checkModel(
      modelWith(codes, text('29', { rules: [{ kind: 'show', expression: '$NUVARANDE_ARBETE &&' }] })),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ modelId: 'lisjp/2.0', elementId: '29', position: 20 });
    expect(problems[0]?.message).toContain('Syntax error in show rule');
  });

  it('reports an expression naming a field that does not exist, at the reference', () => {
    const problems = checkModel(
      modelWith(codes, text('29', { rules: [{ kind: 'show', expression: '$STUDIER || $NUVARANDE' }] })),
    );
    expect(problems).toEqual([
      {
        modelId: 'lisjp/2.0',
        elementId: '29',
        position: 12,
        message: "The show rule '$STUDIER || $NUVARANDE' names an unknown field '$NUVARANDE'",
      },
    ]);
  });

  it('reports a date attribute on a field that is not a period grade', () => {
    const problems = checkModel(
      modelWith(
        periods,
        codes,
        text('29', { rules: [{ kind: 'show', expression: '$HALFTEN.from < -7 || $STUDIER.from < 0' }] }),
      ),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ elementId: '29', position: 22 });
    expect(problems[0]?.message).toContain("uses '.from' on '$STUDIER'");
  });

  it('reports a disableOptions rule naming an option the element does not have', () => {
    const element = {
      ...codes,
      rules: [{ kind: 'disableOptions', expression: '$STUDIER', options: ['NUVARANDE_ARBETE', 'EJ_AKTUELLT'] }],
    } as ElementSpec;
    expect(checkModel(modelWith(element))).toEqual([
      {
        modelId: 'lisjp/2.0',
        elementId: '28',
        message: "The disableOptions rule names 'EJ_AKTUELLT', which is not an option of the element",
      },
    ]);
  });

  it('reports an autoFill rule on an element that is not boolean', () => {
    const problems = checkModel(
      modelWith(codes, text('29', { rules: [{ kind: 'autoFill', expression: '$STUDIER', value: true }] })),
    );
    expect(problems).toEqual([
      {
        modelId: 'lisjp/2.0',
        elementId: '29',
        message: 'An autoFill rule needs a boolean element, but this element is a textArea',
      },
    ]);
  });

  it('reports value elements and categories without a label, and messages without content', () => {
    const unlabelled = { id: '29', kind: 'textArea', fieldId: '29.1' } as ElementSpec;
    const message: ElementSpec = { id: 'info', kind: 'message', level: 'info', content: ' ' };
    const model: CertificateModel = {
      ...modelWith(unlabelled, message),
      elements: [{ id: 'KAT_1', kind: 'category', label: '', children: [unlabelled, message] }],
    };
    expect(checkModel(model).map((p) => [p.elementId, p.message])).toEqual([
      ['KAT_1', 'Category without label'],
      ['29', 'Element without label'],
      ['info', 'Message element without content'],
    ]);
  });

  it('reports options without id or label', () => {
    const element: ElementSpec = {
      ...codes,
      options: [
        { id: '', label: 'Tom' },
        { id: 'X', label: '' },
      ],
    } as ElementSpec;
    expect(checkModel(modelWith(element)).map((p) => p.message)).toEqual([
      'Option 1 has no id',
      "Option 'X' has no label",
    ]);
  });

  it('reports a textLimit that is not positive', () => {
    expect(
      checkModel(modelWith(text('29', { rules: [{ kind: 'textLimit', limit: 0 }] }))).map((p) => p.message),
    ).toEqual(['textLimit must be a positive integer, was 0']);
  });

  it('reports sick-leave periods with min greater than max', () => {
    expect(checkModel(modelWith({ ...periods, minPeriods: 5 } as ElementSpec)).map((p) => p.message)).toEqual([
      'minPeriods (5) is greater than maxPeriods (4)',
    ]);
  });

  it('reports an integer with min greater than max', () => {
    const integer: ElementSpec = { id: '39.4', kind: 'integer', fieldId: '39.4', label: 'Månader', min: 99, max: 1 };
    expect(checkModel(modelWith(integer)).map((p) => p.message)).toEqual(['min (99) is greater than max (1)']);
  });

  it('reports diagnoses without rows or code systems, and unknown exclusive options', () => {
    const diagnoses: ElementSpec = {
      id: '6',
      kind: 'diagnoses',
      label: 'Diagnos',
      rows: [],
      codeSystems: [],
      descriptionLimit: 81,
    };
    const exclusive = { ...codes, exclusiveOptions: ['EJ_AKTUELLT'] } as ElementSpec;
    expect(checkModel(modelWith(diagnoses, exclusive)).map((p) => p.message)).toEqual([
      'Diagnoses element without rows',
      'Diagnoses element without code systems',
      "Exclusive option 'EJ_AKTUELLT' is not an option of the element",
    ]);
  });
});

describe('the kitchen-sink model', () => {
  it('has an element of every kind and a rule of every kind', () => {
    const elements = compileModel(kitchenSinkModel).elementsInOrder;
    const kinds = new Set<ElementKind>(elements.map((e) => e.kind));
    const allKinds: ElementKind[] = [...VALUE_KINDS, 'category', 'message'];
    expect(allKinds.filter((k) => !kinds.has(k))).toEqual([]);
    const ruleKinds = new Set(elements.flatMap((e) => (e.rules ?? []).map((r) => r.kind)));
    const all: ElementRuleKind[] = [
      'mandatory',
      'show',
      'hide',
      'disable',
      'disableOptions',
      'textLimit',
      'autoFill',
      'check',
    ];
    expect(all.filter((k) => !ruleKinds.has(k))).toEqual([]);
  });
});
