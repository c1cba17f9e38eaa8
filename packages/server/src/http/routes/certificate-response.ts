import type { CertificateView } from '../../certificates/certificate-service.js';

/** A certificate as every route answers it: its fields, and the patient, actions, validation and warnings. */
export const toResponse = ({ certificate, patient, actions, validation, warnings, relations }: CertificateView) => ({
  ...certificate,
  patient,
  actions,
  validation,
  warnings,
  relations,
});
