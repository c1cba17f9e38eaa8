import type { Message } from '@intyg/core';
import type { Insertable, Selectable } from 'kysely';
import { decodeJsonObject, decodeNullableTimestamp, decodeTimestamp, encodeJson } from './codec.js';
import type { DialectDescriptor } from './dialect.js';
import type { MessagesTable } from './schema.js';

/** A message as a `messages` row and back: instants, JSON columns and the sender's three columns. */
export function messageToRow(d: DialectDescriptor, m: Message): Insertable<MessagesTable> {
  const instant = (value: string | null) => (value === null ? null : d.encodeTimestamp(value));
  return {
    id: m.id,
    certificate_id: m.certificateId,
    unit_id: m.unitId,
    care_provider_id: m.careProviderId,
    direction: m.direction,
    subject: m.subject,
    heading: m.heading,
    text: m.text,
    transport_id: m.transportId,
    reference_id: m.referenceId,
    reminder_of: m.reminderOf,
    in_reply_to: m.inReplyTo,
    complement_questions: encodeJson(m.complementQuestions),
    last_reply_date: m.lastReplyDate,
    sent_at: instant(m.sentAt),
    sender_id: m.sentBy.id,
    sender_name: m.sentBy.name,
    sender_contact_info: encodeJson(m.sentBy.contactInfo),
    send_state: m.sendState,
    answered_at: instant(m.answeredAt),
    handled_at: instant(m.handledAt),
    handled_by: m.handledBy,
    complemented_by: m.complementedBy,
    created_at: d.encodeTimestamp(m.createdAt),
    updated_at: d.encodeTimestamp(m.updatedAt),
  };
}

export function rowToMessage(d: DialectDescriptor, row: Selectable<MessagesTable>): Message {
  return {
    id: row.id,
    certificateId: row.certificate_id,
    unitId: row.unit_id,
    careProviderId: row.care_provider_id,
    direction: row.direction as Message['direction'],
    subject: row.subject as Message['subject'],
    heading: row.heading,
    text: row.text,
    transportId: row.transport_id,
    referenceId: row.reference_id,
    reminderOf: row.reminder_of,
    inReplyTo: row.in_reply_to,
    complementQuestions: decodeJsonObject<Message['complementQuestions']>(d, row.complement_questions),
    lastReplyDate: row.last_reply_date,
    sentAt: decodeNullableTimestamp(row.sent_at),
    sentBy: {
      id: row.sender_id,
      name: row.sender_name,
      contactInfo: decodeJsonObject<string[]>(d, row.sender_contact_info),
    },
    sendState: row.send_state as Message['sendState'],
    answeredAt: decodeNullableTimestamp(row.answered_at),
    handledAt: decodeNullableTimestamp(row.handled_at),
    handledBy: row.handled_by,
    complementedBy: row.complemented_by,
    createdAt: decodeTimestamp(row.created_at),
    updatedAt: decodeTimestamp(row.updated_at),
  };
}
