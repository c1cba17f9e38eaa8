import type { TypeLifecycle } from '@intyg/core';

/**
 * What each type offers of the lifecycle (domain.md §2.9, §5.1, §5.4; legacy Webcert's `authorities.yaml`).
 * Every type modelled here may be written for a patient with protected identity (SEKRETESSMARKERING); none is a
 * death certificate, so none is written for a deceased patient.
 */

/** Försäkringskassan's certificates: sent, renewed, replaced and complemented when FK asks (KOMPLT). */
export const FORSAKRINGSKASSAN_LIFECYCLE: TypeLifecycle = { forProtectedIdentity: true };

/** The employer's certificate beside FK 7804: printed, as it has no digital recipient; renewed; never complemented. */
export const AG7804_LIFECYCLE: TypeLifecycle = { withholds: ['send', 'complement'], forProtectedIdentity: true };

/** The employer's AG1-14: printed; AG114 v2 has no RENEW; never complemented. */
export const AG114_LIFECYCLE: TypeLifecycle = {
  withholds: ['send', 'renew', 'complement'],
  forProtectedIdentity: true,
};

/** Transportstyrelsen's certificates: sent and replaced, never renewed; only Försäkringskassan asks for complements. */
export const TRANSPORTSTYRELSEN_LIFECYCLE: TypeLifecycle = {
  withholds: ['renew', 'complement'],
  forProtectedIdentity: true,
};
