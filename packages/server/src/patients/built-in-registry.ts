import { AppError } from '../errors.js';
import { isCoordinationNumber, normalisePersonId, type Patient, type PatientRegistry } from './patient-registry.js';
import { TEST_POPULATION } from './test-population.js';

/** The population registry over a fixed set of persons, by default the built-in test population. */
export function createTestPatientRegistry(persons = TEST_POPULATION): PatientRegistry {
  const patients = persons.map((person): Patient => ({
    ...person,
    name: `${person.firstName} ${person.lastName}`,
    coordinationNumber: isCoordinationNumber(person.personId),
    protectedIdentity: person.protectedIdentity ?? false,
    deceased: person.deceased ?? false,
    testPerson: person.testPerson ?? false,
  }));
  const byId = new Map(patients.map((patient) => [patient.personId, patient]));
  return {
    async get(input) {
      const personId = normalisePersonId(input);
      if (!personId) {
        throw new AppError('INVALID_PERSON_ID', 'The personal identity number or coordination number is not valid.');
      }
      const patient = byId.get(personId);
      if (!patient) throw new AppError('PATIENT_NOT_FOUND', 'No person with that number in the population registry.');
      return patient;
    },
    list: async () => patients,
  };
}
