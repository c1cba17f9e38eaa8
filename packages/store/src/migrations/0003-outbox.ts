import type { Kysely, Migration } from 'kysely';
import type { DialectDescriptor } from '../dialect.js';

/**
 * The outbox: deliveries to other systems (recipients, EHR webhooks), written in the same transaction as the
 * change that causes them, and every attempt to deliver them (see `schema.ts`).
 */
export function outbox(d: DialectDescriptor): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const { json, timestamp } = d.types;
      await db.schema
        .createTable('deliveries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('certificate_id', 'text')
        .addColumn('payload', json, (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', timestamp, (c) => c.notNull())
        .addColumn('lease_owner', 'text')
        .addColumn('lease_until', timestamp)
        .addColumn('last_error', 'text')
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('completed_at', timestamp)
        .execute();
      // The worker's question: which pending deliveries are due.
      await db.schema.createIndex('deliveries_due').on('deliveries').columns(['status', 'next_attempt_at']).execute();
      await db.schema.createIndex('deliveries_certificate').on('deliveries').column('certificate_id').execute();

      await db.schema
        .createTable('delivery_attempts')
        .addColumn('delivery_id', 'text', (c) => c.notNull())
        .addColumn('attempt', 'integer', (c) => c.notNull())
        .addColumn('worker', 'text', (c) => c.notNull())
        .addColumn('started_at', timestamp, (c) => c.notNull())
        .addColumn('finished_at', timestamp, (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('detail', 'text')
        .addPrimaryKeyConstraint('delivery_attempts_pk', ['delivery_id', 'attempt'])
        .execute();
    },
  };
}
