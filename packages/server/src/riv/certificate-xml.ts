/**
 * A stored certificate as the national transport format carries it: the header (patient, issuer, unit)
 * completed from the population registry and the HSA directory, or, for a certificate registered by
 * another system, the header as it arrived.
 */
import { stockholmDateTime, type Certificate } from '@intyg/core';
import type { RivCertificate, RivIssuer, RivPerson, RivUnit } from '@intyg/riv';
import { findUnit } from '../directory/test-directory.js';
import type { Patient } from '../patients/patient-registry.js';

export interface XmlPatientData {
  /** The registry's person, or undefined when the registry does not know them. */
  readonly patient: Patient | undefined;
  /** Whether the reader may see the patient's name (protected identity hides it from non-signing roles). */
  readonly nameVisible: boolean;
}

export function rivCertificateOf(certificate: Certificate, { patient, nameVisible }: XmlPatientData): RivCertificate {
  if (certificate.signedAt === null || certificate.signedBy === null) {
    throw new Error(`Certificate ${certificate.id} is not signed`);
  }
  const registered = certificate.registration?.header as
    { patient?: RivPerson; issuer?: RivIssuer; unit?: RivUnit; sentAt?: string } | undefined;
  return {
    id: certificate.id,
    version: certificate.registration?.transportVersion ?? certificate.version,
    signedAt: stockholmDateTime(new Date(certificate.signedAt)),
    ...(registered?.sentAt ? { sentAt: registered.sentAt } : {}),
    patient: personOf(certificate, patient, nameVisible, registered?.patient),
    issuer: registered?.issuer ?? { hsaId: certificate.signedBy.hsaId, fullName: certificate.signedBy.name },
    unit: registered?.unit ?? rivUnitOf(certificate),
    answers: certificate.answers,
  };
}

function personOf(
  certificate: Certificate,
  patient: Patient | undefined,
  nameVisible: boolean,
  registered: RivPerson | undefined,
): RivPerson {
  const personId = certificate.patient.personId;
  const blank = { personId, firstName: '', lastName: '', postalAddress: '', postalCode: '', city: '' };
  if (!nameVisible) return blank;
  if (registered) return registered;
  if (patient === undefined) {
    // Not in the registry: the name as stored, its last word taken as the surname.
    const words = certificate.patient.name.trim().split(/\s+/);
    return { ...blank, firstName: words.slice(0, -1).join(' '), lastName: words.at(-1) ?? '' };
  }
  // A protected person's address never leaves the registry.
  const address = patient.protectedIdentity ? null : patient.address;
  return {
    personId,
    firstName: patient.firstName,
    lastName: patient.lastName,
    postalAddress: address?.street ?? '',
    postalCode: address?.zipCode ?? '',
    city: address?.city ?? '',
  };
}

/** The certificate's unit as the national contracts carry it, completed from the HSA directory. */
export function rivUnitOf(certificate: Certificate): RivUnit {
  const { unit } = certificate;
  const directory = findUnit(unit.unitId);
  return {
    unitId: unit.unitId,
    unitName: unit.unitName,
    postalAddress: directory?.address ?? '',
    postalCode: directory?.zipCode ?? '',
    city: directory?.city ?? '',
    phone: directory?.phone ?? '',
    ...(directory?.email ? { email: directory.email } : {}),
    ...(directory?.workplaceCode ? { workplaceCode: directory.workplaceCode } : {}),
    careProviderId: unit.careProviderId,
    careProviderName: unit.careProviderName,
  };
}
