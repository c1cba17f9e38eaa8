export { loadReferenceData, DiagnosisCodes, DEFAULT_DATA_DIR, type ReferenceData } from './reference-data.js';
export {
  DIAGNOSIS_CODE_SYSTEMS,
  codeSystemOfModelId,
  displayCodeOf,
  type DiagnosisCode,
  type DiagnosisCodeSystem,
} from './code-system.js';
export { MATCH_RANKS, type DiagnosisSearchResult } from './diagnosis-index.js';
export type { FmbDocument, FmbMatch, SickLeaveRecommendation, TypicalCase } from './fmb.js';
export type { IcfCode, IcfForDiagnosis, IcfGroups, IcfSupport } from './icf-support.js';
export type { IcdClassification, CodeRange } from './classification.js';
export { foldText, normalizeCode } from './fold.js';
