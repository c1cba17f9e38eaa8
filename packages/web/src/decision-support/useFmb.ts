import { ApiError } from '../api/client.js';
import { decisionSupportApi, type FmbInfo } from '../api/decision-support.js';
import { memoizeAsync, useDebounced, useLoaded, type Loaded } from './async.js';

/** What FMB says about one entered code. */
export type FmbLookup =
  | { readonly code: string; readonly kind: 'found'; readonly info: FmbInfo }
  /** FMB has no document for the code nor for its parents; maybe for more precise codes under it (M54 → M54.5). */
  | { readonly code: string; readonly kind: 'none'; readonly moreSpecificCodes: readonly string[] }
  | { readonly code: string; readonly kind: 'failed' };

/** Diagnosis codes change with every key typed; look up once they have settled. */
const SETTLE_MS = 300;

const lookupCode = memoizeAsync(async (code: string): Promise<FmbLookup> => {
  try {
    return { code, kind: 'found', info: await decisionSupportApi.fmb(code) };
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'FMB_NOT_FOUND' || error.status === 400)) {
      return { code, kind: 'none', moreSpecificCodes: moreSpecificCodesOf(error.details) };
    }
    throw error;
  }
});

function moreSpecificCodesOf(details: unknown): string[] {
  const codes = (details as { moreSpecificCodes?: unknown } | undefined)?.moreSpecificCodes;
  return Array.isArray(codes) ? codes.filter((code): code is string => typeof code === 'string') : [];
}

// A failure of one code is shown at that code; the others still show.
const lookupCodes = (key: string): Promise<FmbLookup[]> =>
  Promise.all(key.split(',').map((code) => lookupCode(code).catch((): FmbLookup => ({ code, kind: 'failed' }))));

/** FMB for each entered ICD-10-SE code, in the order given; `idle` when there is none. */
export function useFmb(icdCodes: readonly string[]): Loaded<FmbLookup[]> {
  const key = icdCodes.length === 0 ? undefined : icdCodes.join(',');
  return useLoaded(useDebounced(key, SETTLE_MS), lookupCodes);
}
