import { roleHasPrivilege, type Actor, type PatientFacts } from '@intyg/core';
import type { Patient, PostalAddress } from './patient-registry.js';

/**
 * A patient as the API shows them to a given user. For a patient with protected identity
 * (sekretessmarkering) and a user whose role may not handle such patients (nurses, midwives, care
 * administrators; domain.md §5.3), name and address are null and `protectedIdentity` is true: the
 * number and the facts that decide what may be done stay, so the user sees why they are refused.
 */
export interface PatientView extends PatientFacts {
  readonly personId: string;
  readonly coordinationNumber: boolean;
  readonly name: string | null;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly address: PostalAddress | null;
}

/** A certificate's patient in API answers: the stored reference plus the registry's facts, redacted alike. */
export interface CertificatePatientView extends PatientFacts {
  readonly personId: string;
  readonly name: string | null;
}

export function mayHandleProtectedIdentity(actor: Actor): boolean {
  return roleHasPrivilege(actor.role, 'handleProtectedIdentity');
}

function hidden(facts: PatientFacts, actor: Actor): boolean {
  return facts.protectedIdentity && !mayHandleProtectedIdentity(actor);
}

export function patientView(patient: Patient, actor: Actor): PatientView {
  const { personId, coordinationNumber, protectedIdentity, deceased, testPerson } = patient;
  const facts = { personId, coordinationNumber, protectedIdentity, deceased, testPerson };
  if (hidden(patient, actor)) return { ...facts, name: null, firstName: null, lastName: null, address: null };
  const { name, firstName, lastName, address } = patient;
  return { ...facts, name, firstName, lastName, address };
}

export function certificatePatientView(
  patient: { readonly personId: string; readonly name: string },
  facts: PatientFacts,
  actor: Actor,
): CertificatePatientView {
  return {
    personId: patient.personId,
    name: hidden(facts, actor) ? null : patient.name,
    protectedIdentity: facts.protectedIdentity,
    deceased: facts.deceased,
    testPerson: facts.testPerson,
  };
}
