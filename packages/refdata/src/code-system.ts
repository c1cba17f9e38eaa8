/** The diagnosis code systems: the API's short names and the models' code-system ids. */
export const DIAGNOSIS_CODE_SYSTEMS = ['icd10se', 'ksh97p'] as const;
export type DiagnosisCodeSystem = (typeof DIAGNOSIS_CODE_SYSTEMS)[number];

/** Code-system ids as the certificate models name them (certificate-types/common/code-systems.ts). */
const MODEL_CODE_SYSTEM_IDS: Record<string, DiagnosisCodeSystem> = { ICD_10_SE: 'icd10se', KSH_97_P: 'ksh97p' };

export function codeSystemOfModelId(codeSystemId: string): DiagnosisCodeSystem | undefined {
  return MODEL_CODE_SYSTEM_IDS[codeSystemId];
}

export interface DiagnosisCode {
  /** Without the dot, as stored in answers: `F321`, `A083A`, KSH97-P `A02-P`. */
  readonly code: string;
  /** As people write it: `F32.1`. */
  readonly displayCode: string;
  readonly title: string;
  readonly codeSystem: DiagnosisCodeSystem;
  /** Other names the code is found by (KSH97-P synonyms). */
  readonly synonyms: readonly string[];
}

/** `F321` → `F32.1`; three-character codes and KSH97-P categories (`A02-P`) stay as they are. */
export function displayCodeOf(code: string): string {
  return /^[A-Z]\d{2}[0-9A-Z]/.test(code) ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}
