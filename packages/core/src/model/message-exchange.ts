/**
 * Questions and answers with the recipient (ärendekommunikation, domain.md §3) are a property of the model,
 * not of a list of type ids: a model that declares `messages` exchanges them with its recipient (Försäkringskassan's
 * types do; Transportstyrelsen's and the employer's do not).
 */
import { CARE_QUESTION_SUBJECTS, type CareQuestionSubject } from '../messages/message.js';
import type { CertificateModel } from './certificate-model.js';

export interface MessageExchange {
  /** What care may ask the recipient about, in the order offered: some of AVSTMN, KONTKT, OVRIGT. */
  readonly questionSubjects: readonly CareQuestionSubject[];
}

/** Whether certificates of the model exchange messages with their recipient. */
export function exchangesMessages(model: Pick<CertificateModel, 'messages'>): boolean {
  return model.messages !== undefined;
}

/** Load-time check: messages need a recipient, and care's subjects must be ones care may ask about. */
export function checkMessageExchange(model: CertificateModel, report: (message: string) => void): void {
  const { messages } = model;
  if (messages === undefined) return;
  if (model.recipient === null) report('The model exchanges messages but has no recipient');
  if (messages.questionSubjects.length === 0) report('messages.questionSubjects is empty');
  for (const subject of messages.questionSubjects) {
    if (!CARE_QUESTION_SUBJECTS.includes(subject)) report(`Care cannot ask about '${String(subject)}'`);
  }
  if (new Set(messages.questionSubjects).size !== messages.questionSubjects.length) {
    report('messages.questionSubjects names a subject twice');
  }
}
