import { useId, useMemo, useState } from 'react';
import type { Answers, CompiledModel, DiagnosesElement } from '@intyg/core';
import { useT } from '../i18n/i18n.js';
import { Tabs } from '../ui/Tabs.js';
import { useMediaQuery } from '../ui/useMediaQuery.js';
import { displayIcdCode, enteredDiagnoses, fmbDiagnosesElement } from './entered-diagnoses.js';
import { FmbDocument } from './FmbDocument.js';
import { useFmb, type FmbLookup } from './useFmb.js';

/** The width from which the panel is a column beside the form and open from the start (styles: 80rem). */
const DESKTOP = '(min-width: 80rem)';

/**
 * FMB beside a draft whose model has a diagnoses element with ICD-10-SE (none otherwise). It follows the
 * diagnoses entered: a tab per entered code FMB has a document for, and says which codes fell back to their
 * parent and which FMB does not cover. Open from the start on a desktop; on a tablet it starts closed, one
 * button away; the user's own choice then holds.
 */
export function FmbPanel({ compiled, answers }: { compiled: CompiledModel; answers: Answers }) {
  const element = useMemo(() => fmbDiagnosesElement(compiled), [compiled]);
  if (!element) return null;
  return <FmbPanelFor element={element} value={answers[element.id]} />;
}

function FmbPanelFor({ element, value }: { element: DiagnosesElement; value: Answers[string] | undefined }) {
  const t = useT();
  const id = useId();
  const desktop = useMediaQuery(DESKTOP);
  const [chosenOpen, setChosenOpen] = useState<boolean | undefined>(undefined);
  const open = chosenOpen ?? desktop;
  const entered = useMemo(() => enteredDiagnoses(element, value), [element, value]);
  const fmb = useFmb(entered.icdCodes);
  const lookups: readonly FmbLookup[] =
    fmb.status === 'done' ? fmb.value : fmb.status === 'loading' ? (fmb.stale ?? []) : [];
  const found = lookups.flatMap((lookup) => (lookup.kind === 'found' ? [lookup.info] : []));
  const codesOf = (kind: FmbLookup['kind']) =>
    lookups
      .filter((lookup) => lookup.kind === kind)
      .map((lookup) => displayIcdCode(lookup.code))
      .join(', ');
  const none = lookups
    .filter((lookup) => lookup.kind === 'none' && lookup.moreSpecificCodes.length === 0)
    .map((lookup) => displayIcdCode(lookup.code))
    .join(', ');
  const moreSpecific = lookups.flatMap((lookup) =>
    lookup.kind === 'none' && lookup.moreSpecificCodes.length > 0 ? [lookup] : [],
  );
  const failed = codesOf('failed');

  return (
    <aside className="fmb" aria-labelledby={`${id}-title`}>
      <div className="fmb__header">
        <h2 className="fmb__title" id={`${id}-title`}>
          {t('fmb.title')}
        </h2>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setChosenOpen(!open)}
        >
          {open ? t('fmb.hide') : t('fmb.show')}
          <span className="visually-hidden"> {t('fmb.title')}</span>
        </button>
      </div>
      {!open && entered.icdCodes.length > 0 && (
        <p className="fmb__summary">{entered.icdCodes.map(displayIcdCode).join(', ')}</p>
      )}
      <div className="fmb__body" id={`${id}-body`} hidden={!open}>
        <p className="fmb__intro">{t('fmb.intro')}</p>
        {entered.icdCodes.length === 0 && !entered.otherSystem && <p>{t('fmb.noDiagnosis')}</p>}
        {entered.otherSystem && <p className="note note--info">{t('fmb.icd10Only')}</p>}
        <p role="status" className={fmb.status === 'loading' ? 'fmb__loading' : 'visually-hidden'}>
          {fmb.status === 'loading' ? t('fmb.loading') : ''}
        </p>
        {none && <p className="note note--info">{t('fmb.noSupport', { codes: none })}</p>}
        {moreSpecific.map((lookup) => (
          <p key={lookup.code} className="note note--info">
            {t('fmb.moreSpecific', {
              code: displayIcdCode(lookup.code),
              codes: lookup.moreSpecificCodes.map(displayIcdCode).join(', '),
            })}
          </p>
        ))}
        {failed && <p className="alert alert--error">{t('fmb.failed', { codes: failed })}</p>}
        {found.length === 1 && found[0] && <FmbDocument info={found[0]} />}
        {found.length > 1 && (
          <Tabs
            label={t('fmb.tabs')}
            items={found.map((info) => ({
              key: info.requestedCode,
              label: displayIcdCode(info.requestedCode),
              panel: <FmbDocument info={info} />,
            }))}
          />
        )}
      </div>
    </aside>
  );
}
