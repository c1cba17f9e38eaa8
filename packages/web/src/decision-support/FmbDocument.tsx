import type { FmbInfo } from '../api/decision-support.js';
import { useT } from '../i18n/i18n.js';
import { displayIcdCode } from './entered-diagnoses.js';

/** FMB's texts mark paragraphs with line breaks. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n+/)
        .map((paragraph) => paragraph.trim())
        .filter((paragraph) => paragraph !== '')
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
    </>
  );
}

/**
 * Socialstyrelsen's FMB for one entered diagnosis, as Webcert's FMB panel shows it (domain.md §6.1): the
 * guidance on sick-leave length first (the typical cases and the longest recommendation), then the document's
 * sections, each one click away, and the link to Socialstyrelsen.
 */
export function FmbDocument({ info }: { info: FmbInfo }) {
  const t = useT();
  const requested = displayIcdCode(info.requestedCode);
  const sections: [string, string][] = [
    [t('fmb.generalInfo'), info.generalInfo],
    [t('fmb.symptomPrognosisTreatment'), info.symptomPrognosisTreatment],
    [t('fmb.functionalImpairment'), info.functionalImpairment],
    [t('fmb.activityLimitation'), info.activityLimitation],
    [t('fmb.rehabilitation'), info.rehabilitation],
  ];
  return (
    <div className="fmb-doc">
      <h3 className="fmb-doc__heading">{info.heading}</h3>
      <p className="fmb-doc__diagnosis">
        {requested}
        {info.diagnosisTitle ? ` ${info.diagnosisTitle}` : ''}
      </p>
      {info.fallback && (
        <p className="note note--info">
          {t('fmb.fallback', { code: requested, parent: displayIcdCode(info.matchedCode) })}
        </p>
      )}
      <section className="fmb-doc__guidance" aria-labelledby={`fmb-guidance-${info.requestedCode}`}>
        <h4 id={`fmb-guidance-${info.requestedCode}`}>{t('fmb.workCapacity')}</h4>
        <p className="fmb-doc__max">
          {info.maxSickLeaveDays === null
            ? t('fmb.noMaxSickLeave')
            : t('fmb.maxSickLeave', { source: info.maxSickLeaveSource ?? '', days: info.maxSickLeaveDays })}
        </p>
        {info.workCapacity.length > 0 && (
          <ul className="fmb-doc__cases">
            {info.workCapacity.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        )}
      </section>
      {sections
        .filter(([, text]) => text.trim() !== '')
        .map(([title, text]) => (
          <details className="fmb-doc__section" key={title}>
            <summary>{title}</summary>
            <Paragraphs text={text} />
          </details>
        ))}
      {info.relatedCodes.length > 1 && (
        <details className="fmb-doc__section">
          <summary>{t('fmb.relatedCodes')}</summary>
          <ul className="plain-list">
            {info.relatedCodes.map((related) => (
              <li key={related.code}>
                {displayIcdCode(related.code)} {related.title}
              </li>
            ))}
          </ul>
        </details>
      )}
      {info.references.length > 0 && (
        <ul className="fmb-doc__references">
          {info.references.map((reference) => (
            <li key={reference.uri}>
              <a href={reference.uri} target="_blank" rel="noopener noreferrer">
                {reference.text}
                <span className="visually-hidden"> {t('app.newTab')}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
