/**
 * RegisterCertificate v3 at a recipient: parsed and validated with @intyg/riv as care's own
 * /riv/RegisterCertificate/3 does (the model by type and version, its rules on the day of receipt, a real
 * personal or coordination number), refused when the recipient does not take the type, stored once per
 * certificate id. Answers as the contract does: OK when stored, INFO when already stored, ERROR with
 * VALIDATION_ERROR and every reason otherwise (permanent: the sender must not retry).
 */
import { certificateModels } from '@intyg/certificate-types';
import { birthDateOfPersonId, stockholmDate, type CertificateModel } from '@intyg/core';
import {
  parseRegisterCertificate,
  validateRegisteredCertificate,
  validationErrorResult,
  type RivError,
  type RivResult,
} from '@intyg/riv';
import type { SimulatedRecipient } from '../config.js';
import { withReceipt, type ContractRequest, type ReceiverDeps } from './receiver.js';

export function registerCertificate(deps: ReceiverDeps, request: ContractRequest): RivResult {
  return withReceipt(deps, 'RegisterCertificate', request, () => {
    const parsed = parseRegisterCertificate(request.xml, certificateModels);
    if (!parsed.ok) return { result: validationErrorResult(parsed.errors), certificateId: null };
    const { model, certificate } = parsed;
    const certificateId = certificate.id;
    const now = deps.now();
    const errors = takes(request.recipient, model)
      ? [
          ...personIdErrors(certificate.patient.personId),
          ...validateRegisteredCertificate(model, certificate, { today: stockholmDate(now) }),
        ]
      : [notTaken(request.recipient, model)];
    if (errors.length > 0) return { result: validationErrorResult(errors), certificateId };

    const outcome = deps.certificates.insert(
      {
        recipientId: request.recipient.id,
        certificateId,
        type: model.type,
        version: model.version,
        unitId: certificate.unit.unitId,
        unitName: certificate.unit.unitName,
        issuerName: certificate.issuer.fullName,
        patientPersonId: certificate.patient.personId,
        signedAt: certificate.signedAt,
        receivedAt: now.toISOString(),
      },
      request.xml,
    );
    const result: RivResult =
      outcome === 'stored' ? { resultCode: 'OK' } : { resultCode: 'INFO', resultText: 'Certificate already exists' };
    return { result, certificateId };
  });
}

function takes(recipient: SimulatedRecipient, model: CertificateModel): boolean {
  return recipient.types.includes(model.type) && model.recipient?.id === recipient.id;
}

function notTaken(recipient: SimulatedRecipient, model: CertificateModel): RivError {
  return {
    code: 'VALIDATION_ERROR',
    text:
      `${recipient.name} (${recipient.id}) tar inte emot ${model.name} (${model.type}); ` +
      `här tas ${recipient.types.join(', ')} emot.`,
  };
}

/** What the model does not cover: the patient's number must be a real personal or coordination number. */
function personIdErrors(personId: string): RivError[] {
  return birthDateOfPersonId(personId) !== undefined && luhnValid(personId.slice(2))
    ? []
    : [{ code: 'VALIDATION_ERROR', text: 'Patientens person-id är inte ett giltigt person- eller samordningsnummer.' }];
}

/** The check digit of YYMMDDNNNC (Luhn: every other digit from the first doubled). */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (const [index, char] of [...digits].entries()) {
    const product = Number(char) * (index % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 === 0;
}
