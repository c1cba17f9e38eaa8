import { useCallback, useEffect, useRef, useState } from 'react';
import { listSearch, listsApi, type CertificateListItem, type CertificateListQuery } from '../api/certificate-lists.js';

/** How many rows a list shows at a time. */
export const PAGE_SIZE = 25;

export interface CertificateList {
  /** Undefined until the first page is in. */
  readonly items: readonly CertificateListItem[] | undefined;
  /** How many the filter covers in all; undefined while unknown (the list works without it). */
  readonly total: number | undefined;
  readonly hasMore: boolean;
  readonly loading: boolean;
  readonly error: unknown;
  /** Appends the next page. */
  readonly loadMore: () => void;
}

/** What came back for one query string; a state for another query is stale and shown as loading. */
interface Loaded {
  readonly search: string;
  readonly items: readonly CertificateListItem[] | undefined;
  readonly cursor: string | null;
  readonly total: number | undefined;
  readonly loading: boolean;
  readonly error: unknown;
}

/**
 * A list of the unit's certificates for `query`, a page at a time (the API's cursor), with the total from the
 * count route asked at the same time. A new query starts over; answers to an older one are dropped.
 */
export function useCertificateList(query: CertificateListQuery, pageSize = PAGE_SIZE): CertificateList {
  const { sort: _sort, order: _order, cursor: _cursor, limit: _limit, ...filter } = query;
  const search = listSearch({ ...query, cursor: undefined, limit: pageSize }).toString();
  const countSearch = listSearch(filter).toString();
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const latest = useRef(search);
  useEffect(() => {
    latest.current = search;
  }, [search]);

  /** Applies a change to the state of `forSearch`, unless the query has moved on meanwhile. */
  const update = useCallback(
    (forSearch: string, change: (state: Loaded) => Loaded) =>
      setLoaded((state) => {
        if (latest.current !== forSearch) return state;
        return change(state?.search === forSearch ? state : fresh(forSearch));
      }),
    [],
  );

  useEffect(() => {
    listsApi.list(search).then(
      (page) => update(search, (s) => ({ ...s, items: page.items, cursor: page.nextCursor, loading: false })),
      (error: unknown) => update(search, (s) => ({ ...s, error, loading: false })),
    );
    listsApi.count(countSearch).then(
      (total) => update(search, (s) => ({ ...s, total })),
      // The total is a convenience: without it the list still pages on.
      () => undefined,
    );
  }, [search, countSearch, update]);

  const state = loaded?.search === search ? loaded : fresh(search);
  const { cursor } = state;
  const loadMore = useCallback(() => {
    if (cursor === null) return;
    update(search, (s) => ({ ...s, loading: true, error: undefined }));
    const next = new URLSearchParams(search);
    next.set('cursor', cursor);
    listsApi.list(next).then(
      (page) =>
        update(search, (s) => ({
          ...s,
          items: [...(s.items ?? []), ...page.items],
          cursor: page.nextCursor,
          loading: false,
        })),
      (error: unknown) => update(search, (s) => ({ ...s, error, loading: false })),
    );
  }, [cursor, search, update]);

  return {
    items: state.items,
    total: state.total,
    hasMore: state.cursor !== null,
    loading: state.loading,
    error: state.error,
    loadMore,
  };
}

const fresh = (search: string): Loaded => ({
  search,
  items: undefined,
  cursor: null,
  total: undefined,
  loading: true,
  error: undefined,
});
