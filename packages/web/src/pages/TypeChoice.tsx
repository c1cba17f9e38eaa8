import { useId } from 'react';
import type { CertificateTypeSummary } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * Every active certificate type the API lists, as radio buttons with the type's name, form number and a short
 * description (read with the choice through aria-describedby). No type is special: the list is the API's.
 */
export function TypeChoice({
  types,
  chosen,
  onChoose,
}: {
  types: readonly CertificateTypeSummary[] | undefined;
  chosen: string;
  onChoose: (type: string) => void;
}) {
  const { t } = useI18n();
  const base = useId();
  return (
    <fieldset className="type-choice">
      <legend>{t('start.type')}</legend>
      {types?.length === 0 && <p>{t('start.noTypes')}</p>}
      <div className="type-list">
        {(types ?? []).map((summary) => {
          const id = `${base}-${summary.type}`;
          const descriptionId = `${id}-description`;
          return (
            <div className={`type-option${chosen === summary.type ? ' type-option--chosen' : ''}`} key={summary.type}>
              <input
                id={id}
                type="radio"
                name="certificate-type"
                value={summary.type}
                checked={chosen === summary.type}
                aria-describedby={summary.description ? descriptionId : undefined}
                onChange={() => onChoose(summary.type)}
              />
              <div className="type-option__text">
                <label htmlFor={id}>
                  <span className="type-option__name">{summary.name}</span>
                  {summary.formId && <span className="type-option__form"> ({summary.formId})</span>}
                </label>
                {summary.description && (
                  <p className="type-option__description" id={descriptionId}>
                    {summary.description}
                  </p>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
