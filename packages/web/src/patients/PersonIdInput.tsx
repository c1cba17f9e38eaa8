import { useId, useState, type ReactNode, type Ref } from 'react';
import { stockholmDate } from '@intyg/core';
import { formatPersonId } from '../format.js';
import { useT } from '../i18n/i18n.js';
import { personIdEntry } from './person-id-entry.js';

/** Today in Stockholm, fixed for the life of the component that asks (the century of a 10-digit number). */
export function useToday(): string {
  const [today] = useState(() => stockholmDate(new Date()));
  return today;
}

/**
 * A personal identity or coordination number field, validated as typed (person-id-entry.ts): what is wrong shows
 * once the number is complete, or when the user leaves the field or `submitted` is set; a valid number is
 * confirmed in its written form. Both are read with the field (aria-describedby) and announced politely.
 */
export function PersonIdInput({
  label,
  value,
  onChange,
  submitted = false,
  inputRef,
  className = 'input input--person-id',
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The form was sent: judge whatever is there. */
  submitted?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  /** Shown beside the input, e.g. the search button. */
  children?: ReactNode;
}) {
  const t = useT();
  const id = useId();
  const today = useToday();
  const [left, setLeft] = useState(false);
  const entry = personIdEntry(value, today, left || submitted);
  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;
  return (
    <div className="form-row person-id">
      <label htmlFor={id}>{label}</label>
      <span id={hintId} className="hint">
        {t('personId.hint')}
      </span>
      <div className="person-id__control">
        <input
          ref={inputRef}
          id={id}
          className={className}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={15}
          value={value}
          aria-invalid={entry.kind === 'invalid'}
          aria-describedby={`${hintId} ${messageId}`}
          onChange={(event) => {
            onChange(event.target.value);
            if (event.target.value === '') setLeft(false);
          }}
          onBlur={() => setLeft(true)}
        />
        {children}
      </div>
      <div id={messageId} aria-live="polite" className="person-id__message">
        {entry.kind === 'invalid' && <p className="field-error">{t(`personId.problem.${entry.problem}`)}</p>}
        {entry.kind === 'valid' && (
          <p className="person-id__valid">
            {t(entry.coordinationNumber ? 'personId.validCoordination' : 'personId.valid', {
              number: formatPersonId(entry.personId),
            })}
          </p>
        )}
      </div>
    </div>
  );
}
