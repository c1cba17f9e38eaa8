/**
 * A certificate's messages as the API shows them: threads (a question with its answer and reminders), a
 * request for complement's questions labelled with the certificate model's question texts, and per thread the
 * actions the user may take, each refusal with its reason (certificate-level ones from core's lifecycle guards,
 * message-level ones from core's `messageRefusals`).
 */
import {
  messageRefusals,
  messageThreads,
  MESSAGE_ACTION_IDS,
  transportQuestions,
  type ActionAvailability,
  type Certificate,
  type CompiledModel,
  type Message,
  type MessageActionId,
  type MessageThread,
  type Refusal,
  type MessageRefusal,
} from '@intyg/core';

export interface ComplementQuestionView {
  readonly questionId: string;
  readonly instance: number | null;
  readonly text: string;
  /** Where the question is in the certificate (the first element travelling in it); null if the model lacks it. */
  readonly elementId: string | null;
  /** The model's text of the question. */
  readonly label: string | null;
}

export interface MessageView {
  readonly id: string;
  readonly direction: Message['direction'];
  readonly subject: Message['subject'];
  readonly heading: string | null;
  readonly text: string;
  readonly referenceId: string | null;
  readonly sentBy: Message['sentBy'];
  /** When the sender sent it (care's: when the recipient acknowledged it). */
  readonly sentAt: string | null;
  /** When it was stored here: received from the recipient, or written by care. */
  readonly createdAt: string;
  readonly lastReplyDate: string | null;
  readonly sendState: Message['sendState'];
  readonly answeredAt: string | null;
  readonly handledAt: string | null;
  readonly complementedBy: string | null;
  readonly complementQuestions: readonly ComplementQuestionView[];
}

export interface ThreadAction {
  readonly id: MessageActionId;
  readonly allowed: boolean;
  readonly reasons: readonly (Refusal | MessageRefusal)[];
}

export interface ThreadView {
  /** The question's id: the thread is addressed by it. */
  readonly id: string;
  readonly question: MessageView;
  readonly answer: MessageView | null;
  readonly reminders: readonly MessageView[];
  readonly handled: boolean;
  readonly actions: readonly ThreadAction[];
}

/** What the certificate allows whatever the message: answering messages, and complementing it. */
export interface CertificateMessageActions {
  readonly answerMessage: ActionAvailability;
  readonly complement: ActionAvailability;
}

export function threadViews(
  certificate: Certificate,
  compiled: CompiledModel,
  messages: readonly Message[],
  allowed: CertificateMessageActions,
): ThreadView[] {
  const questions = new Map(transportQuestions(compiled).map((question) => [question.questionId, question]));
  const view = (message: Message): MessageView => ({
    id: message.id,
    direction: message.direction,
    subject: message.subject,
    heading: message.heading,
    text: message.text,
    referenceId: message.referenceId,
    sentBy: message.sentBy,
    sentAt: message.sentAt,
    createdAt: message.createdAt,
    lastReplyDate: message.lastReplyDate,
    sendState: message.sendState,
    answeredAt: message.answeredAt,
    handledAt: message.handledAt,
    complementedBy: message.complementedBy,
    complementQuestions: message.complementQuestions.map(({ questionId, instance, text }) => ({
      questionId,
      instance: instance ?? null,
      text,
      elementId: questions.get(questionId)?.elementId ?? null,
      label: questions.get(questionId)?.label ?? null,
    })),
  });
  return messageThreads(messages).map((thread) => ({
    id: thread.question.id,
    question: view(thread.question),
    answer: thread.answer === null ? null : view(thread.answer),
    reminders: thread.reminders.map(view),
    handled: thread.question.handledAt !== null,
    actions: MESSAGE_ACTION_IDS.map((id) => threadAction(id, thread, certificate, allowed)),
  }));
}

/** The certificate's refusals of the action, which the message's own refusals, being more specific, replace. */
function threadAction(
  id: MessageActionId,
  thread: MessageThread,
  certificate: Certificate,
  allowed: CertificateMessageActions,
): ThreadAction {
  const own = messageRefusals(id, thread.question, certificate.status);
  const ofCertificate =
    id === 'answer'
      ? allowed.answerMessage.reasons
      : id === 'markHandled' || id === 'markUnhandled'
        ? []
        : allowed.complement.reasons;
  const reasons = own.length > 0 ? own : ofCertificate;
  return { id, allowed: reasons.length === 0, reasons };
}
