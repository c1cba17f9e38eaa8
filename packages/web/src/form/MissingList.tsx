import type { Ref } from 'react';
import type { CompiledModel, ValidationError } from '@intyg/core';
import { useI18n } from '../i18n/i18n.js';
import { focusField, inputId } from './dom-ids.js';

/** The question an error belongs to, named by the nearest element with a label. */
function questionLabel(compiled: CompiledModel, elementId: string): string {
  for (let id: string | undefined = elementId; id !== undefined; id = compiled.parentId(id)) {
    const label = compiled.element(id)?.label;
    if (label) return label;
  }
  return elementId;
}

/** What is missing before signing; each item moves focus to its field. */
export function MissingList({
  compiled,
  errors,
  headingRef,
}: {
  compiled: CompiledModel;
  errors: readonly ValidationError[];
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const { t, language } = useI18n();
  return (
    <section className="missing" aria-labelledby="missing-heading">
      <h2 id="missing-heading" className="missing__title" tabIndex={-1} ref={headingRef}>
        {t('editor.missing.title')}
      </h2>
      {errors.length === 0 ? (
        <p>{t('editor.missing.none')}</p>
      ) : (
        <ul className="missing__list">
          {errors.map((error) => (
            <li key={`${error.ruleId}|${error.elementId}|${error.fieldId}`}>
              <a
                href={`#${inputId(error.fieldId)}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(error.elementId, error.fieldId);
                }}
              >
                <span className="missing__question">{questionLabel(compiled, error.elementId)}</span>
                <span className="missing__message">{error.message[language]}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
