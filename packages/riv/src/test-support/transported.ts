/**
 * What of a certificate's answers the transport format carries, in the form import gives them back:
 * the answers of visible elements whose mapping is not `none`, with diagnosis codes written without
 * dot and a row's code system left out when it is the element's default (the two mean the same).
 * Round-trip tests compare an import with this, so every loss is one named here.
 */
import { compileModel, normalizeDiagnosisCode, transportOf, visibleAnswers } from '@intyg/core';
import type { Answers, AnswerValue, CertificateModel, DiagnosisRow } from '@intyg/core';

export function transportedAnswers(model: CertificateModel, answers: Answers, today: string): Answers {
  const compiled = compileModel(model);
  const result: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(visibleAnswers(compiled, answers, today))) {
    const element = compiled.element(id);
    const mapping = element === undefined ? undefined : transportOf(element);
    if (element === undefined || mapping === undefined || mapping.kind === 'none') continue;
    if (element.kind === 'diagnoses' && Array.isArray(value)) {
      const defaultSystem = element.codeSystems[0]?.id;
      result[id] = (value as readonly DiagnosisRow[]).map(({ system, ...row }) => ({
        ...row,
        code: normalizeDiagnosisCode(row.code),
        ...(system === undefined || system === defaultSystem ? {} : { system }),
      }));
    } else {
      result[id] = value;
    }
  }
  return result;
}
