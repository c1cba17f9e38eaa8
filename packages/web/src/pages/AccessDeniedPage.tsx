import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/sv.js';
import { useSession } from '../session/session.js';

const REASONS: Record<string, MessageKey> = {
  noCommission: 'denied.noCommission',
  notLicensed: 'denied.notLicensed',
  unknownPerson: 'denied.unknownPerson',
  citizen: 'denied.citizen',
  loginFailed: 'denied.loginFailed',
  loginUnavailable: 'denied.loginUnavailable',
};

/** Where a refused login lands (the server redirects here with `?reason=`): the reason in plain Swedish. */
export function AccessDeniedPage() {
  const t = useT();
  const [params] = useSearchParams();
  const { citizen, logout } = useSession();
  const message = t(REASONS[params.get('reason') ?? ''] ?? 'denied.unknown');

  useEffect(() => {
    document.title = `${t('denied.title')} – ${t('app.name')}`;
  }, [t]);

  return (
    <div className="page page--narrow">
      <h1>{t('denied.title')}</h1>
      <p className="alert alert--error" role="alert">
        {message}
      </p>
      {citizen ? (
        <button type="button" className="button" onClick={() => void logout()}>
          {t('app.logout')}
        </button>
      ) : (
        <p>
          <Link to="/login">{t('denied.back')}</Link>
        </p>
      )}
    </div>
  );
}
