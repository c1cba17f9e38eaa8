import { useT } from '../i18n/i18n.js';

/**
 * "Skriv ut": the certificate's PDF printout in a new tab (GET /api/certificates/{id}/pdf). A draft prints as
 * last saved, marked UTKAST; the server logs every print.
 */
export function PrintLink({ certificateId }: { certificateId: string }) {
  const t = useT();
  return (
    <a
      className="button button--secondary print-link"
      href={`/api/certificates/${encodeURIComponent(certificateId)}/pdf`}
      target="_blank"
      rel="noopener"
    >
      {t('print.link')}
      <span className="visually-hidden"> {t('print.newTab')}</span>
    </a>
  );
}
