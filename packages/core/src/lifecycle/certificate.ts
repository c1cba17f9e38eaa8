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

/**
 * Sending to the recipient (domain.md §2.2 SEND): requested by a user, delivered by the outbox worker. The
 * certificate's status becomes `sent` only once the recipient has acknowledged it (`state: 'delivered'`).
 */
export interface Sending {
  /** The recipient's id, e.g. FKASSA. */
  readonly recipientId: string;
  readonly requestedAt: string;
  /** User id of who sent it. */
  readonly requestedBy: string;
  readonly state: 'pending' | 'delivered' | 'failed';
  readonly deliveredAt?: string;
  readonly failedAt?: string;
  /** Why the recipient refused it for good, in the recipient's words (state `failed`). */
  readonly error?: string;
}

/** Why a certificate was revoked (makulerat), as Webcert asks it: a reason code and a free text. */
export const REVOCATION_REASONS = ['FEL_PATIENT', 'ANNAT_ALLVARLIGT_FEL'] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

export interface Revocation {
  readonly at: string;
  readonly by: IssuerRef;
  readonly reason: RevocationReason;
  readonly message: string;
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
  /** Present once someone has sent the certificate to its recipient. */
  readonly sending?: Sending;
  /** Present once the certificate is revoked. */
  readonly revocation?: Revocation;
}
