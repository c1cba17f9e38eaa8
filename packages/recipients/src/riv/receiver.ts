/** What the contract handlers work with, and how each records its receipt with its effect. */
import type { RivResult } from '@intyg/riv';
import type { SimulatedRecipient } from '../config.js';
import type { Db } from '../database.js';
import type { CertificateStore, Interaction } from '../store/certificate-store.js';
import type { MessageStore } from '../store/message-store.js';

export interface ReceiverDeps {
  readonly db: Db;
  readonly certificates: CertificateStore;
  readonly messages: MessageStore;
  readonly now: () => Date;
}

/** One contract request as the routes hand it over. */
export interface ContractRequest {
  readonly recipient: SimulatedRecipient;
  readonly xml: string;
  /** The sender's `Idempotency-Key` header, when it sent one. */
  readonly idempotencyKey: string | null;
}

/**
 * Runs `decide` (which reads, and may write the request's effect) and records the receipt with its answer, in
 * one transaction: an effect is never stored without its receipt, nor a receipt that claims an effect.
 */
export function withReceipt(
  deps: ReceiverDeps,
  interaction: Interaction,
  request: ContractRequest,
  decide: () => { result: RivResult; certificateId: string | null },
): RivResult {
  const receivedAt = deps.now().toISOString();
  return deps.db.transaction(() => {
    const { result, certificateId } = decide();
    deps.certificates.recordReceipt({
      recipientId: request.recipient.id,
      interaction,
      certificateId,
      idempotencyKey: request.idempotencyKey,
      receivedAt,
      resultCode: result.resultCode,
    });
    return result;
  })();
}

/** ERROR / VALIDATION_ERROR with one text: a permanent refusal, the sender must not retry. */
export function refused(text: string): RivResult {
  return { resultCode: 'ERROR', errorId: 'VALIDATION_ERROR', resultText: text };
}
