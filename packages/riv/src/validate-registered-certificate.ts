/**
 * Validation of an imported certificate by the same rules as our own drafts: the answers' shape
 * (`parseAnswers`), then `validateCertificate` with
 *
 * - today = the day the certificate is received (`options.today`, the receiving server's clock), as
 *   the national store judges it: date limits such as "not after today" are relative to that day, not
 *   to the signing date (Webcert's own test messages carry dates after their signing time);
 * - the patient's birth date taken from the person id (for "not before birth" limits);
 * - without the editor-only rules (`EDITOR_ONLY_RULE_IDS`): limits of Webcert's input fields that are no
 *   rule of the recipient's contract, so a certificate signed elsewhere is not rejected for them.
 */
import {
  EDITOR_ONLY_RULE_IDS,
  birthDateOfPersonId,
  compileModel,
  isValidDate,
  parseAnswers,
  validateCertificate,
} from '@intyg/core';
import type { CertificateModel, CompiledModel } from '@intyg/core';
import { messages, quote } from './messages.js';
import { rivError, type RivCertificate, type RivError } from './types.js';

export interface RegisteredValidationOptions {
  /** The date the certificate is received, YYYY-MM-DD (Europe/Stockholm). */
  readonly today: string;
}

const compiledModels = new WeakMap<CertificateModel, CompiledModel>();

/**
 * One error per failed rule: rule id, element and field, and the Swedish message. Never throws for
 * what the certificate holds; throws a RangeError when `options.today` is not a date (a caller's bug).
 */
export function validateRegisteredCertificate(
  model: CertificateModel,
  certificate: RivCertificate,
  options: RegisteredValidationOptions,
): readonly RivError[] {
  const { today } = options;
  if (!isValidDate(today)) throw new RangeError(`today must be a date YYYY-MM-DD, got '${today}'`);
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
  const validateOptions = patientBirthDate === undefined ? { today } : { today, patientBirthDate };
  return validateCertificate(compiled, certificate.answers, validateOptions)
    .filter((error) => !EDITOR_ONLY_RULE_IDS.includes(error.ruleId))
    .map((error) =>
      rivError(
        `Regel '${error.ruleId}' för element '${error.elementId}', fält '${error.fieldId}': ${error.message.sv}`,
      ),
    );
}
