import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Clock } from '@intyg/core';
import type { Delivery, DeliveryOutcome, FinishedDelivery, Store } from '@intyg/store';
import { retryDelayMs } from './backoff.js';
import type { DeliveryConfig } from './delivery-config.js';

/** What one attempt came to. `detail` is recorded with the attempt: the receiver's words, never personal data. */
export interface AttemptResult {
  readonly outcome: DeliveryOutcome;
  readonly detail: string;
}

/** Delivers one kind of delivery, and says what its outcome changes (e.g. a certificate becomes sent). */
export interface DeliveryHandler {
  deliver(delivery: Delivery): Promise<AttemptResult>;
  /**
   * The certificate change that goes with a final outcome, read fresh each time it is asked (it is asked again
   * when the certificate changed meanwhile). Undefined when the outcome changes no certificate.
   */
  changeFor?(delivery: Delivery, result: AttemptResult, finishedAt: string): Promise<FinishedDelivery['certificate']>;
}

export interface WorkerLog {
  warn(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
}

const BATCH = 20;
const FINISH_TRIES = 5;

/**
 * The outbox worker: claims due deliveries with a lease, hands each to its kind's handler, and records the
 * attempt with its outcome (and the certificate change it brings) in one transaction. Several processes may
 * run it against one database: claims never overlap, and a process that dies mid-delivery only delays that
 * delivery until its lease ends, when another worker delivers it again; receivers deduplicate by the
 * delivery's id or the certificate's, so each certificate has one effect.
 */
export class DeliveryWorker {
  /** Identifies this process's claims; a restarted process is a new owner. */
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private again = false;

  constructor(
    private readonly deps: {
      readonly store: Store;
      readonly clock: Clock;
      readonly config: DeliveryConfig;
      readonly handlers: Readonly<Record<string, DeliveryHandler>>;
      readonly log: WorkerLog;
    },
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.wake();
  }

  /** Stops taking new work and waits for the deliveries in hand. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Looks for work now rather than at the next poll: something was just queued. */
  wake(): void {
    if (this.stopped) return;
    if (this.running !== undefined) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.loop().finally(() => {
      this.running = undefined;
      if (!this.stopped) this.timer = setTimeout(() => this.wake(), this.again ? 0 : this.deps.config.pollMs);
      this.again = false;
    });
  }

  private async loop(): Promise<void> {
    try {
      // Keep going while batches come back full: there is more due.
      while (!this.stopped && (await this.runOnce()) === BATCH) {
        /* next batch */
      }
    } catch (error) {
      this.deps.log.warn({ err: error }, 'delivery worker: a round failed; retrying at the next poll');
    }
  }

  /** Claims one batch of due deliveries and attempts each; returns how many it claimed. */
  async runOnce(): Promise<number> {
    const { store, clock, config, handlers } = this.deps;
    const now = clock.now();
    const claimed = await store.claimDeliveries({
      owner: this.owner,
      now,
      leaseUntil: new Date(Date.parse(now) + config.leaseMs).toISOString(),
      limit: BATCH,
      kinds: Object.keys(handlers),
    });
    await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
    return claimed.length;
  }

  private async attempt(delivery: Delivery): Promise<void> {
    const { store, clock, config, log } = this.deps;
    const handler = this.deps.handlers[delivery.kind]!;
    const startedAt = clock.now();
    let result: AttemptResult;
    try {
      result = await handler.deliver(delivery);
    } catch (error) {
      result = {
        outcome: 'retry',
        detail: `Unexpected error: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    for (let tries = 0; tries < FINISH_TRIES; tries++) {
      const finishedAt = clock.now();
      const finished: FinishedDelivery = {
        id: delivery.id,
        owner: this.owner,
        attempt: { startedAt, finishedAt, outcome: result.outcome, detail: result.detail },
        ...(result.outcome === 'retry'
          ? {
              nextAttemptAt: new Date(
                Date.parse(finishedAt) + retryDelayMs(delivery.attempts + 1, config.retryBaseMs, config.retryMaxMs),
              ).toISOString(),
            }
          : {}),
      };
      const certificate =
        result.outcome === 'retry' ? undefined : await handler.changeFor?.(delivery, result, finishedAt);
      const outcome = await store.finishDelivery(certificate === undefined ? finished : { ...finished, certificate });
      const fields = { deliveryId: delivery.id, kind: delivery.kind, target: delivery.target, outcome: result.outcome };
      if (outcome === 'finished') {
        if (result.outcome === 'delivered') log.info(fields, 'delivered');
        else log.warn({ ...fields, detail: result.detail, attempt: delivery.attempts + 1 }, 'delivery attempt failed');
        return;
      }
      if (outcome === 'leaseLost') {
        log.warn(fields, 'delivery lease passed to another worker; its attempt counts');
        return;
      }
      // 'conflict': the certificate changed while we delivered; read it again.
    }
    log.warn({ deliveryId: delivery.id }, 'delivery finished repeatedly in conflict; it will be attempted again');
  }
}
