import type { StatusCode } from '@intyg/core';

/** The outbox kind of a status notification to a unit's webhook; the delivery's target is the webhook id. */
export const STATUS_WEBHOOK_KIND = 'statusWebhook';

export interface NewWebhook {
  /** A UUID. */
  readonly id: string;
  readonly unitId: string;
  /** Validated by the caller (http(s), see server/src/webhooks). */
  readonly url: string;
  /** The HMAC key of its deliveries. */
  readonly secret: string;
  /** The status codes it wants; null for every event, codes added later included. */
  readonly events: readonly StatusCode[] | null;
  /** User id of whoever registered it. */
  readonly createdBy: string;
  /** ISO 8601 with offset. */
  readonly createdAt: string;
}

/** A webhook as it is listed: never with its secret. */
export interface Webhook extends Omit<NewWebhook, 'secret'> {
  readonly active: boolean;
  readonly deactivatedBy: string | null;
  readonly deactivatedAt: string | null;
}

/** What the delivery handler needs to sign and send: the one read that returns the secret. */
export interface WebhookTarget extends Webhook {
  readonly secret: string;
}

/**
 * A status notification's outbox payload, written in the transaction of the event it notifies: everything its
 * body needs, so that it can be sent after the certificate is gone (a deleted draft). No patient data.
 */
export interface StatusNotification {
  readonly eventId: string;
  readonly code: StatusCode;
  /** ISO 8601 with offset: when the event happened. */
  readonly occurredAt: string;
  readonly certificateId: string;
  readonly certificateType: string;
  readonly certificateVersion: string;
  readonly unitId: string;
  /** For message events: the message's subject (e.g. KOMPLT). */
  readonly subject?: string;
}

/** The certificate an event is about, as a status notification names it. */
export interface EventSubject {
  readonly unitId: string;
  readonly type: string;
  readonly version: string;
}

/** The webhook part of the store (`Store` extends it). */
export interface WebhookStore {
  registerWebhook(webhook: NewWebhook): Promise<void>;
  /** The unit's active webhooks, oldest first. */
  listWebhooks(unitId: string): Promise<Webhook[]>;
  /**
   * Deactivates an active webhook of the unit: no delivery is made to it any more, pending ones included.
   * False when the unit has no such active webhook (another unit's is not found either).
   */
  deactivateWebhook(input: {
    readonly id: string;
    readonly unitId: string;
    readonly by: string;
    readonly at: string;
  }): Promise<boolean>;
  /** Any webhook by id, active or not, with its secret: for the delivery handler only. */
  getWebhookTarget(id: string): Promise<WebhookTarget | undefined>;
}
