/**
 * What the lifecycle does to messages (domain.md §2.2, §2.7): signing a complement answers and closes its
 * original's open requests for complement (KOMPLT), recording the complement; revoking a certificate handles
 * its open questions, and revoking a complement reopens the requests it had closed. The effects are data,
 * written with each changed message's event in the signature's or revocation's own transaction
 * (`Store.updateCertificate`): a crash never leaves a signed complement beside requests still open.
 */
import type { Certificate, Clock } from '@intyg/core';
import type { MessageEffect, Store } from '@intyg/store';
import { handlingEvent } from './message-event.js';

export class MessageEffects {
  constructor(private readonly deps: { readonly store: Store; readonly clock: Clock }) {}

  /** `certificate` is about to be stored signed: when it complements another, that one's open KOMPLT are answered. */
  async ofSigning(certificate: Certificate): Promise<MessageEffect[]> {
    // A draft's relation is fixed when it is created, so reading it before the signature's transaction is safe.
    const original = (await this.deps.store.listRelations(certificate.id)).find(
      (relation) => relation.direction === 'parent' && relation.kind === 'complements',
    );
    if (original === undefined) return [];
    const at = certificate.signedAt ?? this.deps.clock.now();
    return [
      {
        kind: 'closeComplementRequests',
        certificateId: original.certificateId,
        complementId: certificate.id,
        at,
        eventOf: (message) => handlingEvent(message, true, 'complemented', at, null, { complementId: certificate.id }),
      },
    ];
  }

  /** `certificate` is about to be stored revoked: its questions are handled; the requests it answered reopen. */
  ofRevocation(certificate: Certificate): MessageEffect[] {
    const at = certificate.revocation?.at ?? this.deps.clock.now();
    return [
      {
        kind: 'handleAllOf',
        certificateId: certificate.id,
        at,
        eventOf: (message) => handlingEvent(message, true, 'revoked', at, null),
      },
      {
        kind: 'reopenComplementRequests',
        complementId: certificate.id,
        at,
        eventOf: (message) =>
          handlingEvent(message, false, 'complementRevoked', at, null, { complementId: certificate.id }),
      },
    ];
  }
}
