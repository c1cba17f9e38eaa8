import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../api/client.js';
import { listsApi } from '../api/certificate-lists.js';
import type { Patient } from '../api/types.js';
import { useT } from '../i18n/i18n.js';
import { useCertificateTypes } from '../lifecycle/certificate-types.js';
import { CreateCertificateList } from '../patients/CreateCertificateList.js';
import { PatientCard } from '../patients/PatientCard.js';
import { PatientCertificates } from '../patients/PatientCertificates.js';
import { PatientSearch } from '../patients/PatientSearch.js';
import { useSession } from '../session/session.js';
import { ErrorMessage } from './ErrorMessage.js';
import { patientName } from './PatientFlags.js';

/**
 * `/patients/:personId`: the patient as the population registry describes them, the types of certificate the
 * user may write for them (each with a short description), and their certificates at the unit with renew, copy
 * and create-from. Coming from the search, the registry's answer comes along; opened directly, it is asked for.
 */
export function PatientPage() {
  const { personId = '' } = useParams();
  return <PatientView key={personId} personId={personId} />;
}

function PatientView({ personId }: { personId: string }) {
  const t = useT();
  const { user } = useSession();
  const types = useCertificateTypes();
  const state = useLocation().state as { patient?: Patient } | null;
  const given = state?.patient?.personId === personId ? state.patient : undefined;
  const [fetched, setFetched] = useState<Patient | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const patient = given ?? fetched;

  useEffect(() => {
    if (given) return;
    let active = true;
    listsApi.patient(personId).then(
      (found) => active && setFetched(found),
      (cause: unknown) => active && setError(cause),
    );
    return () => {
      active = false;
    };
  }, [personId, given]);

  const name = patient ? patientName(t, patient) : undefined;
  useEffect(() => {
    document.title = `${name ?? t('patientPage.title')} – ${t('app.name')}`;
  }, [t, name]);

  const back = (
    <p className="breadcrumb">
      <Link to="/">{t('patientPage.back')}</Link>
    </p>
  );
  if (error !== undefined) {
    const code = error instanceof ApiError ? error.code : undefined;
    return (
      <div className="page">
        {back}
        <h1>{t('patientPage.title')}</h1>
        {code === 'PATIENT_NOT_FOUND' || code === 'INVALID_PERSON_ID' ? (
          <p className="alert alert--warning" role="alert">
            {t(code === 'PATIENT_NOT_FOUND' ? 'patientSearch.notFound' : 'error.INVALID_PERSON_ID')}
          </p>
        ) : (
          <ErrorMessage error={error} />
        )}
        <div className="panel">
          <PatientSearch />
        </div>
      </div>
    );
  }
  if (!patient || !user) {
    return (
      <div className="page">
        {back}
        <p role="status">{t('app.loading')}</p>
      </div>
    );
  }
  return (
    <div className="page patient-page">
      {back}
      <h1>{name}</h1>
      <PatientCard patient={patient} />
      <CreateCertificateList patient={patient} user={user} types={[...types.values()]} />
      <PatientCertificates personId={patient.personId} user={user} types={types} />
    </div>
  );
}
