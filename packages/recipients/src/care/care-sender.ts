/**
 * Delivers the messages to care that the page stored as `pending`: one loop in this process posts each due
 * message's XML, unchanged, to `${careUrl}/riv/SendMessageToCare/2` with the recipient's key and the
 * meddelande-id as `Idempotency-Key`, and records the outcome. OK and INFO (care had it already) make it
 * `sent`; care's VALIDATION_ERROR or APPLICATION_ERROR make it `rejected` (a retry cannot help); anything
 * else (no answer, a timeout, 5xx, a refused key, an unreadable answer, TECHNICAL_ERROR) is retried after
 * `baseMs · 2^(attempts-1)`, at most `maxMs`. A message is never lost while care is down, and since care
 * deduplicates by meddelande-id, a message posted twice (we crashed after care answered) has one effect.
 */
import { deliveryOutcome, parseSendMessageToCareResponse } from '@intyg/riv';
import type { FastifyBaseLogger } from 'fastify';
import type { SimulatedRecipient } from '../config.js';
import type { DueMessage, MessageStore } from '../store/message-store.js';

export interface CareSenderOptions {
  readonly messages: MessageStore;
  readonly recipients: readonly SimulatedRecipient[];
  readonly careUrl: string;
  readonly retry: { readonly baseMs: number; readonly maxMs: number };
  readonly now: () => Date;
  readonly log: FastifyBaseLogger;
  /** One attempt's HTTP timeout. */
  readonly timeoutMs?: number;
}

type Attempt = { status: 'sent' } | { status: 'rejected' | 'pending'; error: string };

/** How many due messages one pass takes; the next pass follows at once while more are due. */
const BATCH = 20;
/** The longest an idle loop sleeps: it is woken when a message is stored, this is only a safety net. */
const IDLE_MS = 60_000;
const MAX_ERROR = 300;

export class CareSender {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  /** Aborts a post in flight when the loop stops, so that closing does not wait for care's timeout. */
  private aborter = new AbortController();

  constructor(private readonly options: CareSenderOptions) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.aborter = new AbortController();
    this.wake();
  }

  /** Runs a pass now (or right after the one running): call after storing a message. */
  wake(): void {
    if (this.stopped) return;
    if (this.running !== undefined) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.pass().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.wake();
      } else {
        this.schedule();
      }
    });
  }

  /** Stops the loop and waits for a pass under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.aborter.abort();
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    const next = this.options.messages.nextDueAt();
    const wait = next === undefined ? IDLE_MS : Date.parse(next) - this.options.now().getTime();
    this.timer = setTimeout(() => this.wake(), Math.min(Math.max(wait, 0), IDLE_MS));
    this.timer.unref();
  }

  private async pass(): Promise<void> {
    try {
      const due = this.options.messages.due(this.options.now().toISOString(), BATCH);
      for (const message of due) {
        if (this.stopped) return;
        const attempt = await this.attempt(message);
        // Stopped meanwhile (the post was aborted): the message stays due for the next start.
        if (this.stopped) return;
        this.record(message, attempt);
      }
      if (due.length === BATCH) this.again = true;
    } catch (error) {
      // The database failing is no reason to stop: the next pass tries again.
      this.options.log.error({ err: error }, 'sending messages to care failed');
    }
  }

  private async attempt(message: DueMessage): Promise<Attempt> {
    const key = this.options.recipients.find((recipient) => recipient.id === message.recipientId)?.careKey;
    if (key === undefined) return { status: 'pending', error: `No key for ${message.recipientId} towards care` };
    let response: Response;
    try {
      response = await fetch(`${this.options.careUrl}/riv/SendMessageToCare/2`, {
        method: 'POST',
        headers: {
          'content-type': 'text/xml; charset=utf-8',
          authorization: `Bearer ${key}`,
          'idempotency-key': message.messageId,
        },
        body: message.xml,
        signal: AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs ?? 10_000), this.aborter.signal]),
      });
    } catch (error) {
      return { status: 'pending', error: `No answer from care: ${reasonOf(error)}` };
    }
    const text = await response.text().catch(() => '');
    const parsed = parseSendMessageToCareResponse(text);
    if (!parsed.ok) {
      return { status: 'pending', error: `HTTP ${response.status}: ${parsed.errors.map((e) => e.text).join(' ')}` };
    }
    const result = parsed.value;
    switch (deliveryOutcome(result)) {
      case 'delivered':
        return { status: 'sent' };
      case 'rejected':
        return { status: 'rejected', error: [result.errorId, result.resultText].filter(Boolean).join(': ') };
      case 'retry':
        return { status: 'pending', error: [result.resultCode, result.errorId, result.resultText].join(' ') };
    }
  }

  private record(message: DueMessage, attempt: Attempt): void {
    const now = this.options.now();
    const error = attempt.status === 'sent' ? undefined : clip(attempt.error);
    if (attempt.status !== 'pending') {
      this.options.messages.recordAttempt(message, { status: attempt.status, at: now.toISOString(), error });
      return;
    }
    const { baseMs, maxMs } = this.options.retry;
    const delay = Math.min(maxMs, baseMs * 2 ** Math.min(message.attempts, 30));
    const nextAttemptAt = new Date(now.getTime() + delay).toISOString();
    this.options.messages.recordAttempt(message, { status: 'pending', at: now.toISOString(), nextAttemptAt, error });
    // The message id only: what care answered stays in the database (the page shows it), out of the log.
    const attempts = message.attempts + 1;
    this.options.log.warn(
      `message ${message.messageId} to care not delivered (attempt ${attempts}); retry in ${delay} ms`,
    );
  }
}

const clip = (text: string) => (text.length > MAX_ERROR ? `${text.slice(0, MAX_ERROR - 1)}…` : text);

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return 'timed out';
  return (error as { cause?: { code?: string } }).cause?.code ?? error.message;
}
