import { useCallback, useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { compileModel, stockholmDate, type CompiledModel } from '@intyg/core';
import { takeCertificate } from '../api/early-requests.js';
import { api } from '../api/endpoints.js';
import type { CertificateResponse } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { formatPersonId } from '../format.js';
import { DraftEditor } from '../form/DraftEditor.js';
import { PrintLink } from '../form/PrintLink.js';
import { SignedView } from '../form/SignedView.js';
import { useFocusQuestion } from '../form/useFocusQuestion.js';
import { GuideLink } from '../guides/GuideLink.js';
import { CertificateActions } from '../lifecycle/CertificateActions.js';
import { CertificateRelations } from '../lifecycle/CertificateRelations.js';
import { CertificateStatus, useFocusStatusAfterRender } from '../lifecycle/CertificateStatus.js';
import { InterruptionMessage } from '../lifecycle/interruption.js';
import { MessagePanel } from '../messages/MessagePanel.js';
import { ErrorMessage } from './ErrorMessage.js';
import { PatientFlagText, PatientNotices, patientName, RefusalMessage, refusalReasons } from './PatientFlags.js';

interface Loaded {
  readonly certificate: CertificateResponse;
  readonly compiled: CompiledModel;
}

/**
 * `/certificates/:id`: the draft editor, or once the certificate is no longer a draft, its status with the
 * actions the user may take, its messages and the read-only view. Relations show on both.
 */
export function CertificatePage() {
  const { id = '' } = useParams();
  // Keyed by id: another certificate starts from a clean state.
  return <CertificateView key={id} id={id} />;
}

function CertificateView({ id }: { id: string }) {
  const { t, language } = useI18n();
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  // An action the server refused after all (someone else acted meanwhile), and how often the page reloaded.
  const [interruption, setInterruption] = useState<unknown>(undefined);
  const [generation, setGeneration] = useState(0);
  // "Today" is fixed for the page's life so rule results do not shift under the user at midnight.
  const [today] = useState(() => stockholmDate(new Date()));

  useEffect(() => {
    let active = true;
    takeCertificate(id)
      .then(({ certificate, model }) => ({ certificate, compiled: compileModel(model) }))
      .then(
        (result) => active && setLoaded(result),
        (cause: unknown) => active && setError(cause),
      );
    return () => {
      active = false;
    };
  }, [id]);

  // A guide's link into the form names the question to put the user on.
  const [params] = useSearchParams();
  useFocusQuestion(params.get('question'), loaded !== undefined);

  const focusStatus = useFocusStatusAfterRender();
  const changed = useCallback(
    (certificate: CertificateResponse) =>
      setLoaded((previous) => (previous ? { certificate, compiled: previous.compiled } : previous)),
    [],
  );
  /** Shows why the action was not taken and loads the certificate as it is now (a draft opens afresh). */
  const refused = useCallback(
    (cause: unknown) => {
      setInterruption(cause);
      api.certificate(id).then((certificate) => {
        changed(certificate);
        setGeneration((n) => n + 1);
      }, setError);
    },
    [id, changed],
  );

  const name = loaded?.compiled.model.name;
  useEffect(() => {
    if (name) document.title = `${name} – ${t('app.name')}`;
  }, [name, t]);

  if (error !== undefined) {
    const refusal = refusalReasons(error, language);
    return (
      <div className="page">
        {refusal ? <RefusalMessage reasons={refusal} /> : <ErrorMessage error={error} />}
        <Link to="/">{t('app.home')}</Link>
      </div>
    );
  }
  if (!loaded) return <p role="status">{t('app.loading')}</p>;

  const { certificate, compiled } = loaded;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/">{t('app.home')}</Link>
      </p>
      <h1>
        {compiled.model.name}
        {compiled.model.formId ? <span className="h1-sub"> ({compiled.model.formId})</span> : null}
      </h1>
      <p className="lead">
        {t('editor.patient', {
          name: patientName(t, certificate.patient),
          personId: formatPersonId(certificate.patient.personId),
        })}
        <PatientFlagText patient={certificate.patient} />
      </p>
      <PatientNotices patient={certificate.patient} />
      <GuideLink type={certificate.type} name={compiled.model.name} certificateId={certificate.id} />
      <InterruptionMessage error={interruption} />
      {certificate.status === 'draft' ? (
        <>
          <CertificateRelations certificate={certificate} />
          <DraftEditor
            key={`${certificate.id}/${generation}`}
            initial={certificate}
            compiled={compiled}
            today={today}
            onSigned={(signed) => {
              focusStatus();
              changed(signed);
            }}
            onRefused={refused}
          />
        </>
      ) : (
        <>
          <CertificateStatus certificate={certificate} compiled={compiled}>
            <CertificateActions certificate={certificate} compiled={compiled} onChanged={changed} onRefused={refused}>
              <PrintLink certificate={certificate} compiled={compiled} />
            </CertificateActions>
          </CertificateStatus>
          {/* Read again when the certificate moves on: sending opens the exchange, revoking handles its questions. */}
          <MessagePanel key={`${generation}/${certificate.status}`} certificate={certificate} compiled={compiled} />
          <SignedView certificate={certificate} compiled={compiled} />
        </>
      )}
    </div>
  );
}
