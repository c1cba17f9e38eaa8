import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { useCertificateTypes } from '../lifecycle/certificate-types.js';
import type { Guide, GuidePoint } from './guide.js';
import { GUIDE_TYPES, loadGuide } from './index.js';

/** Where a guide's question links lead: the certificate the guide was opened from, at that question. */
export const questionHref = (certificateId: string, elementId: string): string =>
  `/certificates/${encodeURIComponent(certificateId)}?question=${encodeURIComponent(elementId)}`;

/**
 * `/guides/:type`: the guide to a certificate type. Opened from a certificate (`?certificate=<id>`), its question
 * names are links back into that certificate's form, each to its question.
 */
export function GuidePage() {
  const { type = '' } = useParams();
  const [params] = useSearchParams();
  const certificateId = params.get('certificate') ?? undefined;
  const { t, language } = useI18n();
  const types = useCertificateTypes();
  // undefined while loading, null when the type has no guide.
  const [loaded, setLoaded] = useState<{ type: string; guide: Guide | null } | undefined>(undefined);

  useEffect(() => {
    let active = true;
    loadGuide(type).then(
      (guide) => active && setLoaded({ type, guide: guide ?? null }),
      () => active && setLoaded({ type, guide: null }),
    );
    return () => {
      active = false;
    };
  }, [type]);

  const summary = types.get(type);
  const name = summary?.name ?? type;
  const title = t('guide.title', { name });
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);

  const guide = loaded?.type === type ? loaded.guide : undefined;
  const point = (item: GuidePoint, index: number) => (
    <li key={index}>
      <p>{item.text[language]}</p>
      {item.questions && item.questions.length > 0 && (
        <p className="guide__questions">
          <span className="guide__questions-label">{t('guide.questions')}</span>{' '}
          {item.questions.map((question, i) => (
            <span key={question.id}>
              {i > 0 && ', '}
              {certificateId ? (
                <Link to={questionHref(certificateId, question.id)}>{question.name[language]}</Link>
              ) : (
                question.name[language]
              )}
            </span>
          ))}
        </p>
      )}
    </li>
  );

  return (
    <div className="page guide">
      <p className="breadcrumb">
        {certificateId ? (
          <Link to={`/certificates/${encodeURIComponent(certificateId)}`}>{t('guide.back')}</Link>
        ) : (
          <Link to="/">{t('app.home')}</Link>
        )}
      </p>
      <h1>
        {title}
        {summary?.formId ? <span className="h1-sub"> ({summary.formId})</span> : null}
      </h1>
      {guide === undefined && <p role="status">{t('guide.loading')}</p>}
      {guide === null && <p className="alert alert--error">{t('guide.notFound', { type })}</p>}
      {guide && (
        <>
          <p className="lead">{t('guide.intro')}</p>
          <section className="guide__section" aria-labelledby="guide-purpose">
            <h2 id="guide-purpose">{t('guide.purpose')}</h2>
            {guide.purpose.map((paragraph, index) => (
              <p key={index}>{paragraph[language]}</p>
            ))}
          </section>
          <section className="guide__section" aria-labelledby="guide-recipient">
            <h2 id="guide-recipient">{t('guide.recipient')}</h2>
            {guide.recipient.map((paragraph, index) => (
              <p key={index}>{paragraph[language]}</p>
            ))}
          </section>
          <section className="guide__section" aria-labelledby="guide-needs">
            <h2 id="guide-needs">{t('guide.needs')}</h2>
            <ul className="guide__points">{guide.needs.map(point)}</ul>
          </section>
          <section className="guide__section guide__section--complements" aria-labelledby="guide-complements">
            <h2 id="guide-complements">{guide.complements.heading[language]}</h2>
            <ul className="guide__points">{guide.complements.points.map(point)}</ul>
          </section>
        </>
      )}
      <nav className="guide__all" aria-labelledby="guide-all">
        <h2 id="guide-all">{t('guide.all')}</h2>
        <ul className="plain-list">
          {GUIDE_TYPES.map((other) => (
            <li key={other}>
              <Link to={`/guides/${encodeURIComponent(other)}`} aria-current={other === type ? 'page' : undefined}>
                {types.get(other)?.name ?? other}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
