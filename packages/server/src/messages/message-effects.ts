/**
 * What the lifecycle does to messages (domain.md §2.2, §2.7): signing a complement answers and closes its
 * original's open requests for complement (KOMPLT), recording the complement; revoking a certificate handles
 * its open questions, and revoking a complement reopens the requests it had closed. Each change is written
 * with its event in one transaction, right after the signature or revocation it follows.
 */
import type { Certificate, Clock } from '@intyg/core';
import type { Store } from '@intyg/store';
import { handlingEvent } from './message-event.js';

export class MessageEffects {
  constructor(private readonly deps: { readonly store: Store; readonly clock: Clock }) {}

  /** The certificate was signed: when it complements another, that one's open KOMPLT are answered by it. */
  async signed(certificate: Certificate): Promise<void> {
    const { store } = this.deps;
    const original = (await store.listRelations(certificate.id)).find(
      (relation) => relation.direction === 'parent' && relation.kind === 'complements',
    );
    if (original === undefined) return;
    const at = certificate.signedAt ?? this.deps.clock.now();
    await store.messages.closeComplementRequests(original.certificateId, certificate.id, at, (message) =>
      handlingEvent(message, true, 'complemented', at, null, { complementId: certificate.id }),
    );
  }

  /** The certificate was revoked: its questions are handled; the requests it answered as a complement reopen. */
  async revoked(certificate: Certificate): Promise<void> {
    const { store } = this.deps;
    const at = certificate.revocation?.at ?? this.deps.clock.now();
    await store.messages.handleAllOf(certificate.id, at, (message) =>
      handlingEvent(message, true, 'revoked', at, null),
    );
    await store.messages.reopenComplementRequests(certificate.id, at, (message) =>
      handlingEvent(message, false, 'complementRevoked', at, null, { complementId: certificate.id }),
    );
  }
}
