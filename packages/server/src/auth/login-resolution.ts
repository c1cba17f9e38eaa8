import { fullName, resolveRole, unitsWithCareCommission, type CareUnit, type HsaDirectory } from '../directory/hsa.js';
import { isLicensedDoctor, type PractitionerRegister } from '../directory/practitioner-register.js';
import { sessionForUnits, type SessionData, type StaffProfile, type UnitChoice } from './session-data.js';

/**
 * From a verified identity to a session, as Webcert decides it (domain.md §5.1, §5.2): staff need a
 * commission for care and treatment; private doctors need a doctor's licence in HOSP; anyone else
 * who logs in with BankID is a citizen.
 */
export type RefusalReason = 'noCommission' | 'unknownPerson' | 'notLicensed';

export type LoginOutcome =
  { readonly ok: true; readonly session: SessionData } | { readonly ok: false; readonly reason: RefusalReason };

export const unitChoice = (unit: CareUnit): UnitChoice => ({
  unitId: unit.unitId,
  unitName: unit.unitName,
  careProviderId: unit.careProviderId,
  careProviderName: unit.careProviderName,
});

/** The staff profile and the care units of a person in the HSA directory, or undefined for an unknown HSA id. */
export function staffOf(
  directory: HsaDirectory,
  hsaId: string,
  userId: string = hsaId,
): { person: StaffProfile; units: UnitChoice[] } | undefined {
  const entry = directory.person(hsaId);
  if (!entry) return undefined;
  const person: StaffProfile = {
    userId,
    hsaId: entry.hsaId,
    name: fullName(entry),
    title: entry.titles[0] ?? '',
    role: resolveRole(entry),
  };
  return { person, units: unitsWithCareCommission(directory, entry).map(unitChoice) };
}

/** A SITHS login: the person's HSA id, as the identity provider's `hsa_id` claim states it. */
export function resolveSithsLogin(directory: HsaDirectory, hsaId: string): LoginOutcome {
  const staff = staffOf(directory, hsaId);
  if (!staff) return { ok: false, reason: 'unknownPerson' };
  const session = sessionForUnits(staff.person, staff.units);
  return session ? { ok: true, session } : { ok: false, reason: 'noCommission' };
}

/** A BankID login: a licensed private doctor works at their practice; anyone else is a citizen. */
export function resolveBankIdLogin(
  directory: HsaDirectory,
  practitioners: PractitionerRegister,
  personId: string,
  name: string,
): LoginOutcome {
  const practitioner = practitioners.byPersonId(personId);
  if (!practitioner) return { ok: true, session: { kind: 'citizen', personId, name } };
  if (!isLicensedDoctor(practitioner)) return { ok: false, reason: 'notLicensed' };
  const unit = directory.unit(practitioner.unitId);
  if (!unit) return { ok: false, reason: 'noCommission' };
  const person: StaffProfile = {
    userId: practitioner.hsaId,
    hsaId: practitioner.hsaId,
    name: practitioner.name,
    title: 'Privatläkare',
    role: 'privateDoctor',
  };
  return { ok: true, session: sessionForUnits(person, [unitChoice(unit)])! };
}
