import { describe, expect, it } from 'vitest';
import { compileModel, type ValidationError } from '@intyg/core';
import { kitchenSinkModel } from '../../../core/src/test-support/kitchen-sink-model.js';
import { mergeErrors } from './errors.js';

const compiled = compileModel(kitchenSinkModel);
const error = (elementId: string, ruleId: ValidationError['ruleId'], fieldId = elementId): ValidationError => ({
  ruleId,
  elementId,
  fieldId,
  message: { sv: ruleId, en: ruleId },
});

describe('mergeErrors', () => {
  it('adds the server errors the browser did not find, once, in the form order', () => {
    const client = [error('12', 'mandatory'), error('2', 'mandatory')];
    const server = [error('2', 'mandatory'), error('6', 'diagnoses.codeUnknown', 'huvuddiagnos.code')];
    const merged = mergeErrors(compiled, client, server);
    expect(merged.map((e) => `${e.elementId}:${e.ruleId}`)).toEqual([
      '2:mandatory',
      '6:diagnoses.codeUnknown',
      '12:mandatory',
    ]);
  });

  it('keeps the order of several errors of one element and puts unknown elements last', () => {
    const merged = mergeErrors(
      compiled,
      [error('x', 'mandatory'), error('7', 'periods.overlap'), error('7', 'periods.order')],
      [],
    );
    expect(merged.map((e) => e.ruleId)).toEqual(['periods.overlap', 'periods.order', 'mandatory']);
  });
});
