import { useState } from 'react';
import { isValidDate } from '@intyg/core';
import { useT } from '../../i18n/i18n.js';
import { describedBy as joinIds } from './common.js';
import { readDateEntry } from './date-entry.js';

export interface DateTextInputProps {
  readonly id: string;
  /** The answer's date: YYYY-MM-DD, '' when none, or text that could not be read. */
  readonly value: string;
  /** Gets '' (cleared), a YYYY-MM-DD date, or the text as typed when it could not be read. */
  readonly onChange: (text: string) => void;
  readonly today: string;
  /** Only in the to-field of a period: its from-date, which lengths and offsets count from. */
  readonly periodStart?: string | undefined;
  /** The visible format hint (and any other descriptions), for aria-describedby. */
  readonly describedBy?: string | undefined;
  readonly invalid?: boolean;
  readonly disabled?: boolean;
  readonly required?: boolean;
}

/**
 * A date as text (ÅÅÅÅ-MM-DD), not `type="date"`: the browser's date input shows the operating system's format
 * and cannot take the shorthands doctors type (`idag`, `+7`, `2v`, see date-entry.ts). A complete date counts as
 * soon as it is typed; a shorthand turns into its date when the field is left or Enter is pressed, and what cannot
 * be read stays as typed (so the form and the saved draft agree) with a message tied to the field.
 */
export function DateTextInput({
  id,
  value,
  onChange,
  today,
  periodStart,
  describedBy,
  invalid = false,
  disabled,
  required,
}: DateTextInputProps) {
  const t = useT();
  // The text while the user is typing; undefined shows the answer.
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [read, setRead] = useState('');
  const unreadable = draft === undefined && value !== '' && !isValidDate(value);
  const messageId = `${id}-unreadable`;

  const commit = () => {
    if (draft === undefined) return;
    const entry = readDateEntry(draft, { today, periodStart });
    const next = entry.kind === 'date' ? entry.date : entry.kind === 'empty' ? '' : draft.trim();
    setDraft(undefined);
    // Say what a shorthand became; the field's new text is not read out by itself.
    setRead(
      entry.kind === 'date' && entry.date !== draft.trim() ? t('date.read', { text: draft.trim(), date: next }) : '',
    );
    if (next !== value) onChange(next);
  };

  return (
    <>
      <input
        id={id}
        className="input input--date"
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={draft ?? value}
        disabled={disabled}
        aria-required={required || undefined}
        aria-invalid={invalid || unreadable || undefined}
        aria-describedby={joinIds(describedBy, unreadable && messageId)}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          setRead('');
          // A complete date (or nothing) counts at once, so day counts follow the typing.
          const trimmed = text.trim();
          if ((trimmed === '' || isValidDate(trimmed)) && trimmed !== value) onChange(trimmed);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
      />
      {unreadable && (
        <p className="date-input__message" id={messageId}>
          {t('date.unreadable', { example: today })}
        </p>
      )}
      <span className="visually-hidden" role="status">
        {read}
      </span>
    </>
  );
}

/** Ids of the format hints of a question's date fields. */
export const dateHintIds = (base: string) => ({ format: `${base}-date-hint`, periodEnd: `${base}-period-hint` });

/** The visible format hint under a question with date fields; `periodEnd` adds how an end date counts. */
export function DateHints({ base, periodEnd = false }: { base: string; periodEnd?: boolean }) {
  const t = useT();
  const ids = dateHintIds(base);
  return (
    <div className="date-hints">
      <p className="hint" id={ids.format}>
        {t('date.hint')}
      </p>
      {periodEnd && (
        <p className="hint" id={ids.periodEnd}>
          {t('date.hintPeriodEnd')}
        </p>
      )}
    </div>
  );
}
