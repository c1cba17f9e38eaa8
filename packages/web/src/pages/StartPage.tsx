import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { api } from '../api/endpoints.js';
import type { CertificateResponse, CertificateTypeSummary, Patient } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { useSession } from '../session/session.js';
import { formatInstant, formatPersonId, roleLabel, statusLabel } from '../format.js';
import { ErrorMessage } from './ErrorMessage.js';
import { TypeChoice } from './TypeChoice.js';
import { PatientCell, patientLabel, patientName, RefusalMessage, refusalReasons } from './PatientFlags.js';

export function StartPage() {
  const { t, language } = useI18n();
  const { user } = useSession();
  const navigate = useNavigate();
  // Back from a draft the user deleted (CertificateActions).
  const deleted = (useLocation().state as { deleted?: boolean } | null)?.deleted === true;
  const [patients, setPatients] = useState<Patient[]>([]);
  const [types, setTypes] = useState<CertificateTypeSummary[] | undefined>(undefined);
  const [certificates, setCertificates] = useState<CertificateResponse[] | undefined>(undefined);
  const [patientId, setPatientId] = useState('');
  const [type, setType] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [creating, setCreating] = useState(false);
  const patientSelectId = useId();

  useEffect(() => {
    Promise.all([api.patients(), api.certificateTypes(), api.certificates()]).then(([p, ty, c]) => {
      setPatients(p);
      setTypes(ty);
      setCertificates(c);
    }, setError);
  }, []);

  const unitName = user?.unitName ?? user?.unitId ?? '';
  useEffect(() => {
    document.title = `${t('start.title', { unit: unitName })} – ${t('app.name')}`;
  }, [t, unitName]);

  const refusal = refusalReasons(error, language);
  const typeNames = new Map((types ?? []).map((summary) => [summary.type, summary.name]));

  async function create(event: FormEvent) {
    event.preventDefault();
    if (!patientId || !type) return;
    setCreating(true);
    setError(undefined);
    try {
      const created = await api.createCertificate(type, patientId);
      navigate(`/certificates/${created.id}`);
    } catch (cause) {
      setError(cause);
      setCreating(false);
    }
  }

  return (
    <div className="page">
      <h1>{t('start.title', { unit: unitName })}</h1>
      {user && (
        <p className="lead">
          {t('start.signedInAs', { name: user.name, role: roleLabel(t, user.role) })}.{' '}
          {t('start.unit', { unit: unitName })}
        </p>
      )}
      {deleted && (
        <p className="note" role="status">
          {t('delete.done')}
        </p>
      )}
      {refusal ? <RefusalMessage reasons={refusal} /> : <ErrorMessage error={error} />}

      <section className="panel" aria-labelledby="new-certificate-heading">
        <h2 id="new-certificate-heading">{t('start.newCertificate')}</h2>
        <form className="create-form create-form--stacked" onSubmit={(event) => void create(event)}>
          <div className="form-row">
            <label htmlFor={patientSelectId}>{t('start.patient')}</label>
            <select id={patientSelectId} value={patientId} onChange={(event) => setPatientId(event.target.value)}>
              <option value="">{t('start.choosePatient')}</option>
              {patients.map((patient) => (
                <option key={patient.personId} value={patient.personId}>
                  {patientLabel(t, patient, formatPersonId(patient.personId))}
                </option>
              ))}
            </select>
          </div>
          <TypeChoice types={types?.filter((summary) => summary.canCreateDraft)} chosen={type} onChoose={setType} />
          <button type="submit" className="button" disabled={!patientId || !type || creating}>
            {creating ? t('start.creating') : t('start.create')}
          </button>
        </form>
      </section>

      <section className="panel" aria-labelledby="certificates-heading">
        <h2 id="certificates-heading">{t('start.certificates')}</h2>
        {certificates === undefined && error === undefined && <p role="status">{t('app.loading')}</p>}
        {certificates?.length === 0 && <p>{t('start.noCertificates')}</p>}
        {certificates && certificates.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('start.col.type')}</th>
                  <th scope="col">{t('start.col.patient')}</th>
                  <th scope="col">{t('start.col.status')}</th>
                  <th scope="col">{t('start.col.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {certificates.map((certificate) => {
                  const typeName = typeNames.get(certificate.type) ?? certificate.type;
                  return (
                    <tr key={certificate.id}>
                      <td>
                        <Link
                          to={`/certificates/${certificate.id}`}
                          aria-label={t('start.open', { type: typeName, patient: patientName(t, certificate.patient) })}
                        >
                          {typeName}
                        </Link>
                      </td>
                      <PatientCell patient={certificate.patient} />
                      <td>{statusLabel(t, certificate)}</td>
                      <td>{formatInstant(certificate.updatedAt, language)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
