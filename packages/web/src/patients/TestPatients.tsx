import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/endpoints.js';
import type { Patient } from '../api/types.js';
import { formatPersonId } from '../format.js';
import { useT } from '../i18n/i18n.js';
import { patientLabel } from '../pages/PatientFlags.js';
import { patientPath } from './PatientSearch.js';

/**
 * A shortcut for development and demos: the built-in registry's test persons, each a link to their patient
 * page. A real population registry cannot be listed (`GET /api/patients` answers none), and then this is not shown.
 */
export function TestPatients() {
  const t = useT();
  const [patients, setPatients] = useState<readonly Patient[]>([]);
  useEffect(() => {
    let active = true;
    api.patients().then(
      (list) => active && setPatients(list),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, []);
  if (patients.length === 0) return null;
  return (
    <details className="test-patients">
      <summary>{t('testPatients.title')}</summary>
      <p className="hint">{t('testPatients.intro')}</p>
      <ul className="test-patients__list">
        {patients.map((patient) => (
          <li key={patient.personId}>
            <Link to={patientPath(patient.personId)}>{patientLabel(t, patient, formatPersonId(patient.personId))}</Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
