import type { Patient } from './patient-registry.js';

type TestPerson = Omit<Patient, 'name' | 'coordinationNumber' | 'protectedIdentity' | 'deceased' | 'testPerson'> &
  Partial<Pick<Patient, 'protectedIdentity' | 'deceased' | 'testPerson'>>;

/**
 * The built-in registry's persons: one of each kind the rules treat differently (domain.md §5.3,
 * §5.4, §8.5). Numbers are valid (checksummed) test numbers; e2e tests pick Tolvan by name.
 */
export const TEST_POPULATION: readonly TestPerson[] = [
  {
    personId: '191212121212',
    firstName: 'Tolvan',
    lastName: 'Tolvansson',
    address: { street: 'Svensson, Storgatan 1, PL 1234', zipCode: '12345', city: 'Småmåla' },
  },
  {
    // A minor.
    personId: '201212121212',
    firstName: 'Lilltolvan',
    lastName: 'Tolvansson',
    address: { street: 'Storgatan 1', zipCode: '12345', city: 'Småmåla' },
  },
  {
    personId: '194011306125',
    firstName: 'Frida',
    lastName: 'Kranstege',
    address: { street: 'Kransvägen 3', zipCode: '11122', city: 'Stockholm' },
  },
  {
    personId: '198001139297',
    firstName: 'Nils',
    lastName: 'Nilsson',
    address: { street: 'Nilsgatan 9', zipCode: '41101', city: 'Göteborg' },
  },
  {
    // A coordination number (samordningsnummer): day 63 = the 3rd.
    personId: '197010632391',
    firstName: 'Samuel',
    lastName: 'Samordning',
    address: { street: 'Gästvägen 5', zipCode: '21111', city: 'Malmö' },
  },
  {
    personId: '195401232540',
    firstName: 'Maj',
    lastName: 'Pärsson',
    address: { street: 'Skyddade vägen 1', zipCode: '11111', city: 'Stockholm' },
    protectedIdentity: true,
  },
  {
    personId: '193503118238',
    firstName: 'Harald',
    lastName: 'Hedlund',
    address: { street: 'Kyrkogatan 4', zipCode: '75310', city: 'Uppsala' },
    deceased: true,
  },
  {
    // Without a registered address.
    personId: '196402157827',
    firstName: 'Ingrid',
    lastName: 'Lindqvist',
    address: null,
  },
  {
    // A test person (testIndicator): certificates for them are never sent.
    personId: '199001012393',
    firstName: 'Test',
    lastName: 'Testsson',
    address: { street: 'Provgatan 2', zipCode: '90325', city: 'Umeå' },
    testPerson: true,
  },
];
