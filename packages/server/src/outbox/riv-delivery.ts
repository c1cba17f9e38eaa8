import { deliveryOutcome, parseResultResponse, type RivContract } from '@intyg/riv';
import type { Delivery } from '@intyg/store';
import type { DeliveryConfig } from './delivery-config.js';
import type { AttemptResult } from './delivery-worker.js';

/** How long a detail recorded with an attempt may be. */
const MAX_DETAIL = 500;

export interface RivPost {
  /** The recipient's base URL; the request goes to `${endpoint}/${path}`. */
  readonly endpoint: string;
  /** e.g. `RegisterCertificate/3`. */
  readonly path: string;
  readonly contract: RivContract;
  readonly xml: string;
  /** The delivery id: the receiver's idempotency key. */
  readonly idempotencyKey: string;
  readonly apiKey: string;
  readonly timeoutMs: number;
}

/**
 * Posts one RIV-TA request and says what its answer means for the delivery: OK and INFO (already there) are
 * delivered; a VALIDATION_ERROR or APPLICATION_ERROR will not heal and fails the delivery for good; anything
 * that may pass (no answer, a timeout, 5xx, 429, a TECHNICAL_ERROR, a refused key the operator may fix) is
 * retried. Other 4xx are our request's own fault and fail it.
 */
export async function postRivRequest(post: RivPost): Promise<AttemptResult> {
  let response: Response;
  try {
    response = await fetch(`${post.endpoint}/${post.path}`, {
      method: 'POST',
      headers: {
        'content-type': 'text/xml; charset=utf-8',
        authorization: `Bearer ${post.apiKey}`,
        'idempotency-key': post.idempotencyKey,
      },
      body: post.xml,
      signal: AbortSignal.timeout(post.timeoutMs),
    });
  } catch (error) {
    return retry(`No answer from ${new URL(post.endpoint).host}: ${reasonOf(error)}`);
  }
  const text = await response.text().catch(() => '');
  const status = response.status;
  if (status >= 500 || status === 408 || status === 429) return retry(`HTTP ${status}`);
  if (status === 401 || status === 403) return retry(`HTTP ${status}: the recipient refused our key`);
  if (status >= 400) return { outcome: 'failed', detail: clip(`HTTP ${status}: ${text}`) };
  const parsed = parseResultResponse(text, post.contract);
  if (!parsed.ok) return retry(`HTTP ${status}, unreadable answer: ${parsed.errors.map((e) => e.text).join(' ')}`);
  const result = parsed.value;
  const words = [result.resultCode, result.errorId, result.resultText].filter(Boolean).join(': ');
  switch (deliveryOutcome(result)) {
    case 'delivered':
      return { outcome: 'delivered', detail: clip(words) };
    case 'rejected':
      return { outcome: 'failed', detail: clip(words) };
    case 'retry':
      return retry(words);
  }
}

/**
 * Posts a delivery's request to the recipient it is for (`delivery.target`), with the delivery id as the
 * idempotency key; retried while no such recipient is configured (the operator may add it).
 */
export function postToRecipient(
  config: DeliveryConfig,
  delivery: Delivery,
  request: Pick<RivPost, 'path' | 'contract' | 'xml'>,
): Promise<AttemptResult> {
  const recipient = config.recipients.find((candidate) => candidate.id === delivery.target);
  if (recipient === undefined) {
    return Promise.resolve({ outcome: 'retry', detail: `No recipient ${delivery.target} is configured` });
  }
  return postRivRequest({
    ...request,
    endpoint: recipient.endpoint,
    idempotencyKey: delivery.id,
    apiKey: config.recipientKey,
    timeoutMs: config.timeoutMs,
  });
}

const retry = (detail: string): AttemptResult => ({ outcome: 'retry', detail: clip(detail) });
const clip = (text: string) => (text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL - 1)}…` : text);

/** Why a request got no answer, in a few words: timed out, or the network error's code. */
export function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return error.name === 'TimeoutError' ? 'timed out' : (cause?.code ?? error.message);
  }
  return String(error);
}
