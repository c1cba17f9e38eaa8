import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { messagesApi, type ThreadActionId, type ThreadBody } from '../api/messages.js';
import { useT, type Translate } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/sv.js';
import { MessageContent } from './MessageContent.js';
import { TextReplyForm } from './TextReplyForm.js';

export interface ThreadHandlers {
  /** The thread as the server now has it, and what to tell the user. */
  readonly onChanged: (thread: ThreadBody, done: MessageKey) => void;
  readonly onError: (error: unknown) => void;
  /** "Komplettera": a complementing draft, then to it. */
  readonly onComplement: () => Promise<void>;
}

function stateOf(t: Translate, thread: ThreadBody): string {
  const { question } = thread;
  if (question.complementedBy !== null) return t('messages.state.complemented');
  if (thread.handled) return t('messages.state.handled');
  if (question.answeredAt !== null) return t('messages.state.answered');
  return t(question.direction === 'fromCare' ? 'messages.state.waiting' : 'messages.state.unhandled');
}

/** One thread: the question with its state, reminders and answer, and what the user may do with it. */
export function MessageThread({
  thread,
  certificateId,
  recipient,
  complementDraftId,
  handlers,
}: {
  thread: ThreadBody;
  certificateId: string;
  recipient: string;
  /** An open draft that complements the certificate, to continue rather than start another. */
  complementDraftId: string | undefined;
  handlers: ThreadHandlers;
}) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState<'answer' | 'cannotComplement' | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const openers = useRef<Partial<Record<'answer' | 'cannotComplement', HTMLButtonElement | null>>>({});
  const { question } = thread;
  const allowed = (action: ThreadActionId) => thread.actions.some((a) => a.id === action && a.allowed);

  async function act(run: () => Promise<ThreadBody>, done: MessageKey) {
    setBusy(true);
    handlers.onError(undefined);
    try {
      const next = await run();
      setOpen(undefined);
      handlers.onChanged(next, done);
      heading.current?.focus();
    } catch (error) {
      handlers.onError(error);
    } finally {
      setBusy(false);
    }
  }
  function close() {
    const opener = open === undefined ? undefined : openers.current[open];
    setOpen(undefined);
    opener?.focus();
  }
  const opener = (form: 'answer' | 'cannotComplement', label: string) => (
    <button
      type="button"
      className="button button--small"
      aria-expanded={open === form}
      ref={(element) => {
        openers.current[form] = element;
      }}
      onClick={() => setOpen(open === form ? undefined : form)}
    >
      {label}
    </button>
  );
  const continueDraft =
    question.subject === 'KOMPLT' && !thread.handled && !allowed('complement') ? complementDraftId : undefined;

  return (
    <article className={`thread${thread.handled ? ' thread--handled' : ''}`} aria-labelledby={`${id}-heading`}>
      <div className="thread__header">
        <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
          {t(`subject.${question.subject}`)}
          {question.heading ? `: ${question.heading}` : ''}
        </h3>
        <span className="badge">{stateOf(t, thread)}</span>
      </div>
      <MessageContent message={question} />
      {thread.reminders.length > 0 && (
        <section className="thread__part">
          <h4>{t('messages.reminders')}</h4>
          {thread.reminders.map((reminder) => (
            <MessageContent key={reminder.id} message={reminder} />
          ))}
        </section>
      )}
      {thread.answer && (
        <section className="thread__part">
          <h4>{t('messages.answer')}</h4>
          <MessageContent message={thread.answer} />
        </section>
      )}
      <div className="thread__buttons">
        {allowed('complement') && (
          <button type="button" className="button button--small" onClick={() => void handlers.onComplement()}>
            {t('messages.action.complement')}
          </button>
        )}
        {continueDraft && (
          <Link className="button button--small" to={`/certificates/${continueDraft}`}>
            {t('messages.action.continueComplement')}
          </Link>
        )}
        {allowed('cannotComplement') && opener('cannotComplement', t('messages.action.cannotComplement'))}
        {allowed('answer') && opener('answer', t('messages.action.answer'))}
        {allowed('markHandled') && (
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={busy}
            onClick={() =>
              void act(() => messagesApi.setHandled(certificateId, thread.id, true), 'messages.done.handled')
            }
          >
            {t('messages.action.markHandled')}
          </button>
        )}
        {allowed('markUnhandled') && (
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={busy}
            onClick={() =>
              void act(() => messagesApi.setHandled(certificateId, thread.id, false), 'messages.done.unhandled')
            }
          >
            {t('messages.action.markUnhandled')}
          </button>
        )}
      </div>
      {open === 'answer' && (
        <TextReplyForm
          label={t('messages.action.answerLabel', { recipient })}
          submitLabel={t('messages.action.sendAnswer')}
          busy={busy}
          onCancel={close}
          onSubmit={(text) =>
            void act(() => messagesApi.answer(certificateId, thread.id, text), 'messages.done.answered')
          }
        />
      )}
      {open === 'cannotComplement' && (
        <TextReplyForm
          label={t('messages.action.cannotComplementLabel', { recipient })}
          submitLabel={t('messages.action.sendAnswer')}
          busy={busy}
          onCancel={close}
          onSubmit={(text) =>
            void act(
              () => messagesApi.cannotComplement(certificateId, thread.id, text),
              'messages.done.cannotComplement',
            )
          }
        />
      )}
    </article>
  );
}
