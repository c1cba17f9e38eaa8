import type { Clock } from '@intyg/core';
import { REVOKE_CERTIFICATE } from '@intyg/riv';
import type { Store } from '@intyg/store';
import type { DeliveryConfig } from './delivery-config.js';
import type { DeliveryHandler } from './delivery-worker.js';
import { postToRecipient } from './riv-delivery.js';

export const REVOKE_CERTIFICATE_KIND = 'revokeCertificate';

export interface RevokeCertificatePayload {
  readonly xml: string;
  readonly unitId: string;
}

/**
 * Tells the recipient that a certificate is revoked (RIV-TA RevokeCertificate v2). A revocation never overtakes
 * its certificate: while the certificate's own delivery is still pending, the revocation waits for it.
 */
export function revokeCertificateHandler(deps: {
  readonly store: Store;
  readonly clock: Clock;
  readonly config: DeliveryConfig;
}): DeliveryHandler {
  return {
    async deliver(delivery) {
      const payload = delivery.payload as unknown as RevokeCertificatePayload;
      if (delivery.certificateId !== null) {
        const certificate = await deps.store.getCertificate(delivery.certificateId, { unitIds: [payload.unitId] });
        if (certificate?.sending?.state === 'pending') {
          return { outcome: 'retry', detail: 'Waiting for the certificate itself to reach the recipient first' };
        }
      }
      return postToRecipient(deps.config, delivery, {
        path: 'RevokeCertificate/2',
        contract: REVOKE_CERTIFICATE,
        xml: payload.xml,
      });
    },
  };
}
