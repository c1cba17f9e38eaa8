import type { MouseEvent } from 'react';
import type { ComplementQuestionBody, MessageBody } from '../api/messages.js';
import { signedAnswerDomId } from '../form/dom-ids.js';
import { useI18n } from '../i18n/i18n.js';
import { formatInstant } from '../format.js';

/** Who sent a message and when, what the recipient asks of care, and the text itself. */
export function MessageContent({ message }: { message: MessageBody }) {
  const { t, language } = useI18n();
  const sender =
    message.direction === 'fromRecipient'
      ? t('messages.fromRecipient', { sender: message.sentBy.name ?? message.sentBy.id })
      : t('messages.fromCare', { name: message.sentBy.name ?? message.sentBy.id });
  const when = t(message.direction === 'fromRecipient' ? 'messages.received' : 'messages.written', {
    time: formatInstant(message.createdAt, language),
  });
  const facts = [
    message.lastReplyDate && t('messages.lastReplyDate', { date: message.lastReplyDate }),
    message.referenceId && t('messages.reference', { reference: message.referenceId }),
    message.sentBy.contactInfo.length > 0 && t('messages.contact', { contact: message.sentBy.contactInfo.join(', ') }),
    message.sendState === 'pending' && t('messages.send.pending'),
    message.sendState === 'sent' && t('messages.send.sent', { time: formatInstant(message.sentAt, language) }),
    message.sendState === 'failed' && t('messages.send.failed'),
  ].filter((fact): fact is string => typeof fact === 'string' && fact !== '');
  return (
    <div className="message">
      <p className="message__meta">
        {sender}, {when}
      </p>
      {facts.length > 0 && (
        <ul className="message__facts">
          {facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      )}
      {message.text !== '' && <p className="message__text">{message.text}</p>}
      {message.complementQuestions.length > 0 && <ComplementQuestions questions={message.complementQuestions} />}
    </div>
  );
}

/** A request for complement's questions, each linking to its answer in the certificate shown below. */
function ComplementQuestions({ questions }: { questions: readonly ComplementQuestionBody[] }) {
  const t = useI18n().t;
  return (
    <section className="message__questions">
      <h4>{t('messages.complementQuestions')}</h4>
      <ol>
        {questions.map((question, index) => {
          const name =
            question.label === null
              ? t('messages.complementQuestionUnknown', { id: question.questionId })
              : t('messages.complementQuestion', { id: question.questionId, label: question.label });
          return (
            <li key={index}>
              {question.elementId === null ? (
                <strong>{name}</strong>
              ) : (
                <a href={`#${signedAnswerDomId(question.elementId)}`} onClick={(event) => goTo(event, question)}>
                  {name}
                </a>
              )}
              <p className="message__text">{question.text}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Moves focus to the question's answer in the certificate (it is not focusable by itself). */
function goTo(event: MouseEvent, question: ComplementQuestionBody) {
  const target = question.elementId === null ? null : document.getElementById(signedAnswerDomId(question.elementId));
  if (target === null) return;
  event.preventDefault();
  target.tabIndex = -1;
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
}
