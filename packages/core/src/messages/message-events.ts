/**
 * The certificate events the messages write, each in the transaction of its change (the outbox of EHR status
 * notifications reads them). One event type per notification, so that mapping them to Webcert's codes
 * (HandelsekodEnum, domain.md §3) is a table:
 *
 * | event                       | when                                                        | EHR code |
 * | --------------------------- | ----------------------------------------------------------- | -------- |
 * | `recipientQuestionReceived` | a question, request for complement or reminder arrived      | NYFRFM   |
 * | `recipientAnswerReceived`   | the recipient answered care's question                      | NYSVFM   |
 * | `careQuestionSent`          | care asked the recipient a question (queued for delivery)   | NYFRFV   |
 * | `careAnswerSent`            | care answered the recipient, or said it cannot complement   | —        |
 * | `recipientQuestionHandled`  | the recipient's question became handled (by hand or effect) | HANFRFM  |
 * | `careQuestionHandled`       | care's question became handled                              | HANFRFV  |
 * | `recipientQuestionReopened` | the recipient's question became unhandled again             | —        |
 * | `careQuestionReopened`      | care's question became unhandled again                      | —        |
 *
 * Every payload has `messageId` (ours) and `subject`; handled and reopened events also `reason`.
 */
import type { MessageDirection } from './message.js';

export const MESSAGE_EVENTS = {
  recipientQuestionReceived: 'recipientQuestionReceived',
  recipientAnswerReceived: 'recipientAnswerReceived',
  careQuestionSent: 'careQuestionSent',
  careAnswerSent: 'careAnswerSent',
  recipientQuestionHandled: 'recipientQuestionHandled',
  careQuestionHandled: 'careQuestionHandled',
  recipientQuestionReopened: 'recipientQuestionReopened',
  careQuestionReopened: 'careQuestionReopened',
} as const;

export type MessageEventType = keyof typeof MESSAGE_EVENTS;

/**
 * Why a question became handled or unhandled: by a user (`marked`), by care's answer (`answered`), by
 * "kan ej komplettera" (`cannotComplement`), by a signed complement (`complemented`), by the certificate's
 * revocation (`revoked`), or, reopened, by the revocation of the complement that had closed it
 * (`complementRevoked`).
 */
export type HandlingReason =
  'marked' | 'answered' | 'cannotComplement' | 'complemented' | 'revoked' | 'complementRevoked';

/** The event type of a question of `direction` becoming handled (true) or unhandled again (false). */
export function handlingEventType(direction: MessageDirection, handled: boolean): MessageEventType {
  if (direction === 'fromRecipient') return handled ? 'recipientQuestionHandled' : 'recipientQuestionReopened';
  return handled ? 'careQuestionHandled' : 'careQuestionReopened';
}
