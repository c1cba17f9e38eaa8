import { fullName, type HsaDirectory } from '../directory/hsa.js';
import type { PractitionerRegister } from '../directory/practitioner-register.js';

/**
 * The test identities the development identity provider offers, and the claims it issues for them.
 * Staff log in with a SITHS card (HSA id, name, title); private doctors and citizens with BankID
 * (personal identity number). The account id names the method so that one id never means two people.
 */
export type LoginMethod = 'siths' | 'bankid';

export interface TestIdentity {
  readonly accountId: string;
  readonly method: LoginMethod;
  readonly name: string;
  /** Shown beside the name on the login page. */
  readonly description: string;
  readonly claims: Readonly<Record<string, string>>;
}

export interface IdentitySources {
  readonly directory: HsaDirectory;
  readonly practitioners: PractitionerRegister;
  /** The population registry's test persons; only number and name are read. */
  readonly citizens: () => Promise<readonly { readonly personId: string; readonly name: string }[]>;
}

const formatPersonId = (personId: string) => `${personId.slice(0, 8)}-${personId.slice(8)}`;

export async function listTestIdentities(sources: IdentitySources): Promise<TestIdentity[]> {
  const staff = sources.directory.persons().map((person): TestIdentity => {
    const name = fullName(person);
    const title = person.titles[0] ?? '';
    return {
      accountId: `siths:${person.hsaId}`,
      method: 'siths',
      name,
      description: [title, person.hsaId].filter(Boolean).join(', '),
      claims: { sub: `siths:${person.hsaId}`, hsa_id: person.hsaId, name, title },
    };
  });
  const bankId = new Map<string, TestIdentity>();
  const addBankId = (personId: string, name: string, description: string) => {
    if (bankId.has(personId)) return;
    bankId.set(personId, {
      accountId: `bankid:${personId}`,
      method: 'bankid',
      name,
      description: `${formatPersonId(personId)}, ${description}`,
      claims: { sub: `bankid:${personId}`, personal_identity_number: personId, name },
    });
  };
  for (const practitioner of sources.practitioners.list()) {
    addBankId(practitioner.personId, practitioner.name, 'privatläkare');
  }
  for (const citizen of await sources.citizens()) addBankId(citizen.personId, citizen.name, 'privatperson');
  return [...staff, ...bankId.values()];
}
