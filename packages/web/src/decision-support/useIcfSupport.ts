import type { IcfAspect, IcfCode, IcfGroups, IcfSupport } from '@intyg/core';
import { decisionSupportApi } from '../api/decision-support.js';
import { memoizeAsync, useDebounced, useLoaded, type Loaded } from './async.js';

/** The ICF route takes at most three diagnoses, as many as the Försäkringskassan types have rows. */
const MAX_DIAGNOSES = 3;
/** Diagnosis codes change with every key typed; ask once the code has settled. */
const SETTLE_MS = 300;

const loadIcfSupport = memoizeAsync((key: string) => decisionSupportApi.icf(key.split(',')));

/**
 * The ICF codes FMB offers for the entered ICD-10-SE codes (both aspects, one request per set of codes, shared
 * by every ICF question of the form); `idle` when no code is entered.
 */
export function useIcfSupport(icdCodes: readonly string[]): Loaded<IcfSupport> {
  const key = icdCodes.length === 0 ? undefined : icdCodes.slice(0, MAX_DIAGNOSES).join(',');
  return useLoaded(useDebounced(key, SETTLE_MS), loadIcfSupport);
}

/** The groups of one question's aspect. */
export const icfGroupsOf = (support: IcfSupport, aspect: IcfAspect): IcfGroups => support[aspect];

/** Every code the groups offer, once each, in display order (common first, then per diagnosis). */
export function offeredIcfCodes(groups: IcfGroups): IcfCode[] {
  const all = [
    ...groups.common,
    ...groups.perDiagnosis.flatMap((diagnosis) => [...diagnosis.central, ...diagnosis.complementary]),
  ];
  return all.filter((code, index) => all.findIndex((other) => other.code === code.code) === index);
}
