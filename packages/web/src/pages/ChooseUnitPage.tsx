import { useEffect } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useT } from '../i18n/i18n.js';
import { useSession } from '../session/session.js';
import { useUserAction } from '../ui/useUserAction.js';
import { ErrorMessage } from './ErrorMessage.js';

/** The unit choice after login for a person with several commissions, and the switch later on. */
export function ChooseUnitPage() {
  const t = useT();
  const navigate = useNavigate();
  const { user, pending, units, chooseUnit } = useSession();
  const { busy, error, run } = useUserAction();

  useEffect(() => {
    document.title = `${t('unit.title')} – ${t('app.name')}`;
  }, [t]);

  if (user === undefined) return <p role="status">{t('app.loading')}</p>;
  if (!user && !pending) return <Navigate to="/login" replace />;

  const choose = (unitId: string) =>
    run(async () => {
      await chooseUnit(unitId);
      navigate('/');
    });

  return (
    <div className="page page--narrow">
      <h1>{t('unit.title')}</h1>
      <p>{t('unit.intro')}</p>
      <ErrorMessage error={error} />
      {busy && <p role="status">{t('unit.choosing')}</p>}
      <ul className="login-list">
        {units.map((unit) => {
          const current = user?.unitId === unit.unitId;
          return (
            <li key={unit.unitId}>
              <button
                type="button"
                className="login-card"
                disabled={busy}
                aria-current={current ? 'true' : undefined}
                onClick={() => void choose(unit.unitId)}
              >
                <span className="login-card__name">{unit.unitName}</span>
                <span className="login-card__meta">
                  {unit.careProviderName}
                  {current ? ` (${t('unit.current')})` : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
