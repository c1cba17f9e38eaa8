import { shownStatus } from '@intyg/core';
import type { CertificateView } from '../../certificates/certificate-service.js';

/** A certificate as every route answers it: its fields, and the patient, actions, validation and warnings. */
export const toResponse = ({ certificate, patient, actions, validation, warnings, relations }: CertificateView) => ({
  ...certificate,
  // As the lists show it: a replaced certificate is stored as signed or sent.
  status: shownStatus(certificate.status, relations),
  patient,
  actions,
  validation,
  warnings,
  relations,
});
