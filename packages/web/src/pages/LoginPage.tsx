import { useEffect, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { api } from '../api/endpoints.js';
import type { TestUser } from '../api/types.js';
import { useT } from '../i18n/i18n.js';
import { useSession } from '../session/session.js';
import { roleLabel } from '../format.js';
import { ErrorMessage } from './ErrorMessage.js';
import { oidcLoginUrl } from '../session/session-api.js';
import { useUserAction } from '../ui/useUserAction.js';

export function LoginPage() {
  const t = useT();
  const { user, pending, citizen, login } = useSession();
  const navigate = useNavigate();
  const [users, setUsers] = useState<TestUser[] | undefined>(undefined);
  const { busy, error, run } = useUserAction();

  useEffect(() => {
    // The quick list exists only while the development login is on; otherwise the section is left out.
    api.testUsers().then(setUsers, () => setUsers([]));
  }, []);

  useEffect(() => {
    document.title = `${t('login.title')} – ${t('app.name')}`;
  }, [t]);

  if (user) return <Navigate to="/" replace />;
  if (pending) return <Navigate to="/choose-unit" replace />;
  if (citizen) return <Navigate to="/access-denied?reason=citizen" replace />;

  const loginAs = (userId: string) =>
    run(async () => {
      await login(userId);
      navigate('/');
    });

  return (
    <div className="page page--narrow">
      <h1>{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      <ul className="login-methods">
        <li>
          <a className="button button--wide" href={oidcLoginUrl('siths')}>
            {t('login.siths')}
          </a>
        </li>
        <li>
          <a className="button button--secondary button--wide" href={oidcLoginUrl('bankid')}>
            {t('login.bankid')}
          </a>
        </li>
      </ul>
      <ErrorMessage error={error} />
      {users === undefined && <p role="status">{t('app.loading')}</p>}
      {users !== undefined && users.length > 0 && (
        <>
          <h2>{t('login.devTitle')}</h2>
          <p>{t('login.devIntro')}</p>
        </>
      )}
      <ul className="login-list">
        {users?.map((candidate) => {
          const id = candidate.userId ?? candidate.id ?? '';
          return (
            <li key={id}>
              <button type="button" className="login-card" disabled={busy} onClick={() => void loginAs(id)}>
                <span className="login-card__name">
                  <span className="visually-hidden">{`${t('login.asPrefix')} `}</span>
                  {candidate.name}
                </span>
                <span className="login-card__meta">
                  {[candidate.role ? roleLabel(t, candidate.role) : undefined, candidate.unitName]
                    .filter(Boolean)
                    .join(', ')}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
