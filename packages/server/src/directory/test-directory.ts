import type { Actor, Role } from '@intyg/core';

import type { CareUnit } from './hsa.js';
import { createTestHsaDirectory } from './hsa-test-data.js';

export type { CareUnit } from './hsa.js';

/**
 * The development login's shortcut list of test users (POST /api/dev/login). Each names a person in
 * the HSA test directory (hsa-test-data.ts), where their units and role come from at login.
 */
export interface TestUser {
  readonly userId: string;
  readonly hsaId: string;
  readonly name: string;
  readonly role: Role;
  /** Swedish title shown on the login page. */
  readonly title: string;
  readonly unitId: string;
  /** May read and verify the audit log (Actor.auditor). */
  readonly auditor?: boolean;
}

const directory = createTestHsaDirectory();

/** The care units of the HSA test directory. */
export const CARE_UNITS: readonly CareUnit[] = directory.units();

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
  {
    userId: 'greta',
    hsaId: 'TSTNMT2321000156-GRGR',
    name: 'Greta Granskare',
    role: 'careAdmin',
    title: 'Vårdadministratör (logggranskare)',
    unitId: 'TSTNMT2321000156-ALVC',
    auditor: true,
  },
];

export function findUnit(unitId: string): CareUnit | undefined {
  return directory.unit(unitId);
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
    ...(user.auditor === true ? { auditor: true } : {}),
  };
}
