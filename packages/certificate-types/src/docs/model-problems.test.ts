import type { CertificateModel } from '@intyg/core';
import { describe, expect, it } from 'vitest';
import { lisjpV1 } from '../lisjp/1.2/model.js';
import { lisjpV2 } from '../lisjp/2.0/model.js';
import { modelProblemLines, problemLine } from './model-problems.js';
import { sampleModel } from './test-support/sample-model.js';

describe('modelProblemLines', () => {
  it('reports nothing for sound models', () => {
    expect(modelProblemLines([lisjpV1, lisjpV2])).toEqual([]);
  });

  it('prints each problem as <type>/<version> <element>: <problem>', () => {
    const broken: CertificateModel = {
      ...sampleModel,
      elements: [
        {
          id: 'KAT_1',
          kind: 'category',
          label: 'Grund',
          children: [
            {
              id: '29',
              kind: 'textArea',
              fieldId: '29.1',
              label: 'Yrke',
              rules: [{ kind: 'show', expression: '$NOPE' }],
            },
          ],
        },
      ],
    };
    expect(modelProblemLines([lisjpV2, broken])).toContain(
      "sample/1.0 29: The show rule '$NOPE' names an unknown field '$NOPE' (position 0)",
    );
  });

  it('names the model when a problem has no element', () => {
    expect(problemLine(sampleModel, { modelId: 'sample/1.0', message: 'No elements' })).toBe(
      'sample/1.0 (model): No elements',
    );
  });
});
