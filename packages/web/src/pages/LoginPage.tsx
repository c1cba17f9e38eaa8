import { useEffect, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { api } from '../api/endpoints.js';
import type { TestUser } from '../api/types.js';
import { useT } from '../i18n/i18n.js';
import { useSession } from '../session/session.js';
import { roleLabel } from '../format.js';
import { ErrorMessage } from './ErrorMessage.js';

export function LoginPage() {
  const t = useT();
  const { user, login } = useSession();
  const navigate = useNavigate();
  const [users, setUsers] = useState<TestUser[] | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.testUsers().then(setUsers, setError);
  }, []);

  useEffect(() => {
    document.title = `${t('login.title')} – ${t('app.name')}`;
  }, [t]);

  if (user) return <Navigate to="/" replace />;

  async function loginAs(userId: string) {
    setBusy(true);
    setError(undefined);
    try {
      await login(userId);
      navigate('/');
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page page--narrow">
      <h1>{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      <ErrorMessage error={error} />
      {users === undefined && error === undefined && <p role="status">{t('app.loading')}</p>}
      {users?.length === 0 && <p>{t('login.noUsers')}</p>}
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
