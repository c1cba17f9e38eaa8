import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CertificateListItem } from '../api/certificate-lists.js';
import { formatInstant, statusLabel } from '../format.js';
import { useI18n } from '../i18n/i18n.js';
import { useCertificateTypes } from '../lifecycle/certificate-types.js';
import { PatientCell, patientName } from '../pages/PatientFlags.js';

export type Column = 'type' | 'patient' | 'status' | 'createdBy' | 'updated' | 'signedBy' | 'signed';

/** A draft a nurse (or anyone who may not sign) marked ready for a doctor's signature. */
export const isReadyForSigning = (item: Pick<CertificateListItem, 'status' | 'readyForSign'>) =>
  item.status === 'draft' && item.readyForSign;

/**
 * Certificates as a table: the type links to the certificate (named with its patient for screen readers), the
 * other columns as asked. With `highlightReady` (for those who sign), drafts marked ready for signing stand out;
 * their status always says so. `actions` adds a last column of buttons per row.
 */
export function CertificateTable({
  items,
  columns,
  caption,
  highlightReady = false,
  actions,
}: {
  items: readonly CertificateListItem[];
  columns: readonly Column[];
  caption: string;
  highlightReady?: boolean;
  actions?: (item: CertificateListItem) => ReactNode;
}) {
  const { t, language } = useI18n();
  const types = useCertificateTypes();
  const typeName = (item: CertificateListItem) => types.get(item.type)?.name ?? item.type;

  const cell = (column: Column, item: CertificateListItem): ReactNode => {
    switch (column) {
      case 'type':
        return (
          <td key={column}>
            <Link
              to={`/certificates/${encodeURIComponent(item.id)}`}
              aria-label={t('start.open', { type: typeName(item), patient: patientName(t, item.patient) })}
            >
              {typeName(item)}
            </Link>
            {types.get(item.type)?.formId && <span className="cert-table__form"> {types.get(item.type)?.formId}</span>}
          </td>
        );
      case 'patient':
        return <PatientCell key={column} patient={item.patient} />;
      case 'status':
        return (
          <td key={column}>
            {statusLabel(t, item)}
            {isReadyForSigning(item) && <span className="badge badge--ready">{t('lists.readyBadge')}</span>}
          </td>
        );
      case 'createdBy':
        return <td key={column}>{item.createdBy.name}</td>;
      case 'signedBy':
        return <td key={column}>{item.signedBy?.name ?? ''}</td>;
      case 'updated':
        return (
          <td key={column}>
            <Instant text={formatInstant(item.updatedAt, language)} />
          </td>
        );
      case 'signed':
        return (
          <td key={column}>
            <Instant text={formatInstant(item.signedAt, language)} />
          </td>
        );
    }
  };

  return (
    <div className="table-wrap">
      <table className="table cert-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`lists.col.${column}`)}
              </th>
            ))}
            {actions && (
              <th scope="col">
                <span className="visually-hidden">{t('lists.col.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr
              key={item.id}
              className={highlightReady && isReadyForSigning(item) ? 'cert-table__row--ready' : undefined}
            >
              {columns.map((column) => cell(column, item))}
              {actions && (
                <td>
                  <div className="cert-table__actions">{actions(item)}</div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A date and time that may break between the two, never inside either. */
function Instant({ text }: { text: string }) {
  const space = text.lastIndexOf(' ');
  if (space < 0) return <span className="nowrap">{text}</span>;
  return (
    <>
      <span className="nowrap">{text.slice(0, space)}</span> <span className="nowrap">{text.slice(space + 1)}</span>
    </>
  );
}
