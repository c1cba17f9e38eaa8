import type { Patient } from '../api/types.js';
import { formatPersonId } from '../format.js';
import { useT } from '../i18n/i18n.js';
import { patientFlagLabels } from '../pages/PatientFlags.js';

/**
 * What the population registry says of the patient, at the top of the patient page: the number (and whether it
 * is a coordination number), the address when the user may see it, and each thing that sets the patient apart —
 * protected identity, deceased, test person — as a tag and as a notice saying what it means for the work.
 */
export function PatientCard({ patient }: { patient: Patient }) {
  const t = useT();
  const flags = patientFlagLabels(t, patient);
  const { address } = patient;
  return (
    <div className="patient-card">
      <dl className="patient-card__facts">
        <div>
          <dt>{t(patient.coordinationNumber ? 'patientPage.coordinationNumber' : 'patientPage.personalNumber')}</dt>
          <dd>{formatPersonId(patient.personId)}</dd>
        </div>
        {address && (
          <div>
            <dt>{t('patientPage.address')}</dt>
            <dd>
              {address.street}, {address.zipCode} {address.city}
            </dd>
          </div>
        )}
        {flags.length > 0 && (
          <div>
            <dt>{t('patientPage.flags')}</dt>
            <dd>
              <ul className="patient-card__flags">
                {flags.map((flag) => (
                  <li key={flag} className="badge badge--flag">
                    {flag.charAt(0).toUpperCase() + flag.slice(1)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {patient.protectedIdentity && (
        <p className="alert alert--warning">
          <strong>{t('patientPage.protectedIdentity')}</strong>{' '}
          {t(patient.name === null ? 'patientPage.note.protectedHidden' : 'patientPage.note.protectedShown')}
        </p>
      )}
      {patient.deceased && (
        <p className="alert alert--warning">
          <strong>{t('patientPage.deceased')}</strong> {t('patientPage.note.deceased')}
        </p>
      )}
      {patient.testPerson && (
        <p className="note">
          <strong>{t('patientPage.testPerson')}</strong> {t('patientPage.note.testPerson')}
        </p>
      )}
    </div>
  );
}
