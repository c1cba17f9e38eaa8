/**
 * The changes of sending a signed certificate: requested by a user, then delivered (the certificate becomes
 * `sent`) or refused for good by the recipient. Each returns the certificate's next revision.
 */
import type { Certificate } from './certificate.js';

export function requestSending(
  certificate: Certificate,
  request: { readonly recipientId: string; readonly at: string; readonly by: string },
): Certificate {
  return {
    ...certificate,
    revision: certificate.revision + 1,
    updatedAt: request.at,
    sending: { recipientId: request.recipientId, requestedAt: request.at, requestedBy: request.by, state: 'pending' },
  };
}

/** The recipient acknowledged the certificate; a certificate revoked or replaced meanwhile keeps that status. */
export function sendingDelivered(certificate: Certificate, at: string): Certificate {
  const { sending } = certificate;
  if (sending === undefined) throw new Error(`Certificate ${certificate.id} was never sent`);
  return {
    ...certificate,
    status: certificate.status === 'signed' ? 'sent' : certificate.status,
    revision: certificate.revision + 1,
    updatedAt: at,
    sending: { ...withoutOutcome(sending), state: 'delivered', deliveredAt: at },
  };
}

/** The recipient refused the certificate in a way a retry cannot change; the user may send it again. */
export function sendingFailed(certificate: Certificate, at: string, error: string): Certificate {
  const { sending } = certificate;
  if (sending === undefined) throw new Error(`Certificate ${certificate.id} was never sent`);
  return {
    ...certificate,
    revision: certificate.revision + 1,
    updatedAt: at,
    sending: { ...withoutOutcome(sending), state: 'failed', failedAt: at, error },
  };
}

function withoutOutcome(sending: NonNullable<Certificate['sending']>) {
  const { deliveredAt: _delivered, failedAt: _failed, error: _error, ...request } = sending;
  return request;
}
