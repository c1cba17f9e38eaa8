import type { Clock } from '@intyg/core';
import { SEND_MESSAGE_TO_RECIPIENT } from '@intyg/riv';
import type { Store } from '@intyg/store';
import type { DeliveryConfig } from './delivery-config.js';
import type { DeliveryHandler } from './delivery-worker.js';
import { postToRecipient } from './riv-delivery.js';

export const MESSAGE_TO_RECIPIENT_KIND = 'messageToRecipient';

/** What care's question or answer stores for its delivery: the XML as written, and which message it is. */
export interface MessageToRecipientPayload {
  readonly xml: string;
  /** Our id of the message. */
  readonly messageId: string;
}

/**
 * Delivers care's question or answer to the certificate's recipient (RIV-TA SendMessageToRecipient v2). The
 * recipient's acknowledgement (OK, or INFO: it has the message already) makes the message sent; a refusal for
 * good marks it failed, for care to see; anything else is retried by the worker. The message's state is
 * recorded as soon as the recipient has answered: it is what happened there, whatever becomes of the lease.
 */
export function messageToRecipientHandler(deps: {
  readonly store: Store;
  readonly clock: Clock;
  readonly config: DeliveryConfig;
}): DeliveryHandler {
  return {
    async deliver(delivery) {
      const payload = delivery.payload as unknown as MessageToRecipientPayload;
      const result = await postToRecipient(deps.config, delivery, {
        path: 'SendMessageToRecipient/2',
        contract: SEND_MESSAGE_TO_RECIPIENT,
        xml: payload.xml,
      });
      if (result.outcome !== 'retry') {
        await deps.store.messages.recordDelivery(
          payload.messageId,
          result.outcome === 'delivered' ? 'sent' : 'failed',
          deps.clock.now(),
        );
      }
      return result;
    },
  };
}
