import { STATUS_CODES, type Clock } from '@intyg/core';
import { STATUS_WEBHOOK_KIND, type Delivery, type StatusNotification, type Store } from '@intyg/store';
import type { AttemptResult, DeliveryHandler } from '../outbox/delivery-worker.js';
import { reasonOf } from '../outbox/riv-delivery.js';
import { webhookSignature } from './webhook-signature.js';

export { STATUS_WEBHOOK_KIND };

/** A notification the receiver has not taken for this long is given up (failed): the EHR has moved on. */
export const GIVE_UP_AFTER_MS = 72 * 60 * 60 * 1000;

/**
 * The body an EHR receives (README.md, "Status events for EHR systems"): what happened to which certificate, and
 * nothing about the patient or their health. The EHR reads the certificate through the API if it needs more.
 */
export interface StatusWebhookBody {
  /** The delivery's id, also in `X-Intyg-Delivery`: the same on every retry, so the receiver can deduplicate. */
  readonly deliveryId: string;
  /** Webcert's event code (HandelsekodEnum), e.g. SIGNAT. */
  readonly code: string;
  /** Its Swedish text, e.g. "Intyg signerat". */
  readonly text: string;
  /** ISO 8601: when the event happened. Deliveries may arrive out of order; this orders them. */
  readonly occurredAt: string;
  readonly certificate: { readonly id: string; readonly type: string; readonly version: string };
  readonly unitId: string;
  /** Message events only: the message's subject (KOMPLT, AVSTMN, KONTKT, OVRIGT, PAMINN, SVAR). */
  readonly subject?: string;
}

export function statusWebhookBody(deliveryId: string, notification: StatusNotification): StatusWebhookBody {
  return {
    deliveryId,
    code: notification.code,
    text: STATUS_CODES[notification.code],
    occurredAt: notification.occurredAt,
    certificate: {
      id: notification.certificateId,
      type: notification.certificateType,
      version: notification.certificateVersion,
    },
    unitId: notification.unitId,
    ...(notification.subject === undefined ? {} : { subject: notification.subject }),
  };
}

/**
 * Posts a status notification to its webhook, signed with the webhook's secret. 2xx is delivered; 5xx, 408, 429
 * and no answer are retried (by the worker, with backoff, for `GIVE_UP_AFTER_MS`); any other answer fails it for
 * good, a redirect too (it is not followed). A removed webhook's pending notifications are not sent.
 */
export function statusWebhookHandler(deps: {
  readonly store: Store;
  readonly clock: Clock;
  readonly timeoutMs: number;
}): DeliveryHandler {
  return {
    async deliver(delivery) {
      const webhook = await deps.store.getWebhookTarget(delivery.target);
      if (webhook?.active !== true) return { outcome: 'failed', detail: 'The webhook was removed; not sent' };
      const body = JSON.stringify(statusWebhookBody(delivery.id, delivery.payload as unknown as StatusNotification));
      const now = deps.clock.now();
      const timestamp = String(Math.floor(Date.parse(now) / 1000));
      const result = await post(
        webhook.url,
        body,
        {
          'content-type': 'application/json',
          'x-intyg-delivery': delivery.id,
          'x-intyg-timestamp': timestamp,
          'x-intyg-signature': webhookSignature(webhook.secret, timestamp, body),
        },
        deps.timeoutMs,
      );
      return result.outcome === 'retry' && expired(delivery, now)
        ? { outcome: 'failed', detail: `${result.detail}; given up after ${GIVE_UP_AFTER_MS / 3_600_000} hours` }
        : result;
    },
  };
}

const expired = (delivery: Delivery, now: string) =>
  Date.parse(now) - Date.parse(delivery.createdAt) > GIVE_UP_AFTER_MS;

async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<AttemptResult> {
  let status: number;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = response.status;
    // The answer's body is not read into the record: it is the receiver's, and may say anything.
    await response.body?.cancel();
  } catch (error) {
    return { outcome: 'retry', detail: `No answer from ${new URL(url).host}: ${reasonOf(error)}` };
  }
  if (status >= 200 && status < 300) return { outcome: 'delivered', detail: `HTTP ${status}` };
  if (status >= 500 || status === 408 || status === 429) return { outcome: 'retry', detail: `HTTP ${status}` };
  if (status >= 300 && status < 400) return { outcome: 'failed', detail: `HTTP ${status}: redirects are not followed` };
  return { outcome: 'failed', detail: `HTTP ${status}` };
}
