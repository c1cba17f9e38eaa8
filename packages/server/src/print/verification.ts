/**
 * The public check behind a printout's QR code: is this an issued certificate of ours, and is its
 * signature valid? Anyone may ask without logging in, so the answer carries the type, the signing day and
 * the signature's validity (and whether it was revoked) only: no patient, no unit, no answers. A draft
 * has no signature and is not issued: it is as unknown as an id that does not exist.
 */
import { stockholmDate } from '@intyg/core';
import type { Store } from '@intyg/store';
import type { ModelCatalog } from '../certificates/model-catalog.js';
import { signedContentOf } from '../signing/signed-content.js';
import type { Signer } from '../signing/signer.js';

export interface Verification {
  /** Type id, e.g. "lisjp". */
  readonly type: string;
  /** The type's name with its form id, e.g. "Läkarintyg för sjukpenning (FK 7804)". */
  readonly typeName: string;
  /** The signing day in Europe/Stockholm, YYYY-MM-DD. */
  readonly signedDate: string;
  /** The signature is ours and covers exactly the stored certificate. False when it has no signature of ours. */
  readonly signatureValid: boolean;
  /** The certificate was revoked (makulerat) after signing and no longer holds. */
  readonly revoked: boolean;
}

export interface VerificationDeps {
  readonly store: Store;
  readonly models: ModelCatalog;
  readonly signer: Signer;
}

/** The verification of an issued certificate; undefined for a draft or an unknown id. */
export async function verifyCertificate(deps: VerificationDeps, id: string): Promise<Verification | undefined> {
  const certificate = await deps.store.getIssuedCertificateForVerification(id);
  if (certificate === undefined || certificate.signedAt === null) return undefined;
  const { signature, signedBy, signedAt } = certificate;
  const model = deps.models.get(certificate.type, certificate.version)?.model;
  const name = model?.name ?? certificate.type;
  const signatureValid =
    signature !== null && signedBy !== null
      ? await deps.signer.verify(signature, signedContentOf(certificate, signedBy, signedAt, certificate.answers))
      : false;
  return {
    type: certificate.type,
    typeName: model?.formId ? `${name} (${model.formId})` : name,
    signedDate: stockholmDate(new Date(signedAt)),
    signatureValid,
    revoked: certificate.status === 'revoked',
  };
}
