/**
 * SendMessageToRecipient v2 at a recipient: a question or answer from care, stored with its certificate,
 * once per meddelande-id (INFO for a message already stored). Refused (ERROR) when it is addressed to another
 * logical address, concerns a certificate this recipient does not have or another patient, answers a
 * message this recipient never sent, or comes to a recipient that exchanges no messages with care.
 */
import {
  parseSendMessageToRecipient,
  validationErrorResult,
  type RivMessageToRecipient,
  type RivResult,
} from '@intyg/riv';
import { refused, withReceipt, type ContractRequest, type ReceiverDeps } from './receiver.js';

export function sendMessageToRecipient(deps: ReceiverDeps, request: ContractRequest): RivResult {
  return withReceipt(deps, 'SendMessageToRecipient', request, () => {
    const parsed = parseSendMessageToRecipient(request.xml);
    if (!parsed.ok) return { result: validationErrorResult(parsed.errors), certificateId: null };
    const message = parsed.value;
    const certificateId = message.certificateId;
    const problem = problemOf(deps, request, message);
    if (problem !== undefined) return { result: problem, certificateId };
    const outcome = deps.messages.insert(
      {
        recipientId: request.recipient.id,
        messageId: message.messageId,
        certificateId,
        direction: 'fromCare',
        subject: message.subject,
        heading: message.heading ?? null,
        text: message.text,
        reminderOf: message.reminderOf ?? null,
        inReplyTo: message.inReplyTo?.messageId ?? null,
        lastReplyDate: message.lastReplyDate ?? null,
        complements: [],
        sentBy: [message.sentBy.fullName, message.sentBy.unit.unitName].filter(Boolean).join(', '),
        createdAt: deps.now().toISOString(),
      },
      request.xml,
    );
    const result: RivResult =
      outcome === 'stored' ? { resultCode: 'OK' } : { resultCode: 'INFO', resultText: 'Message already exists' };
    return { result, certificateId };
  });
}

function problemOf(
  deps: ReceiverDeps,
  { recipient }: ContractRequest,
  message: RivMessageToRecipient,
): RivResult | undefined {
  if (!recipient.messaging) {
    return {
      resultCode: 'ERROR',
      errorId: 'APPLICATION_ERROR',
      resultText: `${recipient.name} tar inte emot frågor och svar elektroniskt.`,
    };
  }
  if (message.logicalAddress !== recipient.id) {
    return refused(`'logiskAdressMottagare' ska vara ${recipient.id}, men är '${message.logicalAddress}'.`);
  }
  const certificate = deps.certificates.get(recipient.id, message.certificateId);
  if (certificate === undefined) {
    return refused(`Intyget '${message.certificateId}' är inte känt hos ${recipient.name}.`);
  }
  if (certificate.patientPersonId !== message.patientPersonId) {
    return refused('Patientens person-id stämmer inte med intygets.');
  }
  const answered = message.inReplyTo?.messageId;
  if (answered !== undefined) {
    const ours = deps.messages.list({
      recipientId: recipient.id,
      certificateId: message.certificateId,
      direction: 'toCare',
    });
    if (!ours.some((sent) => sent.messageId === answered)) {
      return refused(`Meddelandet '${answered}' som svaret avser är inte känt för intyget.`);
    }
  }
  return undefined;
}
