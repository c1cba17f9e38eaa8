import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../i18n/i18n.js';

/** The longest text the server takes in a question or answer. */
export const MAX_MESSAGE_TEXT = 10_000;

/** A text to send (an answer, or why a certificate cannot be complemented); takes focus when it opens. */
export function TextReplyForm({
  label,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: (text: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => input.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() !== '') onSubmit(text.trim());
  }

  return (
    <form className="thread__form" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={input}
        className="input input--area"
        rows={4}
        maxLength={MAX_MESSAGE_TEXT}
        required
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="thread__buttons">
        <button type="submit" className="button" disabled={busy || text.trim() === ''}>
          {busy ? t('messages.action.sending') : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('messages.action.cancel')}
        </button>
      </div>
    </form>
  );
}
