/**
 * A message a recipient starts towards care, from the page's checked input: the SendMessageToCare v2 XML is
 * built once and stored with the message as `pending`, before anything is sent; the sender delivers it (see
 * care-sender.ts). A new meddelande-id per message: care deduplicates by it, so a retry is the same message.
 */
import { randomUUID } from 'node:crypto';
import { stockholmDateTime } from '@intyg/core';
import { sendMessageToCareXml, type RivMessageToCare } from '@intyg/riv';
import type { SimulatedRecipient } from '../config.js';
import type { MessageInput } from '../page/message-form.js';
import type { StoredCertificate } from '../store/certificate-store.js';
import type { MessageStore } from '../store/message-store.js';

export function storeMessageToCare(
  messages: MessageStore,
  recipient: SimulatedRecipient,
  certificate: StoredCertificate,
  input: MessageInput,
  now: Date,
): string {
  const message: RivMessageToCare = {
    messageId: randomUUID(),
    sentAt: stockholmDateTime(now),
    certificateId: certificate.certificateId,
    certificateUnitId: certificate.unitId,
    patientPersonId: certificate.patientPersonId,
    // Care's logical address for a certificate is the unit that issued it.
    logicalAddress: certificate.unitId,
    subject: input.subject,
    heading: input.heading,
    text: input.text,
    ...(input.reminderOf === undefined ? {} : { reminderOf: input.reminderOf }),
    ...(input.lastReplyDate === undefined ? {} : { lastReplyDate: input.lastReplyDate }),
    sentBy: { party: recipient.id, partyName: recipient.name, contactInfo: [] },
    complements: input.complements,
  };
  messages.insert(
    {
      recipientId: recipient.id,
      messageId: message.messageId,
      certificateId: certificate.certificateId,
      direction: 'toCare',
      subject: message.subject,
      heading: input.heading,
      text: input.text,
      reminderOf: input.reminderOf ?? null,
      inReplyTo: null,
      lastReplyDate: input.lastReplyDate ?? null,
      complements: input.complements,
      sentBy: recipient.name,
      createdAt: now.toISOString(),
    },
    sendMessageToCareXml(message),
  );
  return message.messageId;
}
