import { modelKey } from '@intyg/core';
import { describe, expect, it } from 'vitest';
import {
  certificateModels,
  compareVersions,
  getModel,
  listTypes,
  modelVersions,
  newestActiveModel,
} from './registry.js';

describe('registry', () => {
  it('holds each type/version once', () => {
    const keys = certificateModels.map(modelKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['lisjp/1.2', 'lisjp/2.0']));
  });

  it('finds a model by type and exact version', () => {
    expect(getModel('lisjp', '1.2')?.activeFrom).toBe('2021-03-02');
    expect(getModel('lisjp', '2.0')?.activeFrom).toBe('2025-08-05');
    expect(getModel('lisjp', '3.0')).toBeUndefined();
    expect(getModel('luse', '1.2')).toBeUndefined();
  });

  it('gives new drafts the newest version active on the day', () => {
    expect(newestActiveModel('lisjp', '2025-10-01')?.version).toBe('2.0');
    expect(newestActiveModel('lisjp', '2024-01-01')?.version).toBe('1.2');
    expect(newestActiveModel('lisjp', '2025-08-04')?.version).toBe('1.2');
    expect(newestActiveModel('lisjp', '2025-08-05')?.version).toBe('2.0');
    expect(newestActiveModel('lisjp', '2021-03-01')).toBeUndefined();
    expect(newestActiveModel('nope', '2025-10-01')).toBeUndefined();
  });

  it('lists the types available on a day with their current version and all versions', () => {
    expect(listTypes('2025-10-01')).toEqual([
      {
        type: 'lisjp',
        version: '2.0',
        name: 'Läkarintyg för sjukpenning',
        description: getModel('lisjp', '2.0')?.description,
        formId: 'FK 7804',
        recipient: { id: 'FKASSA', name: 'Försäkringskassan' },
        activeFrom: '2025-08-05',
        versions: ['1.2', '2.0'],
      },
    ]);
    expect(listTypes('2024-01-01').map((t) => t.version)).toEqual(['1.2']);
    expect(listTypes('2020-01-01')).toEqual([]);
  });

  it('orders versions numerically', () => {
    expect(modelVersions('lisjp').map((m) => m.version)).toEqual(['1.2', '2.0']);
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('2.0', '2')).toBe(0);
    expect(compareVersions('1.2', '2.0')).toBeLessThan(0);
  });
});
