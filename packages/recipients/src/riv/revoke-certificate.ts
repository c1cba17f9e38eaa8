/**
 * RevokeCertificate v2 at a recipient: marks the stored certificate revoked. OK; INFO when it already was;
 * ERROR (VALIDATION_ERROR) for a certificate this recipient does not have or whose patient differs.
 */
import { instantOfStockholmDateTime } from '@intyg/core';
import { parseRevokeCertificate, validationErrorResult, type RivResult } from '@intyg/riv';
import { refused, withReceipt, type ContractRequest, type ReceiverDeps } from './receiver.js';

export function revokeCertificate(deps: ReceiverDeps, request: ContractRequest): RivResult {
  return withReceipt(deps, 'RevokeCertificate', request, () => {
    const parsed = parseRevokeCertificate(request.xml);
    if (!parsed.ok) return { result: validationErrorResult(parsed.errors), certificateId: null };
    const revocation = parsed.value;
    const { recipient } = request;
    const certificateId = revocation.certificateId;
    const stored = deps.certificates.get(recipient.id, certificateId);
    if (stored === undefined) {
      return { result: refused(`Intyget '${certificateId}' är inte känt hos ${recipient.name}.`), certificateId };
    }
    if (stored.patientPersonId !== revocation.patientPersonId) {
      return { result: refused('Patientens person-id stämmer inte med intygets.'), certificateId };
    }
    const revokedAt = instantOfStockholmDateTime(revocation.revokedAt) ?? deps.now().toISOString();
    const outcome = deps.certificates.revoke(recipient.id, certificateId, revokedAt, revocation.reason ?? null);
    const result: RivResult =
      outcome === 'revoked' ? { resultCode: 'OK' } : { resultCode: 'INFO', resultText: 'Certificate already revoked' };
    return { result, certificateId };
  });
}
