import { Link } from 'react-router';
import { useT } from '../i18n/i18n.js';
import { hasGuide } from './index.js';

/** "Guide för Läkarintyg för sjukpenning" on a certificate's page, when the type has a guide. */
export function GuideLink({ type, name, certificateId }: { type: string; name: string; certificateId: string }) {
  const t = useT();
  if (!hasGuide(type)) return null;
  return (
    <p className="guide-link">
      <Link to={`/guides/${encodeURIComponent(type)}?certificate=${encodeURIComponent(certificateId)}`}>
        <span className="guide-link__icon" aria-hidden="true">
          ?
        </span>
        {t('guide.link', { name })}
      </Link>
    </p>
  );
}
