import {
  normalizeDiagnosisCode,
  type AnswerValue,
  type CompiledModel,
  type DiagnosesElement,
  type DiagnosisRow,
} from '@intyg/core';
import type { DiagnosisCodeSystem } from '../api/decision-support.js';

/** The model's id of ICD-10-SE, the only code system FMB and the ICF support cover (domain.md §6.1). */
export const ICD_10_SE = 'ICD_10_SE';

const SEARCH_SYSTEMS: Readonly<Record<string, DiagnosisCodeSystem>> = { ICD_10_SE: 'icd10se', KSH_97_P: 'ksh97p' };

/** The diagnosis search's name of a model code system; undefined for one the search does not cover. */
export const searchSystemOf = (modelSystemId: string | undefined): DiagnosisCodeSystem | undefined =>
  modelSystemId === undefined ? undefined : SEARCH_SYSTEMS[modelSystemId];

/** An ICD-10 code of a form the server can look up (its pattern, without the dot): "F321", "M54", "S8250". */
const ICD_CODE = /^[A-Z]\d{2}[0-9A-Z]{0,3}$/;

/** "F321" → "F32.1", as people write ICD-10 codes; a code of three characters or fewer is left as it is. */
export const displayIcdCode = (code: string): string =>
  code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;

/** The rows of a diagnoses answer, read defensively. */
export const diagnosisRowsOf = (value: AnswerValue | undefined): readonly DiagnosisRow[] =>
  Array.isArray(value) ? (value as readonly DiagnosisRow[]) : [];

/** The code system a row uses: its own, else the element's default (the first). */
export const rowSystemOf = (element: DiagnosesElement, row: DiagnosisRow | undefined): string | undefined =>
  row?.system ?? element.codeSystems[0]?.id;

/** The diagnoses element FMB follows: the model's first one that offers ICD-10-SE. */
export function fmbDiagnosesElement(compiled: CompiledModel): DiagnosesElement | undefined {
  return compiled.elementsInOrder.find(
    (element): element is DiagnosesElement =>
      element.kind === 'diagnoses' && element.codeSystems.some((system) => system.id === ICD_10_SE),
  );
}

export interface EnteredDiagnoses {
  /** ICD-10-SE codes as FMB looks them up ("M545"), distinct, in row order. */
  readonly icdCodes: readonly string[];
  /** Whether codes were entered in another code system than ICD-10-SE (FMB has nothing for them). */
  readonly otherSystem: boolean;
}

/** What a diagnoses answer gives FMB and the ICF support; codes still being typed ("M5") are left out. */
export function enteredDiagnoses(element: DiagnosesElement, value: AnswerValue | undefined): EnteredDiagnoses {
  const icdCodes: string[] = [];
  let otherSystem = false;
  for (const row of diagnosisRowsOf(value)) {
    const code = normalizeDiagnosisCode(row.code ?? '');
    if (code === '') continue;
    if (rowSystemOf(element, row) !== ICD_10_SE) otherSystem = true;
    else if (ICD_CODE.test(code) && !icdCodes.includes(code)) icdCodes.push(code);
  }
  return { icdCodes, otherSystem };
}
