import type { Actor, Role } from '@intyg/core';

/** A care unit the person may work in, as the session offers it for choosing and switching. */
export interface UnitChoice {
  readonly unitId: string;
  readonly unitName: string;
  readonly careProviderId: string;
  readonly careProviderName: string;
}

/** Who a member of staff is, independent of the unit chosen. */
export interface StaffProfile {
  readonly userId: string;
  readonly hsaId: string;
  readonly name: string;
  readonly title: string;
  readonly role: Role;
}

/**
 * What a session holds. Only a `care` session may act on patient data; `pendingUnit` may only choose a
 * unit; a `citizen` session (BankID without a licence in HOSP) may reach no care route at all.
 */
export type SessionData =
  | {
      readonly kind: 'care';
      readonly actor: Actor;
      readonly person: StaffProfile;
      readonly unit: UnitChoice;
      readonly units: readonly UnitChoice[];
    }
  | { readonly kind: 'pendingUnit'; readonly person: StaffProfile; readonly units: readonly UnitChoice[] }
  | { readonly kind: 'citizen'; readonly personId: string; readonly name: string };

export type CareSession = Extract<SessionData, { kind: 'care' }>;

/** The care session for one of the person's units, or undefined when the unit is not one of them. */
export function sessionAtUnit(
  person: StaffProfile,
  units: readonly UnitChoice[],
  unitId: string,
  extra: Partial<Actor> = {},
): CareSession | undefined {
  const unit = units.find((candidate) => candidate.unitId === unitId);
  if (!unit) return undefined;
  const actor: Actor = {
    userId: person.userId,
    hsaId: person.hsaId,
    name: person.name,
    role: person.role,
    ...extra,
    unitId: unit.unitId,
    careProviderId: unit.careProviderId,
  };
  return { kind: 'care', actor, person, unit, units };
}

/** The session that follows a login: at once in the only unit, or pending a choice among several. */
export function sessionForUnits(person: StaffProfile, units: readonly UnitChoice[]): SessionData | undefined {
  if (units.length === 0) return undefined;
  if (units.length === 1) return sessionAtUnit(person, units, units[0]!.unitId);
  return { kind: 'pendingUnit', person, units };
}

/** Sessions written before session kinds existed hold only `{ actor }`: they are care sessions. */
export function readSessionData(data: unknown): SessionData | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Partial<SessionData> & { actor?: Actor };
  if (record.kind === 'care' || record.kind === 'pendingUnit' || record.kind === 'citizen')
    return record as SessionData;
  if (record.actor) {
    const { actor } = record;
    const unit = {
      unitId: actor.unitId,
      unitName: actor.unitId,
      careProviderId: actor.careProviderId,
      careProviderName: '',
    };
    const person = { userId: actor.userId, hsaId: actor.hsaId, name: actor.name, title: '', role: actor.role };
    return { kind: 'care', actor, person, unit, units: [unit] };
  }
  return undefined;
}
