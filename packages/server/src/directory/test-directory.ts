import type { Actor, Role } from '@intyg/core';

/**
 * Built-in care units and staff until the HSA directory port arrives (identity issue).
 * Shaped like HSA: ids are HSA ids, units belong to a care provider.
 */
export interface CareUnit {
  readonly unitId: string;
  readonly unitName: string;
  readonly careProviderId: string;
  readonly careProviderName: string;
  readonly workplaceCode: string;
  readonly address: string;
  readonly zipCode: string;
  readonly city: string;
  readonly phone: string;
  readonly email: string;
}

export interface TestUser {
  readonly userId: string;
  readonly hsaId: string;
  readonly name: string;
  readonly role: Role;
  /** Swedish title shown on the login page. */
  readonly title: string;
  readonly unitId: string;
}

const REGION = { careProviderId: 'TSTNMT2321000156-ALFA', careProviderName: 'Alfa Regionen' };

export const CARE_UNITS: readonly CareUnit[] = [
  {
    unitId: 'TSTNMT2321000156-ALVC',
    unitName: 'Alfa Vårdcentral',
    ...REGION,
    workplaceCode: '1234567890',
    address: 'Storgatan 1',
    zipCode: '12345',
    city: 'Småmåla',
    phone: '0101234567',
    email: 'alfa.vardcentral@example.invalid',
  },
  {
    unitId: 'TSTNMT2321000156-ALMC',
    unitName: 'Beta Mottagning',
    ...REGION,
    workplaceCode: '1234567891',
    address: 'Lillgatan 2',
    zipCode: '12346',
    city: 'Småmåla',
    phone: '0107654321',
    email: 'beta.mottagning@example.invalid',
  },
];

export const TEST_USERS: readonly TestUser[] = [
  {
    userId: 'ajla',
    hsaId: 'TSTNMT2321000156-DRAA',
    name: 'Ajla Doktor',
    role: 'doctor',
    title: 'Läkare',
    unitId: 'TSTNMT2321000156-ALVC',
  },
  {
    userId: 'anna',
    hsaId: 'TSTNMT2321000156-SJAN',
    name: 'Anna Sjuksköterska',
    role: 'nurse',
    title: 'Sjuksköterska',
    unitId: 'TSTNMT2321000156-ALVC',
  },
  {
    userId: 'vera',
    hsaId: 'TSTNMT2321000156-VAVE',
    name: 'Vera Vårdadministratör',
    role: 'careAdmin',
    title: 'Vårdadministratör',
    unitId: 'TSTNMT2321000156-ALVC',
  },
  {
    userId: 'beata',
    hsaId: 'TSTNMT2321000156-DRBE',
    name: 'Beata Doktor',
    role: 'doctor',
    title: 'Läkare',
    unitId: 'TSTNMT2321000156-ALMC',
  },
];

export function findUnit(unitId: string): CareUnit | undefined {
  return CARE_UNITS.find((unit) => unit.unitId === unitId);
}

export function findTestUser(userId: string): TestUser | undefined {
  return TEST_USERS.find((user) => user.userId === userId);
}

export function actorFor(user: TestUser): Actor {
  const unit = findUnit(user.unitId);
  if (!unit) throw new Error(`Test user ${user.userId} names an unknown unit`);
  return {
    userId: user.userId,
    hsaId: user.hsaId,
    name: user.name,
    role: user.role,
    unitId: unit.unitId,
    careProviderId: unit.careProviderId,
  };
}
