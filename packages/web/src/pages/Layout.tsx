import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { LANGUAGES, useI18n, type Language } from '../i18n/i18n.js';
import { DraftNavCount } from '../home/DraftNavCount.js';
import { useUnitCounts } from '../home/useUnitCounts.js';
import { useWaitingCount } from '../messages/waiting-count.js';
import { userMay } from '../session/actor.js';
import { useSession } from '../session/session.js';

const LANGUAGE_NAMES: Record<Language, string> = { sv: 'Svenska', en: 'English' };

export function Layout({ children }: { children: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  const { user, pending, citizen, units, logout } = useSession();
  const person = user ?? pending ?? citizen;
  const waiting = useWaitingCount(Boolean(user));
  const counts = useUnitCounts(Boolean(user));
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="app-header__brand">
            {t('app.name')}
          </Link>
          <div className="app-header__tools">
            {person && (
              <span className="app-header__user">
                {person.name}
                {user?.unitName ? `, ${user.unitName}` : ''}
              </span>
            )}
            {user && units.length > 1 && (
              <Link to="/choose-unit" className="app-header__switch">
                {t('unit.switch')}
              </Link>
            )}
            <label className="app-header__language">
              <span>{t('app.language')}</span>
              <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
                {LANGUAGES.map((code) => (
                  <option key={code} value={code} lang={code}>
                    {LANGUAGE_NAMES[code]}
                  </option>
                ))}
              </select>
            </label>
            {person && (
              <button type="button" className="button button--secondary" onClick={() => void logout()}>
                {t('app.logout')}
              </button>
            )}
          </div>
        </div>
        {user && (
          <div className="app-header__bar">
            <nav aria-label={t('nav.main')} className="app-nav app-header__inner">
              <NavLink to="/" end className="app-nav__link">
                {t('nav.start')}
              </NavLink>
              <NavLink to="/drafts" className="app-nav__link">
                {t('nav.drafts')}
                <DraftNavCount counts={counts} signs={userMay(user, 'sign')} />
              </NavLink>
              <NavLink to="/signed" className="app-nav__link">
                {t('nav.signed')}
              </NavLink>
              <NavLink to="/messages" className="app-nav__link">
                {t('nav.messages')}
                {waiting !== undefined && waiting > 0 && (
                  <span className="app-nav__count">
                    <span aria-hidden="true">{waiting}</span>
                    <span className="visually-hidden">{t('nav.messagesWaiting', { count: waiting })}</span>
                  </span>
                )}
              </NavLink>
            </nav>
          </div>
        )}
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
