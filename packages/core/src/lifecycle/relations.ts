/**
 * How certificates relate (domain.md §2.1 Relations): a newer certificate renews (FRLANG), replaces (ERSATT),
 * complements (KOMPLT) or copies (KOPIA) an older one, or was created from one of another type ("utkast från
 * intyg", e.g. an AG7804 from an FK7804). Every relation is shown on both certificates.
 */
import type { CertificateStatus } from './certificate.js';

export const RELATION_KINDS = ['renews', 'replaces', 'complements', 'copies', 'createdFrom'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** A relation as one of its two certificates sees it. */
export interface RelatedCertificate {
  readonly kind: RelationKind;
  /**
   * `parent`: this certificate renews, replaces… the other one; `child`: the other one renews, replaces… this
   * one.
   */
  readonly direction: 'parent' | 'child';
  readonly certificateId: string;
  readonly type: string;
  readonly status: CertificateStatus;
  readonly createdAt: string;
  readonly signedAt: string | null;
}

const isDraftStatus = (status: CertificateStatus) => status === 'draft' || status === 'lockedDraft';
/** A signed certificate that is not revoked; only such a certificate replaces or complements another. */
export const IN_FORCE_STATUSES = ['signed', 'sent', 'replaced'] as const satisfies readonly CertificateStatus[];
const isInForce = (status: CertificateStatus) => (IN_FORCE_STATUSES as readonly CertificateStatus[]).includes(status);

/** The signed, not revoked certificate that replaces this one, if any: then this one is replaced. */
export function replacedBy(related: readonly RelatedCertificate[]): RelatedCertificate | undefined {
  return related.find((r) => r.direction === 'child' && r.kind === 'replaces' && isInForce(r.status));
}

/** The stored statuses a replacement turns into `replaced`; a revoked certificate stays revoked. */
export const REPLACEABLE_STATUSES = ['signed', 'sent'] as const satisfies readonly CertificateStatus[];
export const isReplaceable = (status: CertificateStatus) =>
  (REPLACEABLE_STATUSES as readonly CertificateStatus[]).includes(status);

/**
 * The status a certificate is shown and listed with: `replaced` is never stored but derived, for a signed or sent
 * certificate that a certificate in force replaces.
 */
export function shownStatus(status: CertificateStatus, related: readonly RelatedCertificate[]): CertificateStatus {
  return isReplaceable(status) && replacedBy(related) !== undefined ? 'replaced' : status;
}

/** The signed, not revoked certificate that complements this one, if any. */
export function complementedBy(related: readonly RelatedCertificate[]): RelatedCertificate | undefined {
  return related.find((r) => r.direction === 'child' && r.kind === 'complements' && isInForce(r.status));
}

/** A draft that already replaces or complements this one: the user should continue it rather than start another. */
export function openReplacementOrComplement(related: readonly RelatedCertificate[]): RelatedCertificate | undefined {
  return related.find(
    (r) => r.direction === 'child' && (r.kind === 'replaces' || r.kind === 'complements') && isDraftStatus(r.status),
  );
}
