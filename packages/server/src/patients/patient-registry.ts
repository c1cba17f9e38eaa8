import { createRequire } from 'node:module';
import type { PatientFacts } from '@intyg/core';

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

export interface PostalAddress {
  readonly street: string;
  readonly zipCode: string;
  readonly city: string;
}

/** A person as the population registry (PU, folkbokföringen) describes them. */
export interface Patient extends PatientFacts {
  /** 12 digits, no dash: YYYYMMDDNNNN. */
  readonly personId: string;
  /** A samordningsnummer: the day of birth plus 60. */
  readonly coordinationNumber: boolean;
  readonly firstName: string;
  readonly lastName: string;
  readonly name: string;
  /** The registered address; absent for some persons (e.g. without a fixed address, or emigrated). */
  readonly address: PostalAddress | null;
}

/**
 * The population registry (PU) as a port. `patients/built-in-registry.ts` implements it over test
 * persons; a production adapter would call the national registry (via intyg-proxy-service).
 * Async because a real registry is remote.
 */
export interface PatientRegistry {
  /** Rejects with INVALID_PERSON_ID for a malformed number and PATIENT_NOT_FOUND for an unknown one. */
  get(personId: string): Promise<Patient>;
  /** The persons a user can pick from in development; a real registry cannot be listed and returns []. */
  list(): Promise<readonly Patient[]>;
}

/** Normalises a personal identity or coordination number to 12 digits, or undefined when invalid. */
export function normalisePersonId(input: string): string | undefined {
  const options = { allowCoordinationNumber: true, allowInterimNumber: false };
  if (!Personnummer.valid(input, options)) return undefined;
  return Personnummer.parse(input, options).format(true);
}

export function isCoordinationNumber(personId: string): boolean {
  return Number(personId.slice(6, 8)) > 60;
}

/** The facts lifecycle guards decide on, without the person's name or address. */
export function patientFacts(patient: PatientFacts): PatientFacts {
  return {
    protectedIdentity: patient.protectedIdentity,
    deceased: patient.deceased,
    testPerson: patient.testPerson,
  };
}
