/**
 * RIV-TA RevokeCertificate v2 (RevokeCertificateResponder_2.1.xsd): care tells the certificate store and the
 * recipient that a certificate is withdrawn. Request: meddelande? (the reason), skickatTidpunkt, intygs-id,
 * patientPerson-id, skickatAv (the care professional who revoked it, with their unit).
 */
import { ElementReader } from '../element-reader.js';
import { readHosPersonal } from '../read-hos-personal.js';
import type { RivCareProfessional } from '../types.js';
import { hosPersonalElement, iiElement, personIdElement } from '../xml-parts.js';
import { textElement } from '../xml-writer.js';
import {
  assertNonEmpty,
  assertPersonId,
  assertTimestamp,
  contractDocument,
  parseContract,
  type RivParsed,
} from './contract-document.js';
import { REVOKE_CERTIFICATE } from './contracts.js';
import { parseResultResponse, resultResponseXml, type ParsedResult, type RivResult } from './result.js';

export interface RivRevocation {
  /** `intygs-id/extension`. */
  readonly certificateId: string;
  /** `intygs-id/root`: the HSA id of the care unit that issued the certificate, as RegisterCertificate writes it. */
  readonly certificateUnitId: string;
  /** `patientPerson-id/extension`: personnummer or samordningsnummer, 12 digits. */
  readonly patientPersonId: string;
  /** `skickatTidpunkt`: when it was revoked, local date-time YYYY-MM-DDTHH:mm:ss (Europe/Stockholm). */
  readonly revokedAt: string;
  /** `skickatAv`. */
  readonly revokedBy: RivCareProfessional;
  /** `meddelande`: why. */
  readonly reason?: string;
}

/** The bare RevokeCertificate element. Throws a RangeError for input the XSD would refuse (a caller's bug). */
export function revokeCertificateXml(revocation: RivRevocation): string {
  assertNonEmpty('certificateId', revocation.certificateId);
  assertNonEmpty('certificateUnitId', revocation.certificateUnitId);
  assertPersonId('patientPersonId', revocation.patientPersonId);
  assertTimestamp('revokedAt', revocation.revokedAt);
  assertNonEmpty('revokedBy.hsaId', revocation.revokedBy.hsaId);
  return contractDocument(REVOKE_CERTIFICATE, [
    textElement('ns2:meddelande', revocation.reason || undefined),
    textElement('ns2:skickatTidpunkt', revocation.revokedAt),
    iiElement('ns2:intygs-id', revocation.certificateUnitId, revocation.certificateId),
    personIdElement('ns2:patientPerson-id', revocation.patientPersonId),
    hosPersonalElement('ns2:skickatAv', revocation.revokedBy),
  ]);
}

const CHILDREN = ['meddelande', 'skickatTidpunkt', 'intygs-id', 'patientPerson-id', 'skickatAv'];

/** A RevokeCertificate request (bare or in a SOAP envelope); never throws. */
export function parseRevokeCertificate(xml: unknown): RivParsed<RivRevocation> {
  return parseContract(xml, REVOKE_CERTIFICATE, (request, errors) => {
    const r = new ElementReader(errors, REVOKE_CERTIFICATE.namespace);
    r.onlyKnownChildren(request, 'RevokeCertificate', CHILDREN);
    const reason = r.text(request, 'meddelande', 'RevokeCertificate/meddelande', { optional: true });
    const revokedAt = r.timestamp(request, 'skickatTidpunkt', 'RevokeCertificate/skickatTidpunkt', false) ?? '';
    const certificate = r.ii(request, 'intygs-id', 'RevokeCertificate/intygs-id');
    const patientPersonId = r.personId(request, 'patientPerson-id', 'RevokeCertificate/patientPerson-id');
    const skickatAv = r.one(request, 'skickatAv', 'RevokeCertificate/skickatAv');
    const revokedBy = readHosPersonal(new ElementReader(errors), skickatAv, 'RevokeCertificate/skickatAv');
    return {
      certificateId: certificate.extension,
      certificateUnitId: certificate.root,
      patientPersonId,
      revokedAt,
      revokedBy,
      ...(reason ? { reason } : {}),
    };
  });
}

export function revokeCertificateResponseXml(result: RivResult): string {
  return resultResponseXml(REVOKE_CERTIFICATE, result);
}

export function parseRevokeCertificateResponse(xml: unknown): ParsedResult {
  return parseResultResponse(xml, REVOKE_CERTIFICATE);
}
