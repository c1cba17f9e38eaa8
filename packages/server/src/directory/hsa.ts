import type { Role } from '@intyg/core';

/**
 * The HSA directory (HSA-katalogen) as a port: care providers → care units → sub-units, and
 * the persons with their titles, licences and commissions (medarbetaruppdrag). Shaped like
 * Inera's fake HSA (domain.md §5.2, §8.5). The built-in implementation serves test data.
 */
export interface CareProvider {
  readonly careProviderId: string;
  readonly careProviderName: string;
}

export interface SubUnit {
  readonly unitId: string;
  readonly unitName: string;
}

/** A care unit (vårdenhet): the unit a person logs in to; its contact data is printed on certificates. */
export interface CareUnit extends CareProvider {
  readonly unitId: string;
  readonly unitName: string;
  readonly workplaceCode: string;
  readonly address: string;
  readonly zipCode: string;
  readonly city: string;
  readonly phone: string;
  readonly email: string;
  /** Mottagningar under the unit; rights on the unit include them. */
  readonly subUnits: readonly SubUnit[];
}

/** The only commission purpose that gives access (domain.md §5.2). */
export const CARE_AND_TREATMENT = 'Vård och behandling';

export interface Commission {
  readonly unitId: string;
  readonly name: string;
  readonly purposes: readonly string[];
}

export interface CodedValue {
  readonly code: string;
  readonly name: string;
}

export interface HsaPerson {
  readonly hsaId: string;
  readonly givenName: string;
  readonly familyName: string;
  /** Titles as spoken, e.g. "Läkare", "Vårdadministratör". */
  readonly titles: readonly string[];
  /** Befattningskoder (HSA paTitle). */
  readonly positions: readonly CodedValue[];
  readonly specialities: readonly CodedValue[];
  /** Personal prescriber code (förskrivarkod). */
  readonly prescriberCode?: string;
  /** Group prescriber code (gruppförskrivarkod), used with some befattningskoder. */
  readonly groupPrescriberCode?: string;
  /** Legitimerade yrkesgrupper, e.g. "Läkare", "Sjuksköterska". */
  readonly licensedProfessions: readonly string[];
  readonly commissions: readonly Commission[];
}

export interface HsaDirectory {
  person(hsaId: string): HsaPerson | undefined;
  persons(): readonly HsaPerson[];
  unit(unitId: string): CareUnit | undefined;
  units(): readonly CareUnit[];
  careProviders(): readonly CareProvider[];
}

export const fullName = (person: Pick<HsaPerson, 'givenName' | 'familyName'>) =>
  `${person.givenName} ${person.familyName}`;

/** The care units where the person has a commission for care and treatment, in commission order. */
export function unitsWithCareCommission(directory: HsaDirectory, person: HsaPerson): CareUnit[] {
  const units: CareUnit[] = [];
  for (const commission of person.commissions) {
    if (!commission.purposes.includes(CARE_AND_TREATMENT)) continue;
    const unit = directory.unit(commission.unitId);
    if (unit && !units.some((known) => known.unitId === unit.unitId)) units.push(unit);
  }
  return units;
}

/** Befattningskod + gruppförskrivarkod pairs that make a doctor without a licence (rule 3 below). */
const DOCTOR_POSITION_AND_GROUP_CODE: readonly (readonly [string, string])[] = [
  ['203090', '9300005'], // läkare legitimerad inom EU
  ['203090', '9400003'], // läkare legitimerad utom EU
  ['204090', '9100009'], // vikariat
  ['204090', '9200007'], // student
];

/**
 * The role of a person at login, as Webcert's CommonAuthoritiesResolver decides it (domain.md §5.1):
 * (1) licence Läkare → doctor, Tandläkare → dentist; (2) befattningskod 204010 (AT) or 203020 (BT) → doctor;
 * (3) befattningskod with a given group prescriber code → doctor; (4) licence Barnmorska → midwife,
 * Sjuksköterska → nurse; otherwise care administrator. Private doctors come from HOSP, not from here.
 */
export function resolveRole(person: HsaPerson): Role {
  const licences = person.licensedProfessions;
  const positions = person.positions.map((position) => position.code);
  if (licences.includes('Läkare')) return 'doctor';
  if (licences.includes('Tandläkare')) return 'dentist';
  if (positions.includes('204010') || positions.includes('203020')) return 'doctor';
  if (
    DOCTOR_POSITION_AND_GROUP_CODE.some(
      ([position, group]) => positions.includes(position) && person.groupPrescriberCode === group,
    )
  )
    return 'doctor';
  if (licences.includes('Barnmorska')) return 'midwife';
  if (licences.includes('Sjuksköterska')) return 'nurse';
  return 'careAdmin';
}

export interface HsaData {
  readonly careProviders: readonly (CareProvider & { readonly units: readonly Omit<CareUnit, keyof CareProvider>[] })[];
  readonly persons: readonly HsaPerson[];
}

/** The built-in directory over in-memory data (test data in `hsa-test-data.ts`). */
export function createHsaDirectory(data: HsaData): HsaDirectory {
  const units = data.careProviders.flatMap(({ units: providerUnits, ...provider }) =>
    providerUnits.map((unit): CareUnit => ({ ...unit, ...provider })),
  );
  const unitById = new Map(units.map((unit) => [unit.unitId, unit]));
  const personById = new Map(data.persons.map((person) => [person.hsaId, person]));
  const providers = data.careProviders.map(({ careProviderId, careProviderName }) => ({
    careProviderId,
    careProviderName,
  }));
  return {
    person: (hsaId) => personById.get(hsaId),
    persons: () => data.persons,
    unit: (unitId) => unitById.get(unitId),
    units: () => units,
    careProviders: () => providers,
  };
}
