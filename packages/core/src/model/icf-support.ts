/**
 * The ICF codes FMB offers for the diagnoses entered (domain.md §6.2): what questions 35 and 17 (kind `icf`)
 * let the doctor pick from. The reference data computes it and `GET /api/icf` returns it as it is; the web's
 * ICF picker reads it.
 */
import type { IcfAspect } from './element.js';

export type IcfKind = 'central' | 'complementary';

export interface IcfCode {
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly includes: string | null;
  readonly kind: IcfKind;
}

/** One entered diagnosis FMB knows: its code as entered, FMB's heading, and its codes. */
export interface IcfForDiagnosis {
  readonly code: string;
  readonly title: string;
  readonly central: readonly IcfCode[];
  readonly complementary: readonly IcfCode[];
}

export interface IcfGroups {
  /** Codes FMB lists for every one of the entered diagnoses that it has data for (only with two or more). */
  readonly common: readonly IcfCode[];
  readonly perDiagnosis: readonly IcfForDiagnosis[];
}

/** Per aspect: b-codes for functional impairment (35), mostly d-codes for activity limitation (17). */
export type IcfSupport = { readonly [aspect in IcfAspect]: IcfGroups };
