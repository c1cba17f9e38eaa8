import { PRIVATE_PRACTICE_UNIT_ID } from './hsa-test-data.js';

/**
 * The practitioner register HOSP (Socialstyrelsens register över legitimerad hälso- och sjukvårdspersonal)
 * as a port, as private practitioners are checked at BankID login (domain.md §5.1). Only a practitioner
 * with a valid doctor's licence gets the private-doctor role; one without it is "obehörig".
 */
export interface RegisteredPractitioner {
  /** Personal identity number, 12 digits. */
  readonly personId: string;
  readonly hsaId: string;
  readonly name: string;
  /** Legitimerade yrkesgrupper with a valid licence. */
  readonly licensedProfessions: readonly string[];
  /** The practitioner's own practice (care unit in the directory). */
  readonly unitId: string;
}

export interface PractitionerRegister {
  byPersonId(personId: string): RegisteredPractitioner | undefined;
  list(): readonly RegisteredPractitioner[];
}

export const isLicensedDoctor = (practitioner: RegisteredPractitioner) =>
  practitioner.licensedProfessions.includes('Läkare');

const TEST_PRACTITIONERS: readonly RegisteredPractitioner[] = [
  {
    personId: '195206172339',
    hsaId: 'TSTNMT2321000156-PRPE',
    name: 'Petra Privat',
    licensedProfessions: ['Läkare'],
    unitId: PRIVATE_PRACTICE_UNIT_ID,
  },
  {
    personId: '197705232382',
    hsaId: 'TSTNMT2321000156-PROB',
    name: 'Olle Obehörig',
    // A licence withdrawn in HOSP: registered, but not a licensed doctor.
    licensedProfessions: [],
    unitId: PRIVATE_PRACTICE_UNIT_ID,
  },
];

export function createTestPractitionerRegister(): PractitionerRegister {
  const byId = new Map(TEST_PRACTITIONERS.map((practitioner) => [practitioner.personId, practitioner]));
  return { byPersonId: (personId) => byId.get(personId), list: () => TEST_PRACTITIONERS };
}
