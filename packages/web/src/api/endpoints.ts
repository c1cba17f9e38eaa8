import type { Answers, CertificateModel } from '@intyg/core';
import { itemsOf, request } from './client.js';
import type { CertificateResponse, CertificateTypeSummary, Patient, TestUser, User } from './types.js';

/** One function per route of the HTTP API (docs/architecture.md). */
export const api = {
  testUsers: async (): Promise<TestUser[]> => itemsOf<TestUser>(await request('GET', '/api/dev/users')),
  login: async (userId: string): Promise<User> =>
    (await request<{ user: User }>('POST', '/api/dev/login', { userId })).user,
  logout: (): Promise<void> => request('POST', '/api/logout'),
  me: async (): Promise<User> => (await request<{ user: User }>('GET', '/api/me')).user,
  patients: async (): Promise<Patient[]> => itemsOf<Patient>(await request('GET', '/api/patients')),
  certificateTypes: async (): Promise<CertificateTypeSummary[]> =>
    itemsOf<CertificateTypeSummary>(await request('GET', '/api/certificate-types')),
  model: (type: string, version: string): Promise<CertificateModel> =>
    request('GET', `/api/certificate-types/${encodeURIComponent(type)}/${encodeURIComponent(version)}`),
  certificates: async (): Promise<CertificateResponse[]> =>
    itemsOf<CertificateResponse>(await request('GET', '/api/certificates?limit=50')),
  certificate: (id: string): Promise<CertificateResponse> =>
    request('GET', `/api/certificates/${encodeURIComponent(id)}`),
  /** The model the certificate is written in, asked for with the certificate rather than after it. */
  certificateModel: (id: string): Promise<CertificateModel> =>
    request('GET', `/api/certificates/${encodeURIComponent(id)}/model`),
  createCertificate: (type: string, patientId: string): Promise<CertificateResponse> =>
    request('POST', '/api/certificates', { type, patientId }),
  saveCertificate: (id: string, revision: number, answers: Answers): Promise<CertificateResponse> =>
    request('PUT', `/api/certificates/${encodeURIComponent(id)}`, { revision, answers }),
  signCertificate: (id: string, revision: number): Promise<CertificateResponse> =>
    request('POST', `/api/certificates/${encodeURIComponent(id)}/sign`, { revision }),
  readyForSign: (id: string, revision: number): Promise<CertificateResponse> =>
    request('POST', `/api/certificates/${encodeURIComponent(id)}/ready-for-sign`, { revision }),
};
