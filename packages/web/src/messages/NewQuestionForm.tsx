import { useId, useState, type FormEvent } from 'react';
import type { CareQuestionSubject } from '@intyg/core';
import { messagesApi, type ThreadBody } from '../api/messages.js';
import { useT } from '../i18n/i18n.js';
import { MAX_MESSAGE_TEXT } from './TextReplyForm.js';

/** Care's new question to the recipient, about the subjects the model offers. */
export function NewQuestionForm({
  certificateId,
  recipient,
  subjects,
  onAsked,
  onError,
}: {
  certificateId: string;
  recipient: string;
  subjects: readonly CareQuestionSubject[];
  onAsked: (thread: ThreadBody) => void;
  onError: (error: unknown) => void;
}) {
  const t = useT();
  const id = useId();
  const [subject, setSubject] = useState<CareQuestionSubject | ''>('');
  const [heading, setHeading] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const ready = subject !== '' && heading.trim() !== '' && text.trim() !== '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    onError(undefined);
    try {
      const thread = await messagesApi.ask(certificateId, { subject, heading: heading.trim(), text: text.trim() });
      setSubject('');
      setHeading('');
      setText('');
      onAsked(thread);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="messages__new" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('messages.new.title', { recipient })}</h3>
      <form className="create-form create-form--stacked" onSubmit={(event) => void submit(event)}>
        <div className="form-row">
          <label htmlFor={`${id}-subject`}>{t('messages.new.subject')}</label>
          <select
            id={`${id}-subject`}
            className="input input--select"
            required
            value={subject}
            onChange={(event) => setSubject(event.target.value as CareQuestionSubject | '')}
          >
            <option value="">{t('messages.new.chooseSubject')}</option>
            {subjects.map((code) => (
              <option key={code} value={code}>
                {t(`subject.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-row">
          <label htmlFor={`${id}-heading`}>{t('messages.new.heading')}</label>
          <input
            id={`${id}-heading`}
            className="input"
            required
            maxLength={255}
            value={heading}
            onChange={(event) => setHeading(event.target.value)}
          />
        </div>
        <div className="form-row">
          <label htmlFor={`${id}-text`}>{t('messages.new.text')}</label>
          <textarea
            id={`${id}-text`}
            className="input input--area"
            rows={5}
            required
            maxLength={MAX_MESSAGE_TEXT}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={busy || !ready}>
          {busy ? t('messages.action.sending') : t('messages.new.send')}
        </button>
      </form>
    </section>
  );
}
