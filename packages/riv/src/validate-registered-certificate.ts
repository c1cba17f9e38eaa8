/**
 * Validation of an imported certificate by the same rules as our own drafts: the answers' shape
 * (`parseAnswers`), then `validateCertificate` with today = the signing date, so date limits such
 * as "not after today" are judged as on the day it was signed, and the patient's birth date taken
 * from the person id (for "not before birth" limits).
 */
import { birthDateOfPersonId, compileModel, isValidDate, parseAnswers, validateCertificate } from '@intyg/core';
import type { CertificateModel, CompiledModel } from '@intyg/core';
import { messages, quote } from './messages.js';
import { rivError, type RivCertificate, type RivError } from './types.js';

const compiledModels = new WeakMap<CertificateModel, CompiledModel>();

/** One error per failed rule: rule id, element and field, and the Swedish message. Never throws. */
export function validateRegisteredCertificate(
  model: CertificateModel,
  certificate: RivCertificate,
): readonly RivError[] {
  const today = certificate.signedAt.slice(0, 10);
  if (!isValidDate(today)) return [rivError(messages.timestamp('intyg/signeringstidpunkt', certificate.signedAt))];
  let compiled = compiledModels.get(model);
  try {
    compiled ??= compileModel(model);
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    return [rivError(messages.brokenModel(model.typeCode, model.version, problem))];
  }
  compiledModels.set(model, compiled);

  const shape = parseAnswers(compiled, certificate.answers);
  if (!shape.ok) {
    return shape.problems.map((problem) =>
      rivError(
        `Svaret på ${quote(problem.elementId ?? problem.path)} har fel form (${problem.path}): ${problem.message}.`,
      ),
    );
  }
  const patientBirthDate = birthDateOfPersonId(certificate.patient.personId);
  const options = patientBirthDate === undefined ? { today } : { today, patientBirthDate };
  return validateCertificate(compiled, certificate.answers, options).map((error) =>
    rivError(`Regel '${error.ruleId}' för element '${error.elementId}', fält '${error.fieldId}': ${error.message.sv}`),
  );
}
