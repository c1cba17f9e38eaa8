import type { Ref } from 'react';
import type { CompiledModel, ValidationError } from '@intyg/core';
import { useI18n, type Translate } from '../i18n/i18n.js';
import { elementDomId, focusField } from './dom-ids.js';

/** The question an error belongs to, named by the nearest element with a label. */
function questionLabel(compiled: CompiledModel, elementId: string): string {
  for (let id: string | undefined = elementId; id !== undefined; id = compiled.parentId(id)) {
    const label = compiled.element(id)?.label;
    if (label) return label;
  }
  return elementId;
}

/** "3 uppgifter saknas eller behöver rättas." with the singular for one. */
export function missingCountText(t: Translate, count: number): string {
  return count === 1 ? t('editor.missing.countOne') : t('editor.missing.count', { count });
}

/**
 * What is missing before signing, its count in the heading (which gets focus after a refused signing, so the
 * count is what is heard first); each item is a link that moves focus into its field.
 */
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
        {errors.length > 0 && (
          <>
            {': '}
            <span className="missing__count">
              {errors.length === 1 ? t('editor.missing.itemsOne') : t('editor.missing.items', { count: errors.length })}
            </span>
          </>
        )}
      </h2>
      {errors.length === 0 ? (
        <p>{t('editor.missing.none')}</p>
      ) : (
        <ul className="missing__list">
          {errors.map((error) => (
            <li key={`${error.ruleId}|${error.elementId}|${error.fieldId}`}>
              <a
                href={`#${elementDomId(error.elementId)}`}
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
