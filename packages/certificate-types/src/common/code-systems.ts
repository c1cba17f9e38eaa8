/**
 * National code systems the FK certificates use (domain.md §1.11, §1.3.a, §1.3.b).
 *
 * Codes are shared between versions; labels are not (e.g. KV_FKMU_0002.FORALDRALEDIG reads
 * "Föräldraledighet för vård av barn" in texts v1.2 and "Föräldraledighet" in FK7804 v2.0), so each
 * model supplies its own labels and only the code lists live here.
 */
import type { CodeOption, CodeSystemRef } from '@intyg/core';

/** Grund för medicinskt underlag. */
export const KV_FKMU_0001 = 'KV_FKMU_0001';
/** Sysselsättning. */
export const KV_FKMU_0002 = 'KV_FKMU_0002';
/** Nedsättning av arbetsförmåga (sick-leave grade). */
export const KV_FKMU_0003 = 'KV_FKMU_0003';
/** Arbetslivsinriktade åtgärder (LISJP v1 only). */
export const KV_FKMU_0004 = 'KV_FKMU_0004';
/** Prognos. */
export const KV_FKMU_0006 = 'KV_FKMU_0006';
/** Prognos: time until return to work (LISJP v1 only). */
export const KV_FKMU_0007 = 'KV_FKMU_0007';

/** The four sick-leave grades, lowest first, with their percentage of reduced working capacity. */
export const SICK_LEAVE_GRADES = [
  { id: 'EN_FJARDEDEL', percent: 25 },
  { id: 'HALFTEN', percent: 50 },
  { id: 'TRE_FJARDEDEL', percent: 75 },
  { id: 'HELT_NEDSATT', percent: 100 },
] as const;

export type SickLeaveGrade = (typeof SICK_LEAVE_GRADES)[number]['id'];

/** The grades below 100 %: a period with one of them is a partial sick leave. */
export const PARTIAL_GRADES: readonly SickLeaveGrade[] = ['EN_FJARDEDEL', 'HALFTEN', 'TRE_FJARDEDEL'];

export const SYSSELSATTNING_CODES = ['NUVARANDE_ARBETE', 'ARBETSSOKANDE', 'FORALDRALEDIG', 'STUDIER'] as const;

export const ATGARDER_V1_CODES = [
  'EJ_AKTUELLT',
  'ARBETSTRANING',
  'ARBETSANPASSNING',
  'SOKA_NYTT_ARBETE',
  'BESOK_ARBETSPLATS',
  'ERGONOMISK',
  'HJALPMEDEL',
  'KONFLIKTHANTERING',
  'KONTAKT_FHV',
  'OMFORDELNING',
  'OVRIGA_ATGARDER',
] as const;

export const PROGNOS_TIME_V1_CODES = [
  'TRETTIO_DGR',
  'SEXTIO_DGR',
  'NITTIO_DGR',
  'HUNDRAATTIO_DAGAR',
  'TREHUNDRASEXTIOFEM_DAGAR',
] as const;

/**
 * ICD-10-SE as LISJP v1 names it in the transport format (domain.md §1.3.a). The answer keeps the
 * stable id `ICD_10_SE` in every version; only the OID differs.
 */
export const ICD_10_SE_V1: CodeSystemRef = { id: 'ICD_10_SE', label: 'ICD-10-SE', oid: '1.2.752.116.1.1.1.1.3' };

/** ICD-10-SE as certificate-service names it (domain.md §1.11; the v1 OID is accepted there as deprecated). */
export const ICD_10_SE: CodeSystemRef = { id: 'ICD_10_SE', label: 'ICD-10-SE', oid: '1.2.752.116.1.1.1' };

/** KSH97-P, the primary-care version of ICD-10 (LISJP v1 only). */
export const KSH_97_P: CodeSystemRef = { id: 'KSH_97_P', label: 'KSH97-P', oid: '1.2.752.116.1.3.1.4.1' };

/** Options of `codeSystem` in the order of `codes`, each labelled by `labelOf(code)`. */
export function codeOptions(
  codeSystem: string,
  codes: readonly string[],
  labelOf: (code: string) => string,
): CodeOption[] {
  return codes.map((id) => ({ id, label: labelOf(id), codeSystem }));
}

/** The show/mandatory expression "any of these fields exists", as certificate-service's `showOrExist`. */
export function anyExists(fieldIds: readonly string[]): string {
  return fieldIds.map((id) => `exists($${id})`).join(' || ');
}

/** The expression "any of these fields is true/selected", as certificate-service's `mandatory(id, [...])`. */
export function anyOf(fieldIds: readonly string[]): string {
  return fieldIds.map((id) => `$${id}`).join(' || ');
}
