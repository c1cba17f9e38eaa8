/**
 * What can be done with one message, as far as the message itself decides (domain.md §2.7, §3): a reminder or
 * an answer is never answered; a request for complement (KOMPLT) is answered only by complementing or by "kan
 * ej komplettera"; a question is answered once; only questions are handled. Whether the user may act on the
 * certificate at all (its unit, role, protected identity, signed and sent) is the certificate action
 * `answerMessage` or `complement`, which the caller checks besides.
 */
import type { CertificateStatus } from '../lifecycle/certificate.js';
import type { LocalizedText } from '../validation/validation-error.js';
import { isQuestionSubject, type Message } from './message.js';

export const MESSAGE_ACTION_IDS = ['answer', 'cannotComplement', 'complement', 'markHandled', 'markUnhandled'] as const;
export type MessageActionId = (typeof MESSAGE_ACTION_IDS)[number];

export type MessageRefusalCode =
  | 'notAQuestion'
  | 'reminder'
  | 'complementRequest'
  | 'ownQuestion'
  | 'alreadyAnswered'
  | 'handled'
  | 'notComplementRequest'
  | 'alreadyHandled'
  | 'notHandled'
  | 'complemented'
  | 'certificateRevoked';

export interface MessageRefusal {
  readonly code: MessageRefusalCode;
  readonly message: LocalizedText;
}

const REFUSALS: Record<MessageRefusalCode, LocalizedText> = {
  notAQuestion: {
    sv: 'Meddelandet är ett svar eller en påminnelse, ingen fråga. Det hör till frågan det gäller.',
    en: 'The message is an answer or a reminder, not a question. It belongs to the question it concerns.',
  },
  reminder: {
    sv: 'En påminnelse kan inte besvaras. Svara på frågan som påminnelsen gäller.',
    en: 'A reminder cannot be answered. Answer the question it reminds of.',
  },
  complementRequest: {
    sv: 'En begäran om komplettering besvaras genom att komplettera intyget eller med "Kan ej komplettera".',
    en: 'A request for complement is answered by complementing the certificate or with "Cannot complement".',
  },
  ownQuestion: {
    sv: 'Vårdens egna frågor besvaras av mottagaren.',
    en: "Care's own questions are answered by the recipient.",
  },
  alreadyAnswered: { sv: 'Frågan är redan besvarad.', en: 'The question has already been answered.' },
  handled: {
    sv: 'Frågan är hanterad. Markera den som ej hanterad först.',
    en: 'The question is handled. Mark it as not handled first.',
  },
  notComplementRequest: {
    sv: 'Meddelandet är ingen begäran om komplettering.',
    en: 'The message is not a request for complement.',
  },
  alreadyHandled: { sv: 'Frågan är redan hanterad.', en: 'The question is already handled.' },
  notHandled: { sv: 'Frågan är inte hanterad.', en: 'The question is not handled.' },
  complemented: {
    sv: 'Begäran besvarades med ett kompletterande intyg. Den öppnas igen om det intyget makuleras.',
    en: 'The request was answered by a complementing certificate. It reopens if that certificate is revoked.',
  },
  certificateRevoked: {
    sv: 'Intyget är makulerat; dess ärenden förblir hanterade.',
    en: 'The certificate is revoked; its messages stay handled.',
  },
};

const refusal = (code: MessageRefusalCode): MessageRefusal => ({ code, message: REFUSALS[code] });

/** Why the message (of a certificate with `certificateStatus`) refuses `action`; empty when it allows it. */
export function messageRefusals(
  action: MessageActionId,
  message: Message,
  certificateStatus?: CertificateStatus,
): MessageRefusal[] {
  const codes: MessageRefusalCode[] = [];
  const question = isQuestionSubject(message.subject);
  const answered = message.answeredAt !== null;
  const handled = message.handledAt !== null;
  switch (action) {
    case 'answer':
      if (message.subject === 'PAMINN') codes.push('reminder');
      else if (!question) codes.push('notAQuestion');
      else if (message.subject === 'KOMPLT') codes.push('complementRequest');
      else if (message.direction === 'fromCare') codes.push('ownQuestion');
      else if (answered) codes.push('alreadyAnswered');
      else if (handled) codes.push('handled');
      break;
    case 'cannotComplement':
    case 'complement':
      if (message.subject !== 'KOMPLT' || message.direction !== 'fromRecipient') codes.push('notComplementRequest');
      else if (answered) codes.push('alreadyAnswered');
      else if (handled) codes.push('handled');
      break;
    case 'markHandled':
      if (!question) codes.push('notAQuestion');
      else if (handled) codes.push('alreadyHandled');
      break;
    case 'markUnhandled':
      if (!question) codes.push('notAQuestion');
      else if (!handled) codes.push('notHandled');
      else if (message.complementedBy !== null) codes.push('complemented');
      else if (certificateStatus === 'revoked') codes.push('certificateRevoked');
      break;
  }
  return codes.map(refusal);
}
