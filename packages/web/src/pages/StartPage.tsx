import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { roleLabel } from '../format.js';
import { WorkList } from '../home/WorkList.js';
import { useI18n } from '../i18n/i18n.js';
import { useWaitingCount } from '../messages/waiting-count.js';
import { PatientSearch } from '../patients/PatientSearch.js';
import { TestPatients } from '../patients/TestPatients.js';
import { userMay } from '../session/actor.js';
import { useSession } from '../session/session.js';

/**
 * `/`, the start page of the user's care unit: find a patient (the way to write a certificate), what waits for
 * the user (for whoever signs, first the drafts marked ready for signing; then the user's own drafts), and the
 * recipients' messages waiting for care. The unit's whole lists are pages of their own in the navigation.
 */
export function StartPage() {
  const { t } = useI18n();
  const { user } = useSession();
  // Back from a draft the user deleted (CertificateActions).
  const deleted = (useLocation().state as { deleted?: boolean } | null)?.deleted === true;
  const waiting = useWaitingCount(Boolean(user));
  const unitName = user?.unitName ?? user?.unitId ?? '';
  useEffect(() => {
    document.title = `${t('start.title', { unit: unitName })} – ${t('app.name')}`;
  }, [t, unitName]);

  return (
    <div className="page start">
      <h1>{t('start.title', { unit: unitName })}</h1>
      {user && <p className="lead">{t('start.signedInAs', { name: user.name, role: roleLabel(t, user.role) })}</p>}
      {deleted && (
        <p className="note" role="status">
          {t('delete.done')}
        </p>
      )}
      <div className="start__top">
        <div className="panel start__search">
          <PatientSearch />
          <TestPatients />
        </div>
        <section className="panel start__messages" aria-labelledby="start-messages">
          <h2 id="start-messages">{t('start.messages')}</h2>
          <p>
            {waiting === undefined
              ? t('start.messagesUnknown')
              : waiting === 0
                ? t('start.messagesNone')
                : t('start.messagesWaiting', { count: waiting })}
          </p>
          <Link to="/messages">{t('start.messagesLink')}</Link>
        </section>
      </div>
      {user && userMay(user, 'sign') && <WorkList user={user} kind="ready" />}
      {user && <WorkList user={user} kind="mine" />}
    </div>
  );
}
