import type { Answers } from '../model/answers.js';

/**
 * Stored status. A draft is incomplete or complete (`complete` flag); `sent` and
 * `replaced` are states of a signed certificate; `revoked` ends any signed one.
 */
export const CERTIFICATE_STATUSES = ['draft', 'lockedDraft', 'signed', 'sent', 'revoked', 'replaced'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export interface PatientRef {
  /** Personal identity number or coordination number, 12 digits without dash. */
  readonly personId: string;
  readonly name: string;
}

export interface IssuerRef {
  readonly userId: string;
  readonly hsaId: string;
  readonly name: string;
}

export interface UnitRef {
  readonly unitId: string;
  readonly unitName: string;
  readonly careProviderId: string;
  readonly careProviderName: string;
}

/**
 * A certificate signed by another system and registered here through RIV-TA RegisterCertificate, as the
 * national certificate store accepts them. Its content cannot change; it has no signature of ours.
 */
export interface Registration {
  /** The calling system's id, from configuration. */
  readonly system: string;
  /** `intyg/version` as received. */
  readonly transportVersion: string;
  readonly registeredAt: string;
  /** The header as received (patient's names and address, issuer and unit details), given back on export. */
  readonly header: Readonly<Record<string, unknown>>;
}

export interface Certificate {
  readonly id: string;
  readonly type: string;
  readonly version: string;
  readonly status: CertificateStatus;
  /** True when a draft passes validation; meaningless after signing. */
  readonly complete: boolean;
  readonly readyForSign: boolean;
  /** Increments on every change; updates and signing must name the revision they saw. */
  readonly revision: number;
  readonly patient: PatientRef;
  readonly unit: UnitRef;
  /** Who created the draft. */
  readonly createdBy: IssuerRef;
  /** Who signed, once signed. */
  readonly signedBy: IssuerRef | null;
  readonly answers: Answers;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly signedAt: string | null;
  /** Compact JWS over the canonical JSON of the signed content. */
  readonly signature: string | null;
  /** Present when another system signed the certificate and registered it here. */
  readonly registration?: Registration;
}
