import { useState } from 'react';
import { api } from '../api/endpoints.js';
import { announceDraftsChanged } from '../home/useUnitCounts.js';
import type { CertificateAction, CertificateResponse } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { errorText } from '../pages/ErrorMessage.js';

/**
 * Refusals that the editor resolves itself: an incomplete draft (the user is shown what is missing when they
 * press Sign, as in Webcert) and a revision the autosave is about to move past.
 */
const SOFT_REFUSALS = new Set(['incomplete', 'revisionChanged']);

function hardReasons(action: CertificateAction | undefined) {
  return action ? action.reasons.filter((reason) => !SOFT_REFUSALS.has(reason.code)) : [];
}

/** Sign (or, for roles that may not sign, mark ready for signing) per the certificate's `actions`. */
export function SignPanel({
  certificate,
  hasErrors,
  conflict,
  flush,
  onRefused,
  onSigned,
  onUpdated,
}: {
  certificate: CertificateResponse;
  hasErrors: boolean;
  conflict: boolean;
  flush: () => Promise<CertificateResponse | undefined>;
  onRefused: () => void;
  onSigned: (certificate: CertificateResponse) => void;
  onUpdated: (certificate: CertificateResponse) => void;
}) {
  const { t, language } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const sign = certificate.actions.find((action) => action.id === 'sign');
  const ready = certificate.actions.find((action) => action.id === 'markReadyForSign');
  const blocking = hardReasons(sign);
  const mayTrySign = sign !== undefined && blocking.length === 0;
  // The app offers only what the user may do: a role that never signs gets no sign button at all.
  const roleNeverSigns = sign === undefined || sign.reasons.some((reason) => reason.code === 'roleMayNotSign');

  async function onSign() {
    setBusy(true);
    setFailure(undefined);
    try {
      const saved = await flush();
      if (!saved) return;
      if (hasErrors) {
        onRefused();
        return;
      }
      onSigned(await api.signCertificate(saved.id, saved.revision));
      announceDraftsChanged();
    } catch (error) {
      setFailure(t('editor.signFailed', { message: errorText(error, t) }));
    } finally {
      setBusy(false);
    }
  }

  async function onReadyForSign() {
    setBusy(true);
    setFailure(undefined);
    try {
      const saved = await flush();
      if (!saved) return;
      onUpdated(await api.readyForSign(saved.id, saved.revision));
      announceDraftsChanged();
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="sign-panel" aria-labelledby="sign-heading">
      <h2 id="sign-heading" className="visually-hidden">
        {t('editor.signSection')}
      </h2>
      {!roleNeverSigns && (
        <button
          type="button"
          className="button button--primary button--wide"
          disabled={!mayTrySign || busy || conflict}
          aria-describedby={mayTrySign ? undefined : 'sign-reasons'}
          onClick={() => void onSign()}
        >
          {busy ? t('editor.signing') : t('editor.sign')}
        </button>
      )}
      {!mayTrySign && (
        <div id="sign-reasons" className="note note--info">
          {blocking.length > 0 ? (
            <ul className="plain-list">
              {blocking.map((reason) => (
                <li key={reason.code}>{reason.message[language]}</li>
              ))}
            </ul>
          ) : (
            <p>{t('editor.signNotAllowed')}</p>
          )}
        </div>
      )}
      {ready &&
        (certificate.readyForSign ? (
          <p className="muted">{t('editor.markedReadyForSign')}</p>
        ) : (
          hardReasons(ready).length === 0 && (
            <button
              type="button"
              className="button button--secondary button--wide"
              disabled={busy}
              onClick={() => void onReadyForSign()}
            >
              {t('editor.readyForSign')}
            </button>
          )
        ))}
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
