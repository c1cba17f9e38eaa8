import { randomBytes, randomUUID } from 'node:crypto';
import { evaluateUnitPrivilege, type Actor, type Clock, type StatusCode } from '@intyg/core';
import type { Store, Webhook } from '@intyg/store';
import { notAllowed } from '../certificates/certificate-errors.js';
import { AppError } from '../errors.js';

/** A unit's webhooks are few (one per EHR it runs); a bound keeps every event's fan-out small. */
export const MAX_WEBHOOKS_PER_UNIT = 10;

/** Bytes of randomness in a generated secret (256 bits), given to the caller as base64url (43 characters). */
const SECRET_BYTES = 32;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A webhook as the API shows it: never its secret. */
export interface WebhookView {
  readonly id: string;
  readonly url: string;
  /** The status codes it is sent; null: every event. */
  readonly events: readonly StatusCode[] | null;
  readonly createdBy: string;
  readonly createdAt: string;
}

/**
 * Registering, listing and removing the status webhooks of the user's own unit (an integration setting: the
 * privilege `manageWebhooks`). The server generates each webhook's secret and shows it once, in the answer to the
 * registration: it is the HMAC key the deliveries are signed with (`webhook-signature.ts`).
 */
export class WebhookRegistration {
  constructor(
    private readonly deps: {
      readonly store: Store;
      readonly clock: Clock;
      /** In production a plain-http URL is refused unless it is the local host. */
      readonly production: boolean;
    },
  ) {}

  async list(actor: Actor): Promise<WebhookView[]> {
    requireManageWebhooks(actor);
    return (await this.deps.store.listWebhooks(actor.unitId)).map(viewOf);
  }

  async register(
    actor: Actor,
    input: { readonly url: string; readonly events?: readonly StatusCode[] | undefined },
  ): Promise<WebhookView & { readonly secret: string }> {
    requireManageWebhooks(actor);
    const url = this.checkedUrl(input.url);
    const { store, clock } = this.deps;
    if ((await store.listWebhooks(actor.unitId)).length >= MAX_WEBHOOKS_PER_UNIT) {
      throw new AppError(
        'WEBHOOK_LIMIT_REACHED',
        `A unit has at most ${MAX_WEBHOOKS_PER_UNIT} webhooks; remove one before registering another.`,
      );
    }
    const webhook = {
      id: randomUUID(),
      unitId: actor.unitId,
      url,
      secret: randomBytes(SECRET_BYTES).toString('base64url'),
      events: input.events === undefined ? null : [...new Set(input.events)],
      createdBy: actor.userId,
      createdAt: clock.now(),
    };
    await store.registerWebhook(webhook);
    return { ...viewOf(webhook), secret: webhook.secret };
  }

  async remove(actor: Actor, id: string): Promise<void> {
    requireManageWebhooks(actor);
    const removed = await this.deps.store.deactivateWebhook({
      id,
      unitId: actor.unitId,
      by: actor.userId,
      at: this.deps.clock.now(),
    });
    if (!removed) throw new AppError('WEBHOOK_NOT_FOUND', 'No webhook with that id at your care unit.');
  }

  /** An absolute http(s) URL without credentials; in production https, or http to the local host only. */
  private checkedUrl(raw: string): string {
    const url = URL.canParse(raw) ? new URL(raw) : undefined;
    if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      throw invalidUrl('The webhook URL must be an absolute http(s) URL.');
    }
    if (url.username !== '' || url.password !== '') {
      throw invalidUrl('The webhook URL must not carry credentials; the receiver checks the signature instead.');
    }
    if (this.deps.production && url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
      throw invalidUrl('The webhook URL must be https (plain http only to localhost).');
    }
    return url.href;
  }
}

function requireManageWebhooks(actor: Actor): void {
  const decision = evaluateUnitPrivilege(actor, 'manageWebhooks');
  if (!decision.allowed) throw notAllowed(decision.reasons);
}

const invalidUrl = (message: string) => new AppError('INVALID_WEBHOOK_URL', message);

function viewOf(webhook: Omit<Webhook, 'active' | 'deactivatedBy' | 'deactivatedAt'>): WebhookView {
  const { id, url, events, createdBy, createdAt } = webhook;
  return { id, url, events, createdBy, createdAt };
}
