import { describe, expect, it } from 'vitest';
import { compileModel, type DiagnosesElement } from '@intyg/core';
import { kitchenSinkModel } from '../../../core/src/test-support/kitchen-sink-model.js';
import { displayIcdCode, enteredDiagnoses, fmbDiagnosesElement, searchSystemOf } from './entered-diagnoses.js';

const element = fmbDiagnosesElement(compileModel(kitchenSinkModel)) as DiagnosesElement;

describe('the diagnoses FMB and the ICF support follow', () => {
  it('finds the diagnoses element with ICD-10-SE and maps its code systems to the search', () => {
    expect(element.id).toBe('6');
    expect(searchSystemOf('ICD_10_SE')).toBe('icd10se');
    expect(searchSystemOf('KSH_97_P')).toBe('ksh97p');
    expect(searchSystemOf('OTHER')).toBeUndefined();
  });

  it('reads ICD-10-SE codes without dots, once each, leaving out codes still being typed', () => {
    const rows = [
      { code: 'm54.5', description: 'Lumbago' },
      { code: '', description: '' },
      { code: 'F32', description: 'Depressiv episod' },
      { code: 'M545', description: 'Lumbago igen' },
      { code: 'F3', description: '' },
    ];
    expect(enteredDiagnoses(element, rows)).toEqual({ icdCodes: ['M545', 'F32'], otherSystem: false });
    expect(enteredDiagnoses(element, undefined)).toEqual({ icdCodes: [], otherSystem: false });
  });

  it('has nothing for FMB in rows of another code system, and says so', () => {
    const rows = [{ code: 'M54-P', description: 'Ryggvärk', system: 'KSH_97_P' }];
    expect(enteredDiagnoses(element, rows)).toEqual({ icdCodes: [], otherSystem: true });
  });

  it('writes codes as people do', () => {
    expect(displayIcdCode('F321')).toBe('F32.1');
    expect(displayIcdCode('S8250')).toBe('S82.50');
    expect(displayIcdCode('M54')).toBe('M54');
  });
});
