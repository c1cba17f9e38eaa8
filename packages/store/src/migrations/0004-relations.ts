import type { Kysely, Migration } from 'kysely';
import type { DialectDescriptor } from '../dialect.js';

/** How certificates relate: a new one renews, replaces, complements, copies or is created from another. */
export function relations(d: DialectDescriptor): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('certificate_relations')
        // The newer certificate (the renewal, replacement…) and the one it relates to.
        .addColumn('from_id', 'text', (c) => c.notNull())
        .addColumn('to_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('created_at', d.types.timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('certificate_relations_pk', ['from_id', 'to_id'])
        .execute();
      await db.schema.createIndex('certificate_relations_to').on('certificate_relations').column('to_id').execute();
    },
  };
}
