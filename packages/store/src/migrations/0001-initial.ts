import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectDescriptor } from '../dialect.js';

/**
 * Certificates, their append-only events, sessions and signing keys. Events have no foreign key to
 * certificates: they are the outbox and the history, and outlive a deleted draft.
 */
export function initial(d: DialectDescriptor): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const { json, timestamp, boolean } = d.types;

      await db.schema
        .createTable('certificates')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('version', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('complete', boolean, (c) => c.notNull())
        .addColumn('ready_for_sign', boolean, (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('patient_id', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'text', (c) => c.notNull())
        .addColumn('care_provider_id', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('signed_by', 'text')
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('updated_at', timestamp, (c) => c.notNull())
        .addColumn('signed_at', timestamp)
        .addColumn('document', json, (c) => c.notNull())
        .addColumn('signature', 'text')
        .execute();
      const certificateIndexes: [string, string[]][] = [
        ['certificates_unit_status_updated', ['unit_id', 'status', 'updated_at']],
        ['certificates_patient', ['patient_id']],
        ['certificates_care_provider', ['care_provider_id']],
        ['certificates_type_version', ['type', 'version']],
        ['certificates_created_by', ['created_by']],
        ['certificates_signed_at', ['signed_at']],
        // Serves the unit list without a status filter, in its order.
        ['certificates_unit_updated', ['unit_id', 'updated_at', 'id']],
      ];
      for (const [name, columns] of certificateIndexes) {
        await db.schema.createIndex(name).on('certificates').columns(columns).execute();
      }

      await db.schema
        .createTable('certificate_events')
        .addColumn('seq', d.name === 'sqlite' ? 'integer' : 'bigint', (c) => d.serialPrimaryKey(c))
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('certificate_id', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('occurred_at', timestamp, (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('payload', json, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('certificate_events_certificate_seq')
        .on('certificate_events')
        .columns(['certificate_id', 'seq'])
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('data', json, (c) => c.notNull())
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .addColumn('expires_at', timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_expires_at').on('sessions').column('expires_at').execute();

      await db.schema
        .createTable('signing_keys')
        .addColumn('kid', 'text', (c) => c.primaryKey())
        .addColumn('generation', 'integer', (c) => c.notNull().unique())
        .addColumn('algorithm', 'text', (c) => c.notNull())
        .addColumn('private_jwk', 'text', (c) => c.notNull())
        .addColumn('public_jwk', 'text', (c) => c.notNull())
        .addColumn('created_at', timestamp, (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['signing_keys', 'sessions', 'certificate_events', 'certificates']) {
        await sql`drop table ${sql.table(table)}`.execute(db);
      }
    },
  };
}
