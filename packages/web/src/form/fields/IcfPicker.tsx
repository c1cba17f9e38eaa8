import { useId, useRef, useState } from 'react';
import type { IcfCode, IcfElement, IcfSupport } from '@intyg/core';
import type { Loaded } from '../../decision-support/async.js';
import { displayIcdCode } from '../../decision-support/entered-diagnoses.js';
import { icfGroupsOf } from '../../decision-support/useIcfSupport.js';
import { useT } from '../../i18n/i18n.js';
import { Dialog } from '../../ui/Dialog.js';

/**
 * The ICF picker of an ICF question (domain.md §6.2): the codes FMB lists for the entered diagnoses, those
 * common to several diagnoses first, then per diagnosis its central and complementary codes, each with its
 * description one click away. The choice is the dialog's own until "Lägg till"; "Avbryt" and Escape drop it.
 * A code is one checkbox state wherever it is listed. At most `element.maxCodes` codes.
 */
export function IcfPicker({
  element,
  support,
  chosen,
  onAdd,
  onCancel,
}: {
  element: IcfElement;
  support: Loaded<IcfSupport>;
  /** The codes already in the answer; they start ticked. */
  chosen: readonly string[];
  onAdd: (codes: string[]) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const [selected, setSelected] = useState<string[]>(() => [...chosen]);
  const heading = useRef<HTMLHeadingElement>(null);
  const full = selected.length >= element.maxCodes;
  const toggle = (code: string) =>
    setSelected((previous) =>
      previous.includes(code) ? previous.filter((other) => other !== code) : [...previous, code],
    );
  const groups = support.status === 'done' ? icfGroupsOf(support.value, element.aspect) : undefined;
  const list = (key: string, legend: string, codes: readonly IcfCode[]) =>
    codes.length > 0 && (
      <IcfCodeGroup
        key={key}
        idPrefix={`${id}-${key}`}
        legend={legend}
        codes={codes}
        selected={selected}
        full={full}
        onToggle={toggle}
      />
    );

  return (
    <Dialog
      labelledBy={`${id}-title`}
      describedBy={`${id}-instruction`}
      onClose={onCancel}
      initialFocus={heading}
      className="dialog--icf"
    >
      <div className="dialog__header">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t('icf.dialogTitle')}
        </h2>
        <p id={`${id}-instruction`}>{element.modalLabel}</p>
        <p className="muted" role="status">
          {full
            ? t('icf.full', { max: element.maxCodes })
            : t('icf.chosenCount', { count: selected.length, max: element.maxCodes })}
        </p>
      </div>
      <div className="dialog__body">
        {(support.status === 'loading' || support.status === 'idle') && <p role="status">{t('icf.loading')}</p>}
        {support.status === 'error' && <p className="alert alert--error">{t('icf.failed')}</p>}
        {groups && groups.perDiagnosis.length === 0 && <p>{t('icf.noSupport')}</p>}
        {groups && (
          <>
            {list(
              'common',
              t('icf.common', { codes: groups.perDiagnosis.map((d) => displayIcdCode(d.code)).join(', ') }),
              groups.common,
            )}
            {groups.perDiagnosis.map((diagnosis) => (
              <section className="icf-diagnosis" key={diagnosis.code} aria-labelledby={`${id}-${diagnosis.code}`}>
                <h3 id={`${id}-${diagnosis.code}`}>
                  {t('icf.forDiagnosis', { code: displayIcdCode(diagnosis.code) })}
                  {diagnosis.title ? ` ${diagnosis.title}` : ''}
                </h3>
                {list(`${diagnosis.code}-central`, t('icf.central'), diagnosis.central)}
                {list(`${diagnosis.code}-complementary`, t('icf.complementary'), diagnosis.complementary)}
              </section>
            ))}
          </>
        )}
      </div>
      <div className="dialog__footer">
        <button type="button" className="button" onClick={() => onAdd(selected)}>
          {t('icf.add')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('icf.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

/** One list of codes as checkboxes; past the maximum, the codes not ticked are disabled. */
function IcfCodeGroup({
  idPrefix,
  legend,
  codes,
  selected,
  full,
  onToggle,
}: {
  idPrefix: string;
  legend: string;
  codes: readonly IcfCode[];
  selected: readonly string[];
  full: boolean;
  onToggle: (code: string) => void;
}) {
  const t = useT();
  const [described, setDescribed] = useState<string | undefined>(undefined);
  return (
    <fieldset className="group icf-group">
      <legend>{legend}</legend>
      <ul className="icf-codes">
        {codes.map((code) => {
          const inputId = `${idPrefix}-${code.code}`;
          const descriptionId = `${inputId}-description`;
          const checked = selected.includes(code.code);
          const open = described === code.code;
          return (
            <li key={code.code} className="icf-code">
              <div className="choice">
                <input
                  id={inputId}
                  type="checkbox"
                  checked={checked}
                  disabled={full && !checked}
                  onChange={() => onToggle(code.code)}
                />
                <label htmlFor={inputId}>
                  <span className="icf-code__code">{code.code}</span> {code.title}
                </label>
                {code.description && (
                  <button
                    type="button"
                    className="link-button icf-code__more"
                    aria-expanded={open}
                    aria-controls={descriptionId}
                    onClick={() => setDescribed(open ? undefined : code.code)}
                  >
                    {open ? t('icf.hideDescription') : t('icf.showDescription')}
                    <span className="visually-hidden"> {`${code.code} ${code.title}`}</span>
                  </button>
                )}
              </div>
              {code.description && (
                <div className="icf-code__description" id={descriptionId} hidden={!open}>
                  <p>{code.description}</p>
                  {code.includes && (
                    <p>
                      <strong>{t('icf.includes')}</strong> {code.includes}
                    </p>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
