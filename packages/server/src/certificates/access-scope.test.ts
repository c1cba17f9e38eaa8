import { describe, expect, it } from 'vitest';
import { accessScopeOf } from './access-scope.js';

describe('accessScopeOf', () => {
  it('is the care unit and its sub-units (mottagningar) from the HSA directory', () => {
    expect(accessScopeOf({ unitId: 'TSTNMT2321000156-ALMC' })).toEqual({
      unitIds: ['TSTNMT2321000156-ALMC', 'TSTNMT2321000156-ALAM', 'TSTNMT2321000156-ALHM', 'TSTNMT2321000156-ALIM'],
    });
  });

  it('is the unit alone when it has no sub-units or the directory does not know it', () => {
    expect(accessScopeOf({ unitId: 'TSTNMT2321000156-PRPU' })).toEqual({ unitIds: ['TSTNMT2321000156-PRPU'] });
    expect(accessScopeOf({ unitId: 'SE0000000000-XXXX' })).toEqual({ unitIds: ['SE0000000000-XXXX'] });
  });
});
