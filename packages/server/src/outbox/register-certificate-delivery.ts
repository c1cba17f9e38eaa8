import { sendingDelivered, sendingFailed } from '@intyg/core';
import type { Clock } from '@intyg/core';
import { REGISTER_CERTIFICATE } from '@intyg/riv';
import type { Delivery, Store } from '@intyg/store';
import type { DeliveryConfig } from './delivery-config.js';
import type { DeliveryHandler } from './delivery-worker.js';
import { postToRecipient } from './riv-delivery.js';

export const REGISTER_CERTIFICATE_KIND = 'registerCertificate';

/** What a sending stores for its delivery: the XML as it was when sent, and where the certificate lives. */
export interface RegisterCertificatePayload {
  readonly xml: string;
  /** The certificate's unit: the worker reads it within that scope. */
  readonly unitId: string;
}

/**
 * Delivers a signed certificate to its recipient (RIV-TA RegisterCertificate v3). Acknowledged (OK, or INFO:
 * already there) makes the certificate sent; refused for good (a validation error) marks its sending failed,
 * for the doctor to see; anything else is retried by the worker.
 */
export function registerCertificateHandler(deps: {
  readonly store: Store;
  readonly clock: Clock;
  readonly config: DeliveryConfig;
}): DeliveryHandler {
  const payloadOf = (delivery: Delivery) => delivery.payload as unknown as RegisterCertificatePayload;
  return {
    async deliver(delivery) {
      return postToRecipient(deps.config, delivery, {
        path: 'RegisterCertificate/3',
        contract: REGISTER_CERTIFICATE,
        xml: payloadOf(delivery).xml,
      });
    },

    async changeFor(delivery, result, finishedAt) {
      if (delivery.certificateId === null) return undefined;
      const certificate = await deps.store.getCertificate(delivery.certificateId, {
        unitIds: [payloadOf(delivery).unitId],
      });
      if (certificate?.sending === undefined) return undefined;
      const next =
        result.outcome === 'delivered'
          ? sendingDelivered(certificate, finishedAt)
          : sendingFailed(certificate, finishedAt, result.detail);
      return {
        next,
        expectedRevision: certificate.revision,
        event: {
          type: result.outcome === 'delivered' ? 'sent' : 'sendFailed',
          actorId: null,
          occurredAt: finishedAt,
          payload: {
            recipientId: delivery.target,
            ...(result.outcome === 'delivered' ? {} : { error: result.detail }),
          },
        },
      };
    },
  };
}
