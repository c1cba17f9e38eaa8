import { describe, expect, it } from 'vitest';
import { listSearch } from '../api/certificate-lists.js';
import {
  activeFilterCount,
  DRAFT_FILTER,
  draftQuery,
  initialFilter,
  readFilter,
  SIGNED_FILTER,
  signedQuery,
  sortQuery,
  writeFilter,
  type DraftFilter,
  type SignedFilter,
} from './list-filters.js';

const drafts = (search: string) => readFilter(DRAFT_FILTER, new URLSearchParams(search));
const signed = (search: string) => readFilter(SIGNED_FILTER, new URLSearchParams(search));

describe('the lists’ filters in the address bar', () => {
  it('start from the defaults: drafts being written, newest change first; signed ones newest first', () => {
    expect(drafts('')).toEqual(initialFilter(DRAFT_FILTER));
    expect(initialFilter(DRAFT_FILTER)).toMatchObject({ state: '', ready: '', sort: 'updated-desc' });
    expect(initialFilter(SIGNED_FILTER)).toMatchObject({ sent: '', sort: 'signed-desc' });
  });

  it('read what they know and drop what is not valid', () => {
    expect(drafts('author=anna&ready=true&from=2025-10-01&patient=191212121212&sort=type-asc&other=x')).toEqual({
      ...initialFilter(DRAFT_FILTER),
      author: 'anna',
      ready: 'true',
      from: '2025-10-01',
      patient: '191212121212',
      sort: 'type-asc',
    });
    expect(drafts('ready=yes&from=1%20okt&patient=19121212-1212&sort=patient&state=gone')).toEqual(
      initialFilter(DRAFT_FILTER),
    );
    expect(signed('sent=notSent&signer=ajla&sort=signed-asc')).toMatchObject({
      sent: 'notSent',
      signer: 'ajla',
      sort: 'signed-asc',
    });
  });

  it('write only what differs from the defaults, and read back the same', () => {
    const filter: DraftFilter = { ...initialFilter(DRAFT_FILTER), type: 'lisjp', ready: 'false', to: '2025-10-31' };
    const search = writeFilter(DRAFT_FILTER, filter);
    expect(search.toString()).toBe('type=lisjp&ready=false&to=2025-10-31');
    expect(readFilter(DRAFT_FILTER, search)).toEqual(filter);
    expect(writeFilter(DRAFT_FILTER, initialFilter(DRAFT_FILTER)).toString()).toBe('');
    expect(activeFilterCount(DRAFT_FILTER, { ...filter, sort: 'created-asc' })).toBe(3);
  });
});

describe('the API query of a filter', () => {
  it('maps the drafts’ filter: statuses, author, readiness, changed days, patient and order', () => {
    expect(draftQuery(initialFilter(DRAFT_FILTER))).toEqual({ statuses: ['draft'], sort: 'updated', order: 'desc' });
    const filter = drafts(
      'author=anna&ready=true&state=all&from=2025-10-01&to=2025-10-31&patient=191212121212&type=lisjp',
    );
    expect(listSearch(draftQuery(filter)).toString()).toBe(
      'status=draft%2ClockedDraft&type=lisjp&createdBy=anna&readyForSign=true&changedFrom=2025-10-01' +
        '&changedTo=2025-10-31&patientId=191212121212&sort=updated&order=desc',
    );
    expect(draftQuery(drafts('ready=false&state=locked'))).toMatchObject({
      statuses: ['lockedDraft'],
      readyForSign: false,
    });
  });

  it('maps the signed list’s "sent or not" to statuses, and its signer and days', () => {
    expect(signedQuery(initialFilter(SIGNED_FILTER)).statuses).toEqual(['signed', 'sent', 'replaced', 'revoked']);
    expect(signedQuery(signed('sent=sent')).statuses).toEqual(['sent']);
    expect(signedQuery(signed('sent=notSent')).statuses).toEqual(['signed']);
    const filter: SignedFilter = { ...signed('signer=ajla&from=2025-10-01&to=2025-10-02&sort=type-asc') };
    expect(signedQuery(filter)).toEqual({
      statuses: ['signed', 'sent', 'replaced', 'revoked'],
      signedBy: 'ajla',
      signedFrom: '2025-10-01',
      signedTo: '2025-10-02',
      sort: 'type',
      order: 'asc',
    });
  });

  it('splits an order into column and direction', () => {
    expect(sortQuery('created-asc')).toEqual({ sort: 'created', order: 'asc' });
    expect(sortQuery('signed-desc')).toEqual({ sort: 'signed', order: 'desc' });
  });
});
