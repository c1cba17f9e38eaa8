import { handlingEventType, type HandlingReason, type Message, type MessageEventType } from '@intyg/core';
import type { NewCertificateEvent } from '@intyg/store';

/** A certificate event about one message (core's MESSAGE_EVENTS): its id and subject, and what else applies. */
export function messageEvent(
  type: MessageEventType,
  message: Pick<Message, 'id' | 'subject'>,
  at: string,
  actorId: string | null,
  extra: Readonly<Record<string, unknown>> = {},
): NewCertificateEvent {
  return { type, actorId, occurredAt: at, payload: { messageId: message.id, subject: message.subject, ...extra } };
}

/** The event of a question becoming handled (or unhandled again), and why. */
export function handlingEvent(
  message: Pick<Message, 'id' | 'subject' | 'direction'>,
  handled: boolean,
  reason: HandlingReason,
  at: string,
  actorId: string | null,
  extra: Readonly<Record<string, unknown>> = {},
): NewCertificateEvent {
  return messageEvent(handlingEventType(message.direction, handled), message, at, actorId, { reason, ...extra });
}
