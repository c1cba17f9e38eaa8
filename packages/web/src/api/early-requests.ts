import type { CertificateModel } from '@intyg/core';
import { api } from './endpoints.js';
import type { CertificateResponse } from './types.js';
import { sessionApi, type Me } from '../session/session-api.js';

/**
 * Requests the first screen needs, started as the script starts rather than after React's first render and the
 * session's answer: who is logged in and, when the address is a certificate's, the certificate and its model, all
 * three side by side. On a cold load they no longer wait for the script to render and then for one another
 * (issue 7: an interactive form within a second of the navigation).
 *
 * Each answer is taken once, by the first component that asks for it; later asks (a reload of the same page, a
 * login) fetch afresh, and so does a taker whose early certificate request failed. A request nobody takes (the
 * user was not logged in and is sent to the login page) is dropped, never an unhandled rejection.
 */
export interface CertificateWithModel {
  readonly certificate: CertificateResponse;
  readonly model: CertificateModel;
}

const CERTIFICATE_PATH = /^\/certificates\/([^/]+)$/;

let me: Promise<Me> | undefined;
let certificate: { readonly id: string; readonly answer: Promise<CertificateWithModel> } | undefined;

/**
 * The certificate and, at the same time, the model of its own version (a draft of an older version is shown by
 * that version): two requests side by side rather than one after the other.
 */
const certificateWithModel = async (id: string): Promise<CertificateWithModel> => {
  const model = api.certificateModel(id);
  model.catch(() => undefined); // Reported through the certificate's own failure, or below.
  const certificate = await api.certificate(id);
  return { certificate, model: await model };
};

const quiet = <T>(promise: Promise<T>): Promise<T> => {
  promise.catch(() => undefined);
  return promise;
};

/** Starts the requests for the page at `pathname`. Called once, before the first render. */
export function startEarlyRequests(pathname: string): void {
  me = quiet(sessionApi.me());
  const id = CERTIFICATE_PATH.exec(pathname)?.[1];
  if (id === undefined) return;
  let decoded: string;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    return; // Not an id the page can ask for either: it says so itself.
  }
  certificate = { id: decoded, answer: quiet(certificateWithModel(decoded)) };
}

/** The session, from the early request if it is still untaken, else asked now. */
export function takeMe(): Promise<Me> {
  const early = me;
  me = undefined;
  return early ?? sessionApi.me();
}

/** The certificate `id` with its model, from the early request if it was for `id` and is untaken, else asked now. */
export function takeCertificate(id: string): Promise<CertificateWithModel> {
  const early = certificate?.id === id ? certificate.answer : undefined;
  certificate = undefined;
  // A failed early request (sent before a login, say) is asked again: the user may have logged in since.
  return early?.catch(() => certificateWithModel(id)) ?? certificateWithModel(id);
}
