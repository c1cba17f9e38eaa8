import type { ReactNode } from 'react';
import { ApiError, isRecord } from '../api/client.js';
import { formatPersonId } from '../format.js';
import type { PatientFlags as Flags } from '../api/types.js';
import { useT, type Language, type Translate } from '../i18n/i18n.js';

/** The name to show: a protected patient's name is null for users who may not see it. */
export function patientName(t: Translate, patient: { readonly name: string | null }): string {
  return patient.name ?? t('patient.protectedName');
}

/** Short labels of what sets the patient apart, for lists and pickers; empty for most patients. */
export function patientFlagLabels(t: Translate, patient: Flags): string[] {
  const labels: string[] = [];
  if (patient.protectedIdentity) labels.push(t('patient.flag.protectedIdentity'));
  if (patient.deceased) labels.push(t('patient.flag.deceased'));
  if (patient.testPerson) labels.push(t('patient.flag.testPerson'));
  return labels;
}

/** "Name (number)" plus the patient's flags, as one line of text (e.g. an option of a select). */
export function patientLabel(
  t: Translate,
  patient: Flags & { readonly name: string | null },
  personId: string,
): string {
  const flags = patientFlagLabels(t, patient);
  return `${patientName(t, patient)} (${personId})${flags.length > 0 ? ` – ${flags.join(', ')}` : ''}`;
}

/** The patient's flags, inline after a name in a table; nothing for most patients. */
export function PatientFlagText({ patient }: { patient: Flags }) {
  const t = useT();
  const labels = patientFlagLabels(t, patient);
  if (labels.length === 0) return null;
  return <strong className="patient-flags"> – {labels.join(', ')}</strong>;
}

/** A patient in a table cell: name (hidden for a protected patient where the user may not see it), number, flags. */
export function PatientCell({
  patient,
}: {
  patient: Flags & { readonly personId: string; readonly name: string | null };
}) {
  const t = useT();
  return (
    <td>
      {patientName(t, patient)} <span className="nowrap">({formatPersonId(patient.personId)})</span>
      <PatientFlagText patient={patient} />
    </td>
  );
}

/** Notices at the top of a certificate: what the patient's status means for the work on it. */
export function PatientNotices({ patient }: { patient: Flags }) {
  const t = useT();
  const notices: string[] = [];
  if (patient.protectedIdentity) notices.push(t('patient.note.protectedIdentity'));
  if (patient.deceased) notices.push(t('patient.note.deceased'));
  if (patient.testPerson) notices.push(t('patient.note.testPerson'));
  return (
    <>
      {notices.map((notice) => (
        <p key={notice} className="alert alert--warning">
          {notice}
        </p>
      ))}
    </>
  );
}

/** Refusals whose details name their reasons: of an action on a certificate, and of one on a message. */
const REFUSAL_CODES = ['ACTION_NOT_ALLOWED', 'MESSAGE_ACTION_NOT_ALLOWED', 'MESSAGE_ALREADY_ANSWERED'];

/**
 * The reasons of a refused action (403 ACTION_NOT_ALLOWED, 409 MESSAGE_ACTION_NOT_ALLOWED or
 * MESSAGE_ALREADY_ANSWERED) in the user's language, or undefined when the error is something else. The
 * server sends each reason in Swedish and English.
 */
export function refusalReasons(error: unknown, language: Language): string[] | undefined {
  if (!(error instanceof ApiError) || !REFUSAL_CODES.includes(error.code) || !isRecord(error.details)) return undefined;
  const reasons = error.details['reasons'];
  if (!Array.isArray(reasons)) return undefined;
  const texts = reasons.flatMap((reason: unknown) => {
    if (!isRecord(reason) || !isRecord(reason['message'])) return [];
    const text = reason['message'][language];
    return typeof text === 'string' ? [text] : [];
  });
  return texts.length > 0 ? texts : undefined;
}

/** A refused action's reasons as an alert, and what followed (`children`); any other error is ErrorMessage's. */
export function RefusalMessage({ reasons, children }: { reasons: readonly string[]; children?: ReactNode }) {
  const t = useT();
  return (
    <div className="alert alert--error" role="alert">
      <p>{t('patient.refused')}</p>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {children}
    </div>
  );
}
