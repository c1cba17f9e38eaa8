import type { Kysely, Migration } from 'kysely';
import type { DialectDescriptor } from '../dialect.js';

/**
 * Units' status webhooks (see `schema.ts`): where a unit's EHR is told of its certificates' events, through the
 * outbox. A removed webhook stays, inactive, so that its pending deliveries find it and are not sent.
 */
export function webhooks(d: DialectDescriptor): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const { json, timestamp, boolean } = d.types;
      await db.schema
        .createTable('webhooks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('unit_id', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        // A JSON array of status codes; null for every event, codes added later included.
        .addColumn('events', json)
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('active', boolean, (c) => c.notNull())
        .addColumn('deactivated_by', 'text')
        .addColumn('deactivated_at', timestamp)
        .execute();
      // Asked in the transaction of every notifying certificate event: which active webhooks the unit has.
      await db.schema.createIndex('webhooks_unit_active').on('webhooks').columns(['unit_id', 'active']).execute();
    },
  };
}
