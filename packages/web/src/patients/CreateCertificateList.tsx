import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { evaluateCreate } from '@intyg/core';
import { api } from '../api/endpoints.js';
import { hasGuide } from '../guides/index.js';
import type { CertificateTypeSummary, Patient, User } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorMessage } from '../pages/ErrorMessage.js';
import { RefusalMessage, refusalReasons } from '../pages/PatientFlags.js';
import { actorOf } from '../session/actor.js';

/**
 * "Skriv nytt intyg": every type that takes new drafts, with its short description, a link to its guide and a
 * button to create one for the patient. Whether the user may is decided beforehand by the same rules the server applies (core's
 * `evaluateCreate`: role, protected identity, deceased patient): a type the rules refuse says why instead of
 * offering the button. Should the server refuse after all, its reasons are shown.
 */
export function CreateCertificateList({
  patient,
  user,
  types,
}: {
  patient: Patient;
  user: User;
  types: readonly CertificateTypeSummary[];
}) {
  const { t, language } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const [creating, setCreating] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const actor = actorOf(user);
  const creatable = types.filter((summary) => summary.canCreateDraft);

  async function create(type: string) {
    setCreating(type);
    setError(undefined);
    try {
      const draft = await api.createCertificate(type, patient.personId);
      navigate(`/certificates/${encodeURIComponent(draft.id)}`);
    } catch (cause) {
      setError(cause);
      setCreating(undefined);
    }
  }

  const refusal = refusalReasons(error, language);
  const reasonsOf = new Map(
    creatable.map((summary) => [
      summary.type,
      actor
        ? [
            ...new Set(
              evaluateCreate({ actor, lifecycle: summary.lifecycle, patient }).reasons.map(
                (reason) => reason.message[language],
              ),
            ),
          ]
        : [],
    ]),
  );
  // One reason for every type (a deceased patient, say) is said once, above the types, rather than on each.
  const shared = commonReasons([...reasonsOf.values()]);
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('patientPage.create.title')}</h2>
      {refusal ? <RefusalMessage reasons={refusal} /> : <ErrorMessage error={error} />}
      {types.length === 0 && <p role="status">{t('app.loading')}</p>}
      {types.length > 0 && creatable.length === 0 && <p>{t('patientPage.create.noTypes')}</p>}
      {shared.length > 0 && (
        <Reasons className="alert alert--warning" intro={t('patientPage.create.refusedAll')} reasons={shared} />
      )}
      <ul className="type-cards">
        {creatable.map((summary) => {
          const descriptionId = `${id}-${summary.type}-description`;
          const reasons = reasonsOf.get(summary.type) ?? [];
          const own = reasons.filter((reason) => !shared.includes(reason));
          return (
            <li key={summary.type} className={`type-card${reasons.length > 0 ? ' type-card--refused' : ''}`}>
              <h3 className="type-card__name">
                {summary.name}
                {summary.formId && <span className="type-card__form"> {summary.formId}</span>}
              </h3>
              {summary.description && (
                <p id={descriptionId} className="type-card__description">
                  {summary.description}
                </p>
              )}
              {hasGuide(summary.type) && (
                <Link
                  className="type-card__guide"
                  to={`/guides/${encodeURIComponent(summary.type)}`}
                  aria-label={t('guide.link', { name: summary.name })}
                >
                  {t('patientPage.create.guide')}
                </Link>
              )}
              {reasons.length === 0 ? (
                <button
                  type="button"
                  className="button type-card__create"
                  aria-label={t('patientPage.create.button', { name: summary.name })}
                  aria-describedby={summary.description ? descriptionId : undefined}
                  disabled={creating !== undefined}
                  onClick={() => void create(summary.type)}
                >
                  {creating === summary.type ? t('patientPage.create.busy') : t('patientPage.create.label')}
                </button>
              ) : own.length === 0 ? (
                <p className="type-card__refused">{t('patientPage.create.refusedShort')}</p>
              ) : (
                <Reasons className="type-card__refused" intro={t('patientPage.create.refused')} reasons={own} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The reasons every type was refused for; none unless every type was refused. */
function commonReasons(lists: readonly (readonly string[])[]): string[] {
  const [first, ...rest] = lists;
  if (first === undefined || lists.some((list) => list.length === 0)) return [];
  return first.filter((reason) => rest.every((list) => list.includes(reason)));
}

/** Why a draft cannot be created, as a note (read after what it is about, not announced as an alert). */
function Reasons({ className, intro, reasons }: { className: string; intro: string; reasons: readonly string[] }) {
  return (
    <div className={className} role="note">
      <p>{intro}</p>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </div>
  );
}
