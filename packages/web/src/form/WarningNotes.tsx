import { useState } from 'react';
import type { CertificateWarning } from '../api/types.js';
import { fitText } from '../format.js';
import { useI18n } from '../i18n/i18n.js';
import { elementDomId, focusField } from './dom-ids.js';
import { useForm } from './form-context.js';

/** Question texts can be long; a link names enough of its question to recognise it. */
const LINK_QUESTION_CHARS = 60;

/**
 * Warnings at their element, styled as the model's own notes (MessageNote); a warning that points to
 * another question links there and moves focus to it. Not a live region: WarningAnnouncer speaks for them.
 */
export function WarningNotes({ warnings }: { warnings: readonly CertificateWarning[] }) {
  const { language, t } = useI18n();
  const { compiled, formState } = useForm();
  return (
    <>
      {warnings.map((warning) => {
        const target = warning.pointsTo === undefined ? undefined : compiled.element(warning.pointsTo);
        const targetShown = target !== undefined && formState.element(target.id).visible;
        return (
          <div className={`note note--${warning.level}`} role="note" key={`${warning.ruleId}|${warning.elementId}`}>
            <p>{warning.message[language]}</p>
            {target && targetShown && (
              <p>
                <a
                  href={`#${elementDomId(target.id)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(target.id, undefined);
                  }}
                >
                  {t('warnings.goTo', { question: fitText(target.label ?? target.id, LINK_QUESTION_CHARS) })}
                </a>
              </p>
            )}
          </div>
        );
      })}
    </>
  );
}

const keyOf = (warning: CertificateWarning) => `${warning.ruleId}|${warning.elementId}|${warning.message.sv}`;

/**
 * A polite live region that reads out warnings when they appear (after an autosave), not those the draft
 * had when it was opened, and not again while they stay. It is always in the page, as live regions must
 * be before their text changes to be announced.
 */
export function WarningAnnouncer({ warnings }: { warnings: readonly CertificateWarning[] }) {
  const { language } = useI18n();
  const [previous, setPrevious] = useState(warnings);
  const [text, setText] = useState('');
  if (warnings !== previous) {
    // React's "adjust state when a prop changes": during render, before the children see it.
    const before = new Set(previous.map(keyOf));
    setPrevious(warnings);
    // Emptied when nothing is new, so that the same warning coming back is a change, and read out again.
    setText(
      warnings
        .filter((warning) => !before.has(keyOf(warning)))
        .map((warning) => warning.message[language])
        .join(' '),
    );
  }
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {text}
    </p>
  );
}
