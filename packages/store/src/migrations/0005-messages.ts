import type { Kysely, Migration } from 'kysely';
import type { DialectDescriptor } from '../dialect.js';

/**
 * Questions and answers between care and a certificate's recipient (see `schema.ts` MessagesTable). A message
 * is deduplicated by its meddelande-id per direction; the unit's list reads unhandled questions by unit.
 */
export function messages(d: DialectDescriptor): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const { json, timestamp } = d.types;
      await db.schema
        .createTable('messages')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('certificate_id', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'text', (c) => c.notNull())
        .addColumn('care_provider_id', 'text', (c) => c.notNull())
        .addColumn('direction', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('heading', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('transport_id', 'text', (c) => c.notNull())
        .addColumn('reference_id', 'text')
        .addColumn('reminder_of', 'text')
        .addColumn('in_reply_to', 'text')
        .addColumn('complement_questions', json, (c) => c.notNull())
        .addColumn('last_reply_date', 'text')
        .addColumn('sent_at', timestamp)
        .addColumn('sender_id', 'text', (c) => c.notNull())
        .addColumn('sender_name', 'text')
        .addColumn('sender_contact_info', json, (c) => c.notNull())
        .addColumn('send_state', 'text')
        .addColumn('answered_at', timestamp)
        .addColumn('handled_at', timestamp)
        .addColumn('handled_by', 'text')
        .addColumn('complemented_by', 'text')
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('updated_at', timestamp, (c) => c.notNull())
        .execute();
      // A message posted twice (the sender retried) is the same message.
      await db.schema
        .createIndex('messages_direction_transport_id')
        .on('messages')
        .columns(['direction', 'transport_id'])
        .unique()
        .execute();
      await db.schema
        .createIndex('messages_certificate')
        .on('messages')
        .columns(['certificate_id', 'created_at'])
        .execute();
      // The unit's list of unhandled questions, newest first.
      await db.schema
        .createIndex('messages_unit_created')
        .on('messages')
        .columns(['unit_id', 'created_at', 'id'])
        .execute();
      await db.schema.createIndex('messages_complemented_by').on('messages').column('complemented_by').execute();
    },
  };
}
