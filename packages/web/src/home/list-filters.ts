/**
 * The filters of the unit's lists as the page holds them (strings, as in the form and the address bar) and the
 * API query each gives. Filters live in the URL (`/drafts?author=anna&ready=true`), so that a list comes back as
 * it was after opening a certificate, and a filtered list can be linked to.
 */
import type { CertificateStatus } from '@intyg/core';
import type { CertificateListQuery, CertificateSort } from '../api/certificate-lists.js';

export const DRAFT_SORTS = ['updated-desc', 'updated-asc', 'created-desc', 'created-asc', 'type-asc'] as const;
export const SIGNED_SORTS = ['signed-desc', 'signed-asc', 'type-asc'] as const;
export type DraftSort = (typeof DRAFT_SORTS)[number];
export type SignedSort = (typeof SIGNED_SORTS)[number];

/** Which drafts: those still being written (the default), locked ones, or both. */
export const DRAFT_STATES = ['', 'locked', 'all'] as const;
/** Which signed certificates: all of them, those the recipient has, or those not sent. */
export const SENT_STATES = ['', 'sent', 'notSent'] as const;
/** Which drafts by readiness: all, those marked ready for signing, those not. */
export const READY_STATES = ['', 'true', 'false'] as const;

export interface DraftFilter {
  readonly type: string;
  /** User id of the author. */
  readonly author: string;
  readonly ready: (typeof READY_STATES)[number];
  readonly state: (typeof DRAFT_STATES)[number];
  /** Changed from and to, Stockholm days, inclusive. */
  readonly from: string;
  readonly to: string;
  /** 12 digits. */
  readonly patient: string;
  readonly sort: DraftSort;
}

export interface SignedFilter {
  readonly type: string;
  /** User id of the signer. */
  readonly signer: string;
  readonly sent: (typeof SENT_STATES)[number];
  /** Signed from and to, Stockholm days, inclusive. */
  readonly from: string;
  readonly to: string;
  readonly patient: string;
  readonly sort: SignedSort;
}

/** Per field: its default and which values the address bar may give it (anything else is the default). */
export type FilterSpec<F> = {
  readonly [K in keyof F]: { readonly initial: F[K]; readonly valid: (value: string) => boolean };
};

const any = () => true;
const oneOf =
  (values: readonly string[]) =>
  (value: string): boolean =>
    values.includes(value);
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const isPersonId = (value: string) => /^\d{12}$/.test(value);

export const DRAFT_FILTER: FilterSpec<DraftFilter> = {
  type: { initial: '', valid: any },
  author: { initial: '', valid: any },
  ready: { initial: '', valid: oneOf(READY_STATES) },
  state: { initial: '', valid: oneOf(DRAFT_STATES) },
  from: { initial: '', valid: isDay },
  to: { initial: '', valid: isDay },
  patient: { initial: '', valid: isPersonId },
  sort: { initial: 'updated-desc', valid: oneOf(DRAFT_SORTS) },
};

export const SIGNED_FILTER: FilterSpec<SignedFilter> = {
  type: { initial: '', valid: any },
  signer: { initial: '', valid: any },
  sent: { initial: '', valid: oneOf(SENT_STATES) },
  from: { initial: '', valid: isDay },
  to: { initial: '', valid: isDay },
  patient: { initial: '', valid: isPersonId },
  sort: { initial: 'signed-desc', valid: oneOf(SIGNED_SORTS) },
};

export function initialFilter<F>(spec: FilterSpec<F>): F {
  return Object.fromEntries(
    Object.entries(spec).map(([key, field]) => [key, (field as { initial: unknown }).initial]),
  ) as F;
}

/** The filter the address bar names; unknown parameters are ignored and invalid values fall back to defaults. */
export function readFilter<F>(spec: FilterSpec<F>, search: URLSearchParams): F {
  const entries = Object.entries(spec) as [string, { initial: unknown; valid: (value: string) => boolean }][];
  return Object.fromEntries(
    entries.map(([key, field]) => {
      const value = search.get(key);
      return [key, value !== null && value !== '' && field.valid(value) ? value : field.initial];
    }),
  ) as F;
}

/** The address bar's parameters for a filter: only what differs from the defaults. */
export function writeFilter<F>(spec: FilterSpec<F>, filter: F): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, field] of Object.entries(spec) as [keyof F & string, { initial: unknown }][]) {
    const value = filter[key];
    if (value !== field.initial && value !== '') search.set(key, String(value));
  }
  return search;
}

/** "updated-desc" → `{ sort: 'updated', order: 'desc' }`. */
export function sortQuery(sort: DraftSort | SignedSort): { sort: CertificateSort; order: 'asc' | 'desc' } {
  const [column, order] = sort.split('-') as [CertificateSort, 'asc' | 'desc'];
  return { sort: column, order };
}

const DRAFT_STATUSES: Record<DraftFilter['state'], CertificateStatus[]> = {
  '': ['draft'],
  locked: ['lockedDraft'],
  all: ['draft', 'lockedDraft'],
};

const SIGNED_STATUSES: Record<SignedFilter['sent'], CertificateStatus[]> = {
  '': ['signed', 'sent', 'replaced', 'revoked'],
  sent: ['sent'],
  notSent: ['signed'],
};

/** Only the fields that are set, so that the query string stays short and readable. */
function defined(query: Record<string, unknown>): CertificateListQuery {
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== ''),
  ) as CertificateListQuery;
}

export function draftQuery(filter: DraftFilter): CertificateListQuery {
  return defined({
    statuses: DRAFT_STATUSES[filter.state],
    type: filter.type,
    createdBy: filter.author,
    readyForSign: filter.ready === '' ? undefined : filter.ready === 'true',
    changedFrom: filter.from,
    changedTo: filter.to,
    patientId: filter.patient,
    ...sortQuery(filter.sort),
  });
}

export function signedQuery(filter: SignedFilter): CertificateListQuery {
  return defined({
    statuses: SIGNED_STATUSES[filter.sent],
    type: filter.type,
    signedBy: filter.signer,
    signedFrom: filter.from,
    signedTo: filter.to,
    patientId: filter.patient,
    ...sortQuery(filter.sort),
  });
}

/** How many filters differ from the defaults, sorting aside (the form's summary says so). */
export function activeFilterCount<F>(spec: FilterSpec<F>, filter: F): number {
  return [...writeFilter(spec, filter).keys()].filter((key) => key !== 'sort').length;
}
