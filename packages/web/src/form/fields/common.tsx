import type { ReactNode } from 'react';
import type { ElementSpec } from '@intyg/core';
import { useT } from '../../i18n/i18n.js';
import { counterDomId, labelDomId } from '../dom-ids.js';

/** The visible mandatory marker; inputs carry aria-required, groups a hidden word instead. */
export function MandatoryMarker({ mandatory, spoken = false }: { mandatory: boolean; spoken?: boolean }) {
  const t = useT();
  if (!mandatory) return null;
  return (
    <>
      <span className="mandatory-marker" aria-hidden="true">
        {' *'}
      </span>
      {spoken && <span className="visually-hidden"> ({t('editor.mandatory')})</span>}
    </>
  );
}

/** The question text, as `<label>` for one input or as plain heading text for a group's legend. */
export function QuestionLabel({
  element,
  mandatory,
  htmlFor,
  spoken,
  sublabel,
}: {
  element: ElementSpec;
  mandatory: boolean;
  htmlFor?: string;
  spoken?: boolean;
  sublabel?: string;
}) {
  const content: ReactNode = (
    <>
      <span className="question-label__text">{element.label}</span>
      <MandatoryMarker mandatory={mandatory} spoken={spoken} />
      {sublabel && sublabel !== element.label && <span className="question-label__sub">{sublabel}</span>}
    </>
  );
  if (htmlFor) {
    return (
      <label className="question-label" htmlFor={htmlFor} id={labelDomId(element.id)}>
        {content}
      </label>
    );
  }
  return (
    <span className="question-label" id={labelDomId(element.id)}>
      {content}
    </span>
  );
}

export function CharCounter({
  elementId,
  length,
  limit,
}: {
  elementId: string;
  length: number;
  limit: number | undefined;
}) {
  const t = useT();
  if (limit === undefined) return null;
  return (
    <p className={`char-counter${length >= limit ? ' char-counter--full' : ''}`} id={counterDomId(elementId)}>
      {t('field.chars', { count: length, limit })}
    </p>
  );
}

/** `aria-describedby` from several optional ids. */
export function describedBy(...ids: (string | undefined | false)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return present.length > 0 ? present.join(' ') : undefined;
}

export const asString = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A per-code answer list with the row for `code` replaced (or removed when `row` is undefined), in the
 * model's option order; undefined when nothing is left, so the answer counts as unanswered.
 */
export function replaceCodedRow<Row extends { readonly code: string }>(
  options: readonly { readonly id: string }[],
  rows: readonly Row[],
  code: string,
  row: Row | undefined,
): Row[] | undefined {
  const next = options.flatMap((option) => {
    if (option.id === code) return row ? [row] : [];
    const existing = rows.find((candidate) => candidate.code === option.id);
    return existing ? [existing] : [];
  });
  return next.length === 0 ? undefined : next;
}
