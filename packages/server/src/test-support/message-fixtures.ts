/**
 * What the message tests share: a certificate sent to Försäkringskassan through the outbox, and messages from
 * Försäkringskassan as RIV-TA SendMessageToCare v2, posted to care's /riv/ route with its system key.
 */
import { sendMessageToCareXml, type RivMessageToCare } from '@intyg/riv';
import type { Answers } from '@intyg/core';
import { DEMO_RECIPIENT_SYSTEMS } from '../config.js';
import { resultOf } from './riv-result.js';
import { json, LISJP, type TestApp } from './test-app.js';

export const FKASSA_KEY = DEMO_RECIPIENT_SYSTEMS.find((system) => system.id === 'FKASSA')!.apiKey;
export const TRANSP_KEY = DEMO_RECIPIENT_SYSTEMS.find((system) => system.id === 'TRANSP')!.apiKey;

export interface CertificateBody {
  id: string;
  type: string;
  revision: number;
  status: string;
  unit: { unitId: string };
  patient: { personId: string; name: string | null };
  relations: { kind: string; direction: string; certificateId: string }[];
  actions: { id: string; allowed: boolean; reasons: { code: string }[] }[];
}

/** A message from Försäkringskassan about the certificate: a question about contact unless told otherwise. */
export function fromFk(certificate: CertificateBody, overrides: Partial<RivMessageToCare> = {}): RivMessageToCare {
  return {
    messageId: crypto.randomUUID(),
    referenceId: 'FK-REF-1',
    sentAt: '2025-10-01T09:00:00',
    certificateId: certificate.id,
    certificateUnitId: certificate.unit.unitId,
    patientPersonId: certificate.patient.personId,
    logicalAddress: certificate.unit.unitId,
    subject: 'KONTKT',
    heading: 'Kontakt önskas',
    text: 'Ring handläggaren.',
    sentBy: { party: 'FKASSA', partyName: 'Försäkringskassan', contactInfo: ['Handläggare Åsa, 0771-524 524'] },
    complements: [],
    ...overrides,
  };
}

/** A request for complement (KOMPLT) of questions 1 and 35. */
export function complementRequest(certificate: CertificateBody, overrides: Partial<RivMessageToCare> = {}) {
  return fromFk(certificate, {
    subject: 'KOMPLT',
    heading: 'Komplettering',
    text: 'Vi behöver mer underlag.',
    complements: [
      { questionId: '1', text: 'Ange grunden för bedömningen.' },
      { questionId: '35', text: 'Beskriv funktionsnedsättningen närmare.' },
    ],
    lastReplyDate: '2025-10-20',
    ...overrides,
  });
}

/** Posts a SendMessageToCare document (a message, or any text) as a system with `key`. */
export async function postToCare(t: TestApp, message: RivMessageToCare | string, key = FKASSA_KEY) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/riv/SendMessageToCare/2',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'text/xml; charset=utf-8' },
    payload: typeof message === 'string' ? message : sendMessageToCareXml(message),
  });
  return { status: response.statusCode, body: response.body };
}

/** Posts a message that must be accepted. */
export async function receive(t: TestApp, message: RivMessageToCare): Promise<void> {
  const { status, body } = await postToCare(t, message);
  if (status !== 200 || resultOf(body).resultCode !== 'OK') throw new Error(`Not received: ${status} ${body}`);
}

/** A lisjp the doctor (`cookie`) signs and sends; delivered to the test recipient by the outbox worker. */
export async function sentCertificate(
  t: TestApp,
  cookie: string,
  { patientId = '191212121212', answers = LISJP.minimal }: { patientId?: string; answers?: Answers } = {},
): Promise<CertificateBody> {
  const call = (method: 'POST' | 'PUT' | 'GET', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const created = json<CertificateBody>(await call('POST', '/api/certificates', { type: 'lisjp', patientId }));
  const saved = json<CertificateBody>(
    await call('PUT', `/api/certificates/${created.id}`, { revision: created.revision, answers }),
  );
  const signed = json<CertificateBody>(
    await call('POST', `/api/certificates/${created.id}/sign`, { revision: saved.revision }),
  );
  await call('POST', `/api/certificates/${created.id}/send`, { revision: signed.revision, patientConsent: true });
  await t.app.deliveryWorker.runOnce();
  const sent = json<CertificateBody>(await call('GET', `/api/certificates/${created.id}`));
  if (sent.status !== 'sent') throw new Error(`The certificate was not sent: ${sent.status}`);
  return sent;
}
