import { createRequire } from 'node:module';
import { AppError } from '../errors.js';

interface PersonnummerOptions {
  readonly allowCoordinationNumber: boolean;
  readonly allowInterimNumber: boolean;
}

/** The part of the `personnummer` package we use. It is CommonJS whose typings claim an ES default export. */
interface PersonnummerApi {
  valid(pin: string, options?: PersonnummerOptions): boolean;
  parse(pin: string, options?: PersonnummerOptions): { format(longFormat?: boolean): string };
}

const Personnummer = createRequire(import.meta.url)('personnummer') as PersonnummerApi;

/**
 * The population registry (PU) as a port. The built-in implementation below serves test
 * persons; the identity issue replaces it with the full registry shape.
 */
export interface Patient {
  /** 12 digits, no dash: YYYYMMDDNNNN. */
  readonly personId: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly name: string;
  readonly address: string;
  readonly zipCode: string;
  readonly city: string;
  readonly coordinationNumber: boolean;
}

export interface PatientRegistry {
  /** Throws INVALID_PERSON_ID for a malformed number and PATIENT_NOT_FOUND for an unknown one. */
  get(personId: string): Patient;
  list(): readonly Patient[];
}

/** Normalises a personal identity or coordination number to 12 digits, or undefined when invalid. */
export function normalisePersonId(input: string): string | undefined {
  const options = { allowCoordinationNumber: true, allowInterimNumber: false };
  if (!Personnummer.valid(input, options)) return undefined;
  return Personnummer.parse(input, options).format(true);
}

type TestPerson = Omit<Patient, 'name' | 'coordinationNumber'>;

const TEST_PERSONS: readonly TestPerson[] = [
  {
    personId: '191212121212',
    firstName: 'Tolvan',
    lastName: 'Tolvansson',
    address: 'Svensson, Storgatan 1, PL 1234',
    zipCode: '12345',
    city: 'Småmåla',
  },
  {
    personId: '201212121212',
    firstName: 'Lilltolvan',
    lastName: 'Tolvansson',
    address: 'Storgatan 1',
    zipCode: '12345',
    city: 'Småmåla',
  },
  {
    personId: '194011306125',
    firstName: 'Frida',
    lastName: 'Kranstege',
    address: 'Kransvägen 3',
    zipCode: '11122',
    city: 'Stockholm',
  },
  {
    personId: '198001139297',
    firstName: 'Nils',
    lastName: 'Nilsson',
    address: 'Nilsgatan 9',
    zipCode: '41101',
    city: 'Göteborg',
  },
  {
    personId: '197010632391',
    firstName: 'Samuel',
    lastName: 'Samordning',
    address: 'Gästvägen 5',
    zipCode: '21111',
    city: 'Malmö',
  },
];

export function createTestPatientRegistry(): PatientRegistry {
  const patients = TEST_PERSONS.map((person): Patient => ({
    ...person,
    name: `${person.firstName} ${person.lastName}`,
    coordinationNumber: Number(person.personId.slice(6, 8)) > 60,
  }));
  const byId = new Map(patients.map((patient) => [patient.personId, patient]));
  return {
    get(input) {
      const personId = normalisePersonId(input);
      if (!personId) {
        throw new AppError('INVALID_PERSON_ID', 'The personal identity number or coordination number is not valid.');
      }
      const patient = byId.get(personId);
      if (!patient) throw new AppError('PATIENT_NOT_FOUND', 'No person with that number in the population registry.');
      return patient;
    },
    list: () => patients,
  };
}
