import { ApiError } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { RefusalMessage, refusalReasons } from '../pages/PatientFlags.js';

/**
 * Whether an action failed because the certificate is no longer as the page shows it — refused with reasons
 * (403 ACTION_NOT_ALLOWED: someone else sent, revoked or replaced it meanwhile) or changed (409) — so that the
 * page should say why and load it again, rather than let the user retry.
 */
export function isInterruption(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'ACTION_NOT_ALLOWED' || error.status === 409);
}

/** Why the action was not taken, in the user's language, and that the certificate was loaded again. */
export function InterruptionMessage({ error }: { error: unknown }) {
  const { t, language } = useI18n();
  if (error === undefined) return null;
  const reasons = refusalReasons(error, language);
  const reloaded = <p>{t('lifecycle.reloaded')}</p>;
  return reasons ? (
    <RefusalMessage reasons={reasons}>{reloaded}</RefusalMessage>
  ) : (
    <div className="alert alert--error" role="alert">
      <p>{t('lifecycle.changedMeanwhile')}</p>
      {reloaded}
    </div>
  );
}
