import { createRequire } from 'node:module';
import type { Answers, Certificate, IssuerRef } from '@intyg/core';

// RFC 8785 by its author's reference implementation; CommonJS whose typings claim an ES default export.
const canonicalize = createRequire(import.meta.url)('canonicalize') as (input: unknown) => string | undefined;

/**
 * What a signature covers: the certificate's identity, patient, unit, signer, time and
 * the answers as signed. Serialised as RFC 8785 canonical JSON, so anyone can rebuild the
 * exact bytes from a stored certificate and check the signature.
 */
export interface SignedContent {
  readonly certificateId: string;
  readonly type: string;
  readonly version: string;
  readonly patient: Certificate['patient'];
  readonly unit: Certificate['unit'];
  readonly signedBy: IssuerRef;
  readonly signedAt: string;
  readonly answers: Answers;
}

export function signedContentOf(
  certificate: Pick<Certificate, 'id' | 'type' | 'version' | 'patient' | 'unit'>,
  signedBy: IssuerRef,
  signedAt: string,
  answers: Answers,
): SignedContent {
  return {
    certificateId: certificate.id,
    type: certificate.type,
    version: certificate.version,
    patient: certificate.patient,
    unit: certificate.unit,
    signedBy,
    signedAt,
    answers,
  };
}

export function canonicalBytes(content: SignedContent): Uint8Array {
  const text = canonicalize(content);
  if (text === undefined) throw new Error('Signed content cannot be canonicalised');
  return new TextEncoder().encode(text);
}
