import type { IcfSupport } from '@intyg/core';
import { request } from './client.js';

/**
 * The doctor's decision support over HTTP (server: http/routes/decision-support-routes.ts): diagnosis search,
 * FMB per diagnosis and the ICF codes FMB lists for the diagnoses (core's IcfSupport). Reference data, no
 * patient data.
 */

/** The search's code systems, as the API names them. */
export type DiagnosisCodeSystem = 'icd10se' | 'ksh97p';

export interface DiagnosisHit {
  /** Without a dot, as answers store it: "F321". */
  readonly code: string;
  /** As people write it: "F32.1". */
  readonly displayCode: string;
  readonly title: string;
  readonly codeSystem: DiagnosisCodeSystem;
}

export interface DiagnosisSearchResult {
  readonly items: readonly DiagnosisHit[];
  /** More codes matched than `limit`. */
  readonly more: boolean;
}

export interface FmbReference {
  readonly text: string;
  readonly uri: string;
}

/** `GET /api/fmb/{code}`: Socialstyrelsen's FMB for a code, its texts as plain text. */
export interface FmbInfo {
  readonly requestedCode: string;
  /** The requested code, or the parent FMB has a document for (`fallback`). */
  readonly matchedCode: string;
  readonly fallback: boolean;
  readonly diagnosisTitle: string | null;
  readonly heading: string;
  readonly relatedCodes: readonly { readonly code: string; readonly title: string }[];
  readonly generalInfo: string;
  readonly symptomPrognosisTreatment: string;
  readonly functionalImpairment: string;
  readonly activityLimitation: string;
  readonly rehabilitation: string;
  /** The typical cases' sentences (typfall), the longest recommendation first. */
  readonly workCapacity: readonly string[];
  readonly maxSickLeaveDays: number | null;
  /** The recommendation as FMB writes it, e.g. "2 veckor". */
  readonly maxSickLeaveSource: string | null;
  readonly references: readonly FmbReference[];
}

export const decisionSupportApi = {
  searchDiagnoses: (q: string, system: DiagnosisCodeSystem, limit = 10): Promise<DiagnosisSearchResult> =>
    request('GET', `/api/diagnoses?${new URLSearchParams({ q, system, limit: String(limit) }).toString()}`),
  /** Rejects with ApiError `FMB_NOT_FOUND` (404) when FMB has nothing for the code. */
  fmb: (code: string): Promise<FmbInfo> => request('GET', `/api/fmb/${encodeURIComponent(code)}`),
  /** 1–3 ICD-10-SE codes; codes FMB does not know are left out of the answer. */
  icf: (codes: readonly string[]): Promise<IcfSupport> =>
    request('GET', `/api/icf?${new URLSearchParams({ codes: codes.join(',') }).toString()}`),
};
