/**
 * Care's question or answer as it is stored and delivered: the message, and its SendMessageToRecipient v2 for
 * the outbox, written once with the message (a retry delivers the same XML under the same meddelande-id, which
 * is the message's own id).
 */
import {
  newMessage,
  stockholmDateTime,
  type Actor,
  type Certificate,
  type Message,
  type MessageSubject,
} from '@intyg/core';
import { sendMessageToRecipientXml } from '@intyg/riv';
import type { NewDelivery } from '@intyg/store';
import { MESSAGE_TO_RECIPIENT_KIND, type MessageToRecipientPayload } from '../outbox/message-to-recipient-delivery.js';
import { rivUnitOf } from '../riv/certificate-xml.js';

export interface OutgoingInput {
  readonly certificate: Certificate;
  readonly actor: Actor;
  readonly recipientId: string;
  readonly subject: MessageSubject;
  readonly heading: string | null;
  readonly text: string;
  /** For an answer (SVAR): the recipient's question it answers. */
  readonly inReplyTo?: Message;
  readonly now: string;
}

export function outgoingMessage(input: OutgoingInput): { message: Message; delivery: NewDelivery } {
  const { certificate, actor, now, inReplyTo } = input;
  const id = crypto.randomUUID();
  const message = newMessage({
    id,
    certificateId: certificate.id,
    unitId: certificate.unit.unitId,
    careProviderId: certificate.unit.careProviderId,
    direction: 'fromCare',
    subject: input.subject,
    heading: input.heading,
    text: input.text,
    transportId: id,
    referenceId: null,
    reminderOf: null,
    inReplyTo: inReplyTo?.id ?? null,
    complementQuestions: [],
    lastReplyDate: null,
    sentAt: null,
    sentBy: { id: actor.hsaId, name: actor.name, contactInfo: [] },
    sendState: 'pending',
    createdAt: now,
  });
  const xml = sendMessageToRecipientXml({
    messageId: message.transportId,
    sentAt: stockholmDateTime(new Date(now)),
    certificateId: certificate.id,
    certificateUnitId: certificate.unit.unitId,
    patientPersonId: certificate.patient.personId,
    logicalAddress: input.recipientId,
    subject: input.subject,
    ...(input.heading === null ? {} : { heading: input.heading }),
    text: input.text,
    ...(inReplyTo === undefined
      ? {}
      : {
          inReplyTo: {
            messageId: inReplyTo.transportId,
            ...(inReplyTo.referenceId === null ? {} : { referenceId: inReplyTo.referenceId }),
          },
        }),
    sentBy: { hsaId: actor.hsaId, fullName: actor.name, unit: rivUnitOf(certificate) },
  });
  const payload: MessageToRecipientPayload = { xml, messageId: id };
  return {
    message,
    delivery: {
      kind: MESSAGE_TO_RECIPIENT_KIND,
      target: input.recipientId,
      certificateId: certificate.id,
      payload: { ...payload },
      createdAt: now,
    },
  };
}
