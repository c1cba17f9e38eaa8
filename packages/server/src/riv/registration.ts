/**
 * Registration of certificates signed by other systems, as the national certificate store takes them
 * through RIV-TA RegisterCertificate v3: parse, validate by the same model rules as our own drafts, store
 * once. The answer is the contract's result: OK, INFO for a certificate already registered, or ERROR with
 * VALIDATION_ERROR and a text naming each failed rule. Nothing is stored unless the answer is OK.
 */
import { instantOfStockholmDateTime, type Certificate, type Clock, type IssuerRef } from '@intyg/core';
import {
  parseRegisterCertificate,
  validateRegisteredCertificate,
  validationErrorResult,
  type RivCertificate,
  type RivError,
  type RivResult,
} from '@intyg/riv';
import type { Store } from '@intyg/store';
import type { ModelCatalog } from '../certificates/model-catalog.js';
import { normalisePersonId } from '../patients/patient-registry.js';

export interface RegistrationResult extends RivResult {
  /** The registered certificate's id, when the request named one. */
  readonly certificateId?: string;
}

export class CertificateRegistration {
  constructor(private readonly deps: { readonly store: Store; readonly models: ModelCatalog; readonly clock: Clock }) {}

  async register(xml: string, systemId: string): Promise<RegistrationResult> {
    const parsed = parseRegisterCertificate(xml, this.deps.models.all());
    if (!parsed.ok) return validationFailure(parsed.errors);
    const { model, certificate } = parsed;

    // Judged as on the day it is received, by this server's clock, as the national store does.
    const today = this.deps.clock.today();
    const errors = [...headerErrors(certificate), ...validateRegisteredCertificate(model, certificate, { today })];
    const signedAt = instantOfStockholmDateTime(certificate.signedAt);
    if (signedAt === undefined) {
      errors.unshift({ code: 'VALIDATION_ERROR', text: `Ogiltig signeringstidpunkt '${certificate.signedAt}'.` });
    }
    if (errors.length > 0 || signedAt === undefined) return validationFailure(errors, certificate.id);

    const now = this.deps.clock.now();
    const issuer: IssuerRef = {
      userId: certificate.issuer.hsaId,
      hsaId: certificate.issuer.hsaId,
      name: certificate.issuer.fullName,
    };
    const { patient, unit } = certificate;
    const stored: Certificate = {
      id: certificate.id,
      type: model.type,
      version: model.version,
      status: 'signed',
      complete: true,
      readyForSign: false,
      revision: 1,
      patient: {
        personId: patient.personId,
        name: [patient.firstName, patient.middleName, patient.lastName].filter(Boolean).join(' '),
      },
      unit: {
        unitId: unit.unitId,
        unitName: unit.unitName,
        careProviderId: unit.careProviderId,
        careProviderName: unit.careProviderName,
      },
      createdBy: issuer,
      signedBy: issuer,
      answers: certificate.answers,
      createdAt: signedAt,
      updatedAt: now,
      signedAt,
      signature: null,
      registration: {
        system: systemId,
        transportVersion: certificate.version,
        registeredAt: now,
        header: {
          patient,
          issuer: certificate.issuer,
          unit,
          ...(certificate.sentAt ? { sentAt: certificate.sentAt } : {}),
        },
      },
    };
    const outcome = await this.deps.store.registerCertificate(stored, {
      type: 'registered',
      actorId: null,
      occurredAt: now,
      payload: { system: systemId, transportVersion: certificate.version },
    });
    return outcome === 'duplicate'
      ? { resultCode: 'INFO', resultText: 'Certificate already exists', certificateId: certificate.id }
      : { resultCode: 'OK', certificateId: certificate.id };
  }
}

/** What the model does not cover: the patient's identity number must be a real personal or coordination number. */
function headerErrors(certificate: RivCertificate): RivError[] {
  const errors: RivError[] = [];
  if (normalisePersonId(certificate.patient.personId) !== certificate.patient.personId) {
    errors.push({
      code: 'VALIDATION_ERROR',
      text: 'Patientens person-id är inte ett giltigt person- eller samordningsnummer.',
    });
  }
  return errors;
}

function validationFailure(errors: readonly RivError[], certificateId?: string): RegistrationResult {
  return { ...validationErrorResult(errors), ...(certificateId === undefined ? {} : { certificateId }) };
}
