import { isQuestionSubject, type Message } from './message.js';

/** A thread ("ärende"): a question, its answer once there is one, and the reminders of it. */
export interface MessageThread {
  readonly question: Message;
  readonly answer: Message | null;
  /** Oldest first. */
  readonly reminders: readonly Message[];
}

/**
 * A certificate's messages as threads, the newest question first. An answer or reminder whose question is not
 * among `messages` is left out (the store never keeps one).
 */
export function messageThreads(messages: readonly Message[]): MessageThread[] {
  const questions = messages.filter((message) => isQuestionSubject(message.subject));
  const byCreation = (a: Message, b: Message) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
  return questions
    .map((question) => ({
      question,
      answer: messages.find((message) => message.subject === 'SVAR' && message.inReplyTo === question.id) ?? null,
      reminders: messages
        .filter((message) => message.subject === 'PAMINN' && message.reminderOf === question.id)
        .sort(byCreation),
    }))
    .sort((a, b) => byCreation(b.question, a.question));
}
