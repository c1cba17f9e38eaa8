/**
 * The sick-leave warnings of a draft (domain.md §6.1): guidance shown at the periods, never a validation
 * error, never blocking signing.
 *
 * - `fmb.sickLeaveLength`: the patient's sick-leave case at the care unit, with the draft's periods, is longer
 *   than the longest sick leave FMB recommends for the diagnoses entered; points to the motivation question.
 * - `sickLeave.longCase`: the case is longer than six months (day 181 onwards the rehabilitation chain judges
 *   work capacity against the labour market as a whole).
 */
import type { Answers, DiagnosisRow, SickLeavePeriod } from '../model/answers.js';
import type { CertificateModel } from '../model/certificate-model.js';
import type { MessageLevel } from '../model/element.js';
import type { LocalizedText } from '../validation/validation-error.js';
import { isDiagnosisRowList, isPeriodList } from '../validation/values.js';
import type { DayInterval } from './day-intervals.js';
import { sickLeaveCaseOf, type SickLeaveCertificate } from './sick-leave-case.js';

export const SICK_LEAVE_WARNING_IDS = ['fmb.sickLeaveLength', 'sickLeave.longCase'] as const;
export type SickLeaveWarningId = (typeof SICK_LEAVE_WARNING_IDS)[number];

/** A rule result shown where it applies: at `elementId`, with a link to `pointsTo` when there is something to do. */
export interface CertificateWarning {
  readonly ruleId: SickLeaveWarningId;
  readonly elementId: string;
  readonly level: MessageLevel;
  readonly message: LocalizedText;
  readonly pointsTo?: string;
}

/** FMB's recommendation: the longest sick leave of its typical cases for any of the codes. */
export interface SickLeaveRecommendation {
  readonly days: number;
  /** As FMB states it, e.g. "3 månader". */
  readonly source: string;
  /** The entered code the recommendation belongs to (ICD-10-SE, without dot). */
  readonly code: string;
}

/** The FMB lookup the warnings need; the reference-data package implements it. */
export interface SickLeaveRecommendations {
  longest(icd10Codes: readonly string[]): SickLeaveRecommendation | undefined;
}

/** Webcert's limit for the note on long sick leave: six months of the rehabilitation chain. */
export const LONG_SICK_LEAVE_DAYS = 180;
const ICD_10_SE = 'ICD_10_SE';

/** The periods of a certificate by its model's declaration; none when the model declares no sick leave. */
export function sickLeavePeriodsOf(model: CertificateModel, answers: Answers): DayInterval[] {
  if (model.sickLeave === undefined) return [];
  const periods = answers[model.sickLeave.periodsElementId];
  return isPeriodList(periods) ? periods.map(({ from, to }: SickLeavePeriod) => ({ from, to })) : [];
}

/** The ICD-10-SE codes entered, without dots; rows in another code system (KSH97-P) have no FMB support. */
export function icd10CodesOf(model: CertificateModel, answers: Answers): string[] {
  if (model.sickLeave === undefined) return [];
  const rows = answers[model.sickLeave.diagnosesElementId];
  if (!isDiagnosisRowList(rows)) return [];
  const defaultSystem = defaultCodeSystem(model, model.sickLeave.diagnosesElementId);
  return rows
    .filter((row: DiagnosisRow) => (row.system ?? defaultSystem) === ICD_10_SE && row.code.trim() !== '')
    .map((row) => row.code.trim().replace('.', '').toUpperCase());
}

export interface SickLeaveWarningInput {
  readonly model: CertificateModel;
  readonly draft: { readonly id: string; readonly answers: Answers };
  /** The patient's other sick-leave certificates at the unit (signed, not revoked), by their own models. */
  readonly others: readonly SickLeaveCertificate[];
  readonly recommendations: SickLeaveRecommendations;
}

export function sickLeaveWarnings(input: SickLeaveWarningInput): CertificateWarning[] {
  const { model, draft, others, recommendations } = input;
  const declaration = model.sickLeave;
  if (declaration === undefined) return [];
  const sickLeaveCase = sickLeaveCaseOf({ id: draft.id, periods: sickLeavePeriodsOf(model, draft.answers) }, others);
  if (sickLeaveCase === undefined) return [];
  const total = sickLeaveCase.days;
  const withEarlier = sickLeaveCase.certificateIds.length > 1;
  const warnings: CertificateWarning[] = [];

  if (declaration.fmbMotivationElementId !== undefined) {
    const recommendation = recommendations.longest(icd10CodesOf(model, draft.answers));
    if (recommendation !== undefined && total > recommendation.days) {
      warnings.push({
        ruleId: 'fmb.sickLeaveLength',
        elementId: declaration.periodsElementId,
        level: 'warning',
        message: fmbLengthMessage(total, recommendation, withEarlier),
        pointsTo: declaration.fmbMotivationElementId,
      });
    }
  }
  if (total > LONG_SICK_LEAVE_DAYS) {
    warnings.push({
      ruleId: 'sickLeave.longCase',
      elementId: declaration.periodsElementId,
      level: 'info',
      message: longCaseMessage(total),
    });
  }
  return warnings;
}

function defaultCodeSystem(model: CertificateModel, elementId: string): string | undefined {
  const stack = [...model.elements];
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (element.id === elementId) return element.kind === 'diagnoses' ? element.codeSystems[0]?.id : undefined;
    stack.push(...(element.children ?? []));
  }
  return undefined;
}

const displayCode = (code: string) => (code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code);

/** Webcert's texts, word for word in Swedish (FmbSjukfallServiceImpl). */
function fmbLengthMessage(total: number, r: SickLeaveRecommendation, withEarlier: boolean): LocalizedText {
  const code = displayCode(r.code);
  return withEarlier
    ? {
        sv:
          `Den totala sjukskrivningsperioden är ${total} dagar och därmed längre än FMBs rekommendation på ` +
          `${r.days} dagar (${r.source}) för diagnosen ${code}. Ange en motivering för att underlätta ` +
          'Försäkringskassans handläggning. Sjukskrivningsperioden är baserad på patientens sammanhängande intyg ' +
          'på denna vårdenhet.',
        en:
          `The total sick-leave period is ${total} days, longer than FMB's recommendation of ${r.days} days ` +
          `(${r.source}) for the diagnosis ${code}. Give a motivation to help Försäkringskassan handle the case. ` +
          "The period is based on the patient's consecutive certificates at this care unit.",
      }
    : {
        sv:
          `Den föreslagna sjukskrivningsperioden är längre än FMBs rekommendation på ${r.days} dagar ` +
          `(${r.source}) för diagnosen ${code}. Ange en motivering för att underlätta Försäkringskassans handläggning.`,
        en:
          `The proposed sick-leave period is longer than FMB's recommendation of ${r.days} days (${r.source}) ` +
          `for the diagnosis ${code}. Give a motivation to help Försäkringskassan handle the case.`,
      };
}

function longCaseMessage(total: number): LocalizedText {
  return {
    sv:
      `Patientens sjukfall är ${total} dagar, längre än sex månader. Från dag 181 bedöms arbetsförmågan i regel ` +
      'mot sådant arbete som normalt förekommer på arbetsmarknaden: beskriv hur sjukdomen påverkar förmågan till det.',
    en:
      `The patient's sick-leave case is ${total} days, longer than six months. From day 181, work capacity is ` +
      'usually judged against work normally found on the labour market: describe how the illness affects it.',
  };
}
