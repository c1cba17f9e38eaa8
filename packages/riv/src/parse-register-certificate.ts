/**
 * Import: a RegisterCertificate message (bare, or in a SOAP 1.1/1.2 envelope) → the model it is
 * written on and the certificate. Never throws: whatever is wrong becomes a RivError with a Swedish
 * text, all of them at once where reading can go on. A message that imports may still fail
 * validation; see `validateRegisteredCertificate`.
 */
import type { AnswerValue, CertificateModel } from '@intyg/core';
import { messages } from './messages.js';
import { NS_RESPONDER } from './namespaces.js';
import { readHeader, type Header } from './read-header.js';
import { readSvar } from './read-svar.js';
import { answersOfSvar } from './svar-to-answers.js';
import { transportPlan } from './transport-plan.js';
import { rivError, type ParsedRegisterCertificate, type RivCertificate } from './types.js';
import { childrenNamed, readRegisterCertificateElement } from './xml-reader.js';

export function parseRegisterCertificate(xml: string, models: readonly CertificateModel[]): ParsedRegisterCertificate {
  try {
    return parse(xml, models);
  } catch {
    // A bug of ours must still not escape as an exception to the caller; the tests keep this path unused.
    return { ok: false, errors: [rivError(messages.internal)] };
  }
}

function parse(xml: string, models: readonly CertificateModel[]): ParsedRegisterCertificate {
  const read = readRegisterCertificateElement(xml);
  if (!read.ok) return read;
  const errors: string[] = [];
  const failed = (): ParsedRegisterCertificate => ({ ok: false, errors: errors.map(rivError) });

  const intygElements = childrenNamed(read.element, NS_RESPONDER, 'intyg');
  const intyg = intygElements[0];
  if (intyg === undefined) {
    errors.push(messages.missing('RegisterCertificate/intyg'));
    return failed();
  }
  if (intygElements.length > 1) errors.push(messages.duplicate('RegisterCertificate/intyg'));

  const header = readHeader(intyg, errors);
  const model = chooseModel(header, models, errors);
  const svar = readSvar(intyg, errors);
  if (model === undefined) return failed();

  const plan = transportPlan(model);
  if (plan.problems.length > 0) {
    errors.push(...plan.problems.map((problem) => messages.brokenModel(header.typeCode, header.version, problem)));
    return failed();
  }
  const answers: Record<string, AnswerValue> = answersOfSvar(plan, svar, errors);
  if (plan.unitContact !== undefined) {
    const { postalAddress, postalCode, city, phone } = header.unit;
    answers[plan.unitContact.id] = { address: postalAddress, zipCode: postalCode, city, phone };
  }
  if (errors.length > 0) return failed();

  const certificate: RivCertificate = {
    id: header.id,
    version: header.version,
    signedAt: header.signedAt,
    ...(header.sentAt === undefined ? {} : { sentAt: header.sentAt }),
    patient: header.patient,
    issuer: header.issuer,
    unit: header.unit,
    answers,
  };
  return { ok: true, model, certificate };
}

/** The model with this type code (and code system) that reads this version. */
function chooseModel(
  header: Header,
  models: readonly CertificateModel[],
  errors: string[],
): CertificateModel | undefined {
  if (header.typeCode === '' || header.version === '') return undefined;
  const sameCode = models.filter((model) => (model.transport.typeCode ?? model.typeCode) === header.typeCode);
  if (sameCode.length === 0) {
    errors.push(messages.unknownType(header.typeCode, header.typeCodeSystem));
    return undefined;
  }
  const sameSystem = sameCode.filter((model) => model.transport.typeCodeSystem === header.typeCodeSystem);
  if (sameSystem.length === 0) {
    const expected = [...new Set(sameCode.map((model) => model.transport.typeCodeSystem))];
    errors.push(messages.wrongTypeCodeSystem(header.typeCode, header.typeCodeSystem, expected));
    return undefined;
  }
  const model = sameSystem.find((candidate) => candidate.transport.versions.includes(header.version));
  if (model === undefined) {
    const known = [...new Set(sameSystem.flatMap((candidate) => candidate.transport.versions))].sort();
    errors.push(messages.unknownVersion(header.typeCode, header.version, known));
  }
  return model;
}
