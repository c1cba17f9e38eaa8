import { modelKey } from '@intyg/core';
import { describe, expect, it } from 'vitest';
import {
  certificateModels,
  compareVersions,
  getModel,
  listTypes,
  modelVersions,
  newestActiveModel,
  recipientsOfModels,
} from './registry.js';

describe('registry', () => {
  it('names the recipients the models name, each with the types it takes', () => {
    expect(recipientsOfModels()).toEqual([
      { id: 'FKASSA', name: 'Försäkringskassan', types: ['lisjp', 'luse', 'luae_na', 'luae_fs'] },
      { id: 'TRANSP', name: 'Transportstyrelsen', types: ['ts-bas', 'ts-diabetes'] },
    ]);
  });

  it('holds each type/version once', () => {
    const keys = certificateModels.map(modelKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['lisjp/1.2', 'lisjp/2.0']));
  });

  it('finds a model by type and exact version', () => {
    expect(getModel('lisjp', '1.2')?.activeFrom).toBe('2021-03-02');
    expect(getModel('lisjp', '2.0')?.activeFrom).toBe('2025-08-05');
    expect(getModel('lisjp', '3.0')).toBeUndefined();
    expect(getModel('luse', '1.0')).toBeUndefined(); // a transport version only, no model
  });

  it('gives new drafts the newest version active on the day', () => {
    expect(newestActiveModel('lisjp', '2025-10-01')?.version).toBe('2.0');
    expect(newestActiveModel('lisjp', '2024-01-01')?.version).toBe('1.2');
    expect(newestActiveModel('lisjp', '2025-08-04')?.version).toBe('1.2');
    expect(newestActiveModel('lisjp', '2025-08-05')?.version).toBe('2.0');
    expect(newestActiveModel('lisjp', '2021-03-01')).toBeUndefined();
    expect(newestActiveModel('nope', '2025-10-01')).toBeUndefined();
  });

  it('lists every type with the version new drafts get on the day and all versions', () => {
    expect(listTypes('2025-10-01').find((t) => t.type === 'lisjp')).toEqual({
      type: 'lisjp',
      version: '2.0',
      canCreateDraft: true,
      name: 'Läkarintyg för sjukpenning',
      description: getModel('lisjp', '2.0')?.description,
      formId: 'FK 7804',
      recipient: { id: 'FKASSA', name: 'Försäkringskassan' },
      activeFrom: '2025-08-05',
      versions: ['1.2', '2.0'],
      createsDraftsOf: ['ag7804'],
      lifecycle: { forProtectedIdentity: true },
    });
    const lisjpOn = (day: string) => listTypes(day).find((t) => t.type === 'lisjp');
    expect(lisjpOn('2024-01-01')).toMatchObject({ version: '1.2', canCreateDraft: true });
    // Before any version is active the type is listed, newest version, but no draft may be created.
    expect(lisjpOn('2020-01-01')).toMatchObject({ version: '2.0', canCreateDraft: false });
    expect(new Set(listTypes('2025-10-01').map((t) => t.type)).size).toBe(listTypes('2025-10-01').length);
  });

  it('orders versions numerically', () => {
    expect(modelVersions('lisjp').map((m) => m.version)).toEqual(['1.2', '2.0']);
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('2.0', '2')).toBe(0);
    expect(compareVersions('1.2', '2.0')).toBeLessThan(0);
  });
});

describe('what each type offers of the lifecycle (domain.md §2.9, §5.1, §5.4)', () => {
  // Renewal exists for lisjp, luse, luae_na, luae_fs and ag7804 (FORNYA_INTYG; AG114 v2 has no RENEW); only
  // Försäkringskassan asks for complements (KOMPLT); a type without a digital recipient is printed, not sent.
  const WITHHELD: Record<string, readonly string[]> = {
    lisjp: [],
    luse: [],
    luae_na: [],
    luae_fs: [],
    ag7804: ['send', 'complement'],
    ag114: ['send', 'renew', 'complement'],
    'ts-bas': ['renew', 'complement'],
    'ts-diabetes': ['renew', 'complement'],
  };

  it.each(certificateModels.map((model) => [modelKey(model), model] as const))(
    '%s declares its lifecycle as Webcert has it',
    (_key, model) => {
      expect(model.lifecycle, 'every modelled type declares its lifecycle').toBeDefined();
      expect([...(model.lifecycle?.withholds ?? [])].sort()).toEqual([...WITHHELD[model.type]!].sort());
      // SEKRETESSMARKERING lists every type modelled here; only the death certificates are for the deceased.
      expect(model.lifecycle?.forProtectedIdentity).toBe(true);
      expect(model.lifecycle?.forDeceasedPatient ?? false).toBe(false);
    },
  );

  it('sends only what has a digital recipient', () => {
    for (const model of certificateModels) {
      expect(model.lifecycle?.withholds?.includes('send') ?? false).toBe(model.recipient === null);
    }
  });

  it('lists the lifecycle with each type', () => {
    const ag114 = listTypes('2026-01-01').find((summary) => summary.type === 'ag114');
    expect(ag114?.lifecycle.withholds).toEqual(['send', 'renew', 'complement']);
  });
});
