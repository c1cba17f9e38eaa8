/**
 * The unit's certificate lists (`GET /api/certificates` with filters, sorting and cursors), their counts for the
 * navigation (`GET /api/certificates/count`), the people the author and signer filters offer
 * (`GET /api/certificates/issuers`), and one patient from the population registry (`GET /api/patients/{id}`).
 */
import type { CertificateStatus } from '@intyg/core';
import { request } from './client.js';
import type { CertificateResponse, Page, Patient } from './types.js';

export const CERTIFICATE_SORTS = ['updated', 'created', 'signed', 'type'] as const;
export type CertificateSort = (typeof CERTIFICATE_SORTS)[number];

/** What a list or count covers, as the API takes it; dates are Stockholm days (YYYY-MM-DD), inclusive. */
export interface CertificateFilterQuery {
  readonly statuses?: readonly CertificateStatus[];
  readonly type?: string;
  readonly patientId?: string;
  readonly createdBy?: string;
  readonly signedBy?: string;
  readonly readyForSign?: boolean;
  readonly changedFrom?: string;
  readonly changedTo?: string;
  readonly signedFrom?: string;
  readonly signedTo?: string;
}

export interface CertificateListQuery extends CertificateFilterQuery {
  readonly sort?: CertificateSort;
  readonly order?: 'asc' | 'desc';
  readonly limit?: number;
  readonly cursor?: string;
}

/** A row of a list: a certificate as the API lists it, its patient redacted alike, without actions or validation. */
export type CertificateListItem = Omit<CertificateResponse, 'actions' | 'validation' | 'warnings' | 'relations'>;

export interface Issuer {
  readonly userId: string;
  readonly name: string;
}

export interface Issuers {
  readonly creators: readonly Issuer[];
  readonly signers: readonly Issuer[];
}

/** The query string of a list or count: only what is set, statuses comma-separated, in a stable order. */
export function listSearch(query: CertificateListQuery): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === '') continue;
    if (key === 'statuses') {
      const statuses = value as readonly string[];
      if (statuses.length > 0) search.set('status', statuses.join(','));
    } else search.set(key, String(value));
  }
  return search;
}

/** Each list call takes its query string (`listSearch`), which is also what tells one query from another. */
export const listsApi = {
  list: (search: URLSearchParams | string) => request<Page<CertificateListItem>>('GET', `/api/certificates?${search}`),
  count: async (search: URLSearchParams | string) =>
    (await request<{ count: number }>('GET', `/api/certificates/count?${search}`)).count,
  issuers: () => request<Issuers>('GET', '/api/certificates/issuers'),
  patient: (personId: string) => request<Patient>('GET', `/api/patients/${encodeURIComponent(personId)}`),
};
