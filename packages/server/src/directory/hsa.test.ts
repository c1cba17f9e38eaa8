import { describe, expect, it } from 'vitest';
import { CARE_AND_TREATMENT, resolveRole, unitsWithCareCommission, type HsaPerson } from './hsa.js';
import { createTestHsaDirectory, HSA_TEST_DATA } from './hsa-test-data.js';
import { createTestPractitionerRegister, isLicensedDoctor } from './practitioner-register.js';

const base: HsaPerson = {
  hsaId: 'X',
  givenName: 'Test',
  familyName: 'Person',
  titles: [],
  positions: [],
  specialities: [],
  licensedProfessions: [],
  commissions: [],
};
const position = (code: string) => ({ code, name: code });

describe('role resolution (domain.md §5.1)', () => {
  it.each([
    ['licence Läkare', { licensedProfessions: ['Läkare'] }, 'doctor'],
    ['licence Tandläkare', { licensedProfessions: ['Tandläkare'] }, 'dentist'],
    ['befattningskod 204010 (AT)', { positions: [position('204010')] }, 'doctor'],
    ['befattningskod 203020 (BT)', { positions: [position('203020')] }, 'doctor'],
    ['203090 + 9300005', { positions: [position('203090')], groupPrescriberCode: '9300005' }, 'doctor'],
    ['203090 + 9400003', { positions: [position('203090')], groupPrescriberCode: '9400003' }, 'doctor'],
    ['204090 + 9100009', { positions: [position('204090')], groupPrescriberCode: '9100009' }, 'doctor'],
    ['204090 + 9200007', { positions: [position('204090')], groupPrescriberCode: '9200007' }, 'doctor'],
    [
      '203090 with another group code',
      { positions: [position('203090')], groupPrescriberCode: '9100009' },
      'careAdmin',
    ],
    ['licence Barnmorska (also nurse)', { licensedProfessions: ['Sjuksköterska', 'Barnmorska'] }, 'midwife'],
    ['licence Sjuksköterska', { licensedProfessions: ['Sjuksköterska'] }, 'nurse'],
    ['a doctor licence wins over a nurse licence', { licensedProfessions: ['Sjuksköterska', 'Läkare'] }, 'doctor'],
    ['no licence, other position', { positions: [position('209010')] }, 'careAdmin'],
  ] as const)('%s', (_name, fields, role) => {
    expect(resolveRole({ ...base, ...fields })).toBe(role);
  });
});

describe('the HSA test directory', () => {
  const directory = createTestHsaDirectory();

  it('has a region with three care units with sub-units, and a private practice', () => {
    expect(directory.careProviders().map((provider) => provider.careProviderName)).toEqual([
      'Alfa Regionen',
      'Petra Privats Läkarpraktik AB',
    ]);
    const region = directory.units().filter((unit) => unit.careProviderName === 'Alfa Regionen');
    expect(region.map((unit) => unit.unitId)).toEqual([
      'TSTNMT2321000156-ALVC',
      'TSTNMT2321000156-ALMC',
      'TSTNMT2321000156-ALTC',
    ]);
    for (const unit of region) {
      expect(unit.subUnits.length).toBeGreaterThan(0);
      expect(unit.workplaceCode).toMatch(/^\d{10}$/);
      expect(unit.address && unit.zipCode && unit.city && unit.phone && unit.email).toBeTruthy();
    }
    expect(directory.unit('TSTNMT2321000156-ALVC')?.unitName).toBe('Alfa Vårdcentral');
    expect(directory.unit('TSTNMT2321000156-ALMC')?.unitName).toBe('Beta Mottagning');
  });

  it('has a person for every role that HSA resolves', () => {
    const roles = new Set(directory.persons().map(resolveRole));
    expect([...roles].sort()).toEqual(['careAdmin', 'dentist', 'doctor', 'midwife', 'nurse']);
  });

  it('gives access only through commissions for care and treatment', () => {
    const dag = directory.person('TSTNMT2321000156-DRDD')!;
    expect(dag.commissions).toHaveLength(3);
    expect(unitsWithCareCommission(directory, dag).map((unit) => unit.unitId)).toEqual([
      'TSTNMT2321000156-ALVC',
      'TSTNMT2321000156-ALTC',
    ]);
    const lena = directory.person('TSTNMT2321000156-LESV')!;
    expect(lena.commissions.length).toBeGreaterThan(0);
    expect(lena.commissions.some((commission) => commission.purposes.includes(CARE_AND_TREATMENT))).toBe(false);
    expect(unitsWithCareCommission(directory, lena)).toEqual([]);
  });

  it('names only units that exist in commissions', () => {
    for (const person of HSA_TEST_DATA.persons) {
      for (const commission of person.commissions)
        expect(directory.unit(commission.unitId), person.hsaId).toBeDefined();
    }
  });

  it('knows licensed and unlicensed private practitioners in HOSP', () => {
    const register = createTestPractitionerRegister();
    expect(isLicensedDoctor(register.byPersonId('195206172339')!)).toBe(true);
    expect(isLicensedDoctor(register.byPersonId('197705232382')!)).toBe(false);
    expect(register.byPersonId('191212121212')).toBeUndefined();
    for (const practitioner of register.list()) expect(directory.unit(practitioner.unitId)).toBeDefined();
  });
});
