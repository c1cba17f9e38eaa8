import { useT } from '../i18n/i18n.js';
import type { UnitCounts } from './useUnitCounts.js';

/**
 * The counts after "Utkast" in the navigation: the unit's drafts, and of them those marked ready for signing —
 * set apart for whoever signs, for whom they are work waiting. Screen readers get both as one phrase.
 */
export function DraftNavCount({ counts, signs }: { counts: UnitCounts; signs: boolean }) {
  const t = useT();
  const { drafts, ready } = counts;
  if (drafts === undefined || ready === undefined) return null;
  return (
    <>
      <span className="app-nav__count" aria-hidden="true">
        {drafts}
      </span>
      {ready > 0 && (
        <span
          className={`app-nav__count app-nav__count--ready${signs ? ' app-nav__count--attention' : ''}`}
          aria-hidden="true"
        >
          {t('nav.readyShort', { count: ready })}
        </span>
      )}
      <span className="visually-hidden">
        {t(ready > 0 ? 'nav.draftsWithReady' : 'nav.draftsCount', { count: drafts, ready })}
      </span>
    </>
  );
}
