import { mayHideOnPrint, stockholmDate, visibleAnswers, type CompiledModel } from '@intyg/core';
import type { CertificateResponse } from '../api/types.js';
import { useT } from '../i18n/i18n.js';

/**
 * Whether the printout may leave out what the model lets the patient hide (the employer certificates'
 * diagnosis), decided as the server's printout decides it: the answers as last saved or signed, as visible on
 * the signing day (or the last change of a draft).
 */
export function mayPrintWithoutDiagnosis(compiled: CompiledModel, certificate: CertificateResponse): boolean {
  const today = stockholmDate(new Date(certificate.signedAt ?? certificate.updatedAt));
  return mayHideOnPrint(compiled, visibleAnswers(compiled, certificate.answers, today), today);
}

/**
 * "Skriv ut": the certificate's PDF printout in a new tab (GET /api/certificates/{id}/pdf). A draft prints as
 * last saved, marked UTKAST; the server logs every print. Where the model's print options apply to the
 * answers, "Skriv ut utan diagnos" beside it prints the same without the diagnosis (`?hideDiagnosis=true`).
 */
export function PrintLink({ certificate, compiled }: { certificate: CertificateResponse; compiled: CompiledModel }) {
  const t = useT();
  const href = `/api/certificates/${encodeURIComponent(certificate.id)}/pdf`;
  const link = (url: string, label: string) => (
    <a className="button button--secondary print-link" href={url} target="_blank" rel="noopener">
      {label}
      <span className="visually-hidden"> {t('print.newTab')}</span>
    </a>
  );
  return (
    <>
      {link(href, t('print.link'))}
      {mayPrintWithoutDiagnosis(compiled, certificate) && link(`${href}?hideDiagnosis=true`, t('print.hideDiagnosis'))}
    </>
  );
}
