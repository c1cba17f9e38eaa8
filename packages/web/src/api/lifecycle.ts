/**
 * The lifecycle after signing (the sending and lifecycle routes, README "Sending, the recipients and the lifecycle
 * after signing"): send with the patient's consent, renew, replace, complement, copy, create a draft of another
 * type, revoke, and delete a draft.
 */
import type { CertificateStatus, RevocationReason, Sending } from '@intyg/core';
import { request } from './client.js';
import type { CertificateResponse } from './types.js';

/** What the doctor reads before sending: the recipient, and the model's notes that apply (some with a list). */
export interface SendConfirmation {
  readonly recipient: { readonly id: string; readonly name: string };
  readonly notes: readonly { readonly text: string; readonly items?: readonly string[] }[];
}

/** How the sending stands (GET …/sending): asking is not a logged read of the certificate. */
export interface SendingProgress {
  readonly revision: number;
  readonly status: CertificateStatus;
  readonly state: Sending['state'] | null;
}

/** The actions that answer with a new draft made from the certificate. */
export type NewDraftAction = 'renew' | 'replace' | 'complement' | 'copy';

const certificateUrl = (id: string) => `/api/certificates/${encodeURIComponent(id)}`;

export const lifecycleApi = {
  sendConfirmation: (id: string) => request<SendConfirmation>('GET', `${certificateUrl(id)}/send`),
  /** 202: the certificate with `sending.state: 'pending'`; it becomes `sent` once the recipient acknowledges it. */
  send: (id: string, revision: number) =>
    request<CertificateResponse>('POST', `${certificateUrl(id)}/send`, { revision, patientConsent: true }),
  sendingProgress: (id: string) => request<SendingProgress>('GET', `${certificateUrl(id)}/sending`),
  newDraft: (id: string, action: NewDraftAction) =>
    request<CertificateResponse>('POST', `${certificateUrl(id)}/${action}`),
  createDraftFrom: (id: string, type: string) =>
    request<CertificateResponse>('POST', `${certificateUrl(id)}/create-draft`, { type }),
  revoke: (id: string, revision: number, reason: RevocationReason, message: string) =>
    request<CertificateResponse>('POST', `${certificateUrl(id)}/revoke`, { revision, reason, message }),
  deleteDraft: (id: string, revision: number) =>
    request<void>('DELETE', `${certificateUrl(id)}?revision=${encodeURIComponent(String(revision))}`),
};
