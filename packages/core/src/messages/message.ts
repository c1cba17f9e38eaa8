/**
 * Questions and answers between care and a certificate's recipient (ärendekommunikation, domain.md §3): what
 * a message is, whichever way it travels. A thread ("ärende") is a question with its answer and the reminders
 * of it (`threads.ts`); the transport is RIV-TA SendMessageToCare v2 inwards and SendMessageToRecipient v2
 * outwards.
 */

/** The subjects (amne, KV Ärendetyp) of messages. */
export const MESSAGE_SUBJECTS = ['KOMPLT', 'PAMINN', 'KONTKT', 'OVRIGT', 'AVSTMN', 'SVAR'] as const;
export type MessageSubject = (typeof MESSAGE_SUBJECTS)[number];

/** What care may start a question about (Webcert's VALID_VARD_AMNEN). */
export const CARE_QUESTION_SUBJECTS = ['AVSTMN', 'KONTKT', 'OVRIGT'] as const;
export type CareQuestionSubject = (typeof CARE_QUESTION_SUBJECTS)[number];

/** The subjects that start a thread: everything but a reminder (PAMINN) and an answer (SVAR). */
export function isQuestionSubject(subject: MessageSubject): boolean {
  return subject !== 'PAMINN' && subject !== 'SVAR';
}

export type MessageDirection = 'fromRecipient' | 'fromCare';

/** A request for complement's question (`komplettering`): which question of the certificate, and why. */
export interface ComplementQuestion {
  /** `frage-id`: the svar id of the question in the certificate's transport mapping, e.g. "1", "35". */
  readonly questionId: string;
  /** `instans`: the instance of a repeated svar, when the request concerns one. */
  readonly instance?: number;
  readonly text: string;
}

export interface MessageSender {
  /** From the recipient: its party code (KV Part, e.g. FKASSA); from care: the person's HSA id. */
  readonly id: string;
  readonly name: string | null;
  /** Contact lines the recipient gave (`kontaktInfo`); none from care. */
  readonly contactInfo: readonly string[];
}

/** The delivery of care's message to the recipient: queued in the outbox, acknowledged, or refused for good. */
export type MessageSendState = 'pending' | 'sent' | 'failed';

export interface Message {
  /** Ours (a UUID). */
  readonly id: string;
  readonly certificateId: string;
  /** The certificate's care unit and care provider: access follows them. */
  readonly unitId: string;
  readonly careProviderId: string;
  readonly direction: MessageDirection;
  readonly subject: MessageSubject;
  /** `rubrik`. */
  readonly heading: string | null;
  /** `meddelande`. */
  readonly text: string;
  /**
   * `meddelande-id`, the id the message travels under: the recipient's for a message from it, ours for one from
   * care. Unique per direction: a message the recipient posts again is recognised by it.
   */
  readonly transportId: string;
  /** `referens-id`: the sender's own reference. */
  readonly referenceId: string | null;
  /** A reminder (PAMINN): the id of the message it reminds of. */
  readonly reminderOf: string | null;
  /** An answer (SVAR): the id of the question it answers. */
  readonly inReplyTo: string | null;
  /** A request for complement (KOMPLT): the questions of the certificate it concerns. */
  readonly complementQuestions: readonly ComplementQuestion[];
  /** `sistaDatumForSvar`, YYYY-MM-DD. */
  readonly lastReplyDate: string | null;
  /**
   * When it was sent: the recipient's `skickatTidpunkt` for a message from it; for care's, when the recipient
   * acknowledged it (null until then).
   */
  readonly sentAt: string | null;
  readonly sentBy: MessageSender;
  /** Care's messages only: their delivery to the recipient. */
  readonly sendState: MessageSendState | null;
  /** A question: when it was answered (by an answer, or a KOMPLT by a signed complement); null while open. */
  readonly answeredAt: string | null;
  /** A question: when it was handled ("hanterad"); null while it needs someone's attention. */
  readonly handledAt: string | null;
  /** User id of who handled it; null when the system did (a complement signed, the certificate revoked). */
  readonly handledBy: string | null;
  /** A KOMPLT: the certificate that complemented it, once that was signed. */
  readonly complementedBy: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A KOMPLT still waiting for care: neither answered ("kan ej komplettera", a signed complement) nor handled. */
export function isOpenComplementRequest(message: Message): boolean {
  return (
    message.subject === 'KOMPLT' &&
    message.direction === 'fromRecipient' &&
    message.answeredAt === null &&
    message.handledAt === null
  );
}

/** What a message is as it is first stored; its question state (answered, handled, complemented) comes later. */
export type NewMessage = Omit<Message, 'answeredAt' | 'handledAt' | 'handledBy' | 'complementedBy' | 'updatedAt'>;

/** A message as it is first stored: not answered, not handled, changed when created. */
export function newMessage(fields: NewMessage): Message {
  return {
    ...fields,
    answeredAt: null,
    handledAt: null,
    handledBy: null,
    complementedBy: null,
    updatedAt: fields.createdAt,
  };
}
