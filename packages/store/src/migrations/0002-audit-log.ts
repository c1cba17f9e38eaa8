import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectDescriptor } from '../dialect.js';
import { GENESIS_HASH } from '../audit-hash.js';

/**
 * Statements that make `audit_log` append-only in the database itself, so that no code path (nor a
 * careless UPDATE in a console) can change or remove a record. Deliberate tampering by someone who can
 * drop triggers is what the hash chain is for. Trigger syntax is the one thing here that differs.
 */
const APPEND_ONLY: Record<DialectDescriptor['name'], readonly string[]> = {
  sqlite: [
    `create trigger audit_log_no_update before update on audit_log
       begin select raise(abort, 'audit_log is append-only'); end`,
    `create trigger audit_log_no_delete before delete on audit_log
       begin select raise(abort, 'audit_log is append-only'); end`,
  ],
  postgres: [
    `create function audit_log_append_only() returns trigger language plpgsql as $$
       begin raise exception 'audit_log is append-only'; end $$`,
    `create trigger audit_log_no_change before update or delete on audit_log
       for each row execute function audit_log_append_only()`,
    `create trigger audit_log_no_truncate before truncate on audit_log
       for each statement execute function audit_log_append_only()`,
  ],
};

/** The PDL audit log and its chain head (see `schema.ts`). */
export function auditLog(d: DialectDescriptor): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const bigint = d.name === 'sqlite' ? 'integer' : 'bigint';
      await db.schema
        .createTable('audit_log')
        .addColumn('seq', bigint, (c) => c.primaryKey())
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('occurred_at', d.types.timestamp, (c) => c.notNull())
        .addColumn('actor_hsa_id', 'text', (c) => c.notNull())
        .addColumn('actor_role', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'text', (c) => c.notNull())
        .addColumn('care_provider_id', 'text', (c) => c.notNull())
        .addColumn('patient_id', 'text', (c) => c.notNull())
        .addColumn('certificate_id', 'text')
        .addColumn('activity', 'text', (c) => c.notNull())
        .addColumn('resource_type', 'text', (c) => c.notNull())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('remote_address', 'text')
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      // The administrator's two lists: by patient and by user, newest first.
      await db.schema.createIndex('audit_log_patient_seq').on('audit_log').columns(['patient_id', 'seq']).execute();
      await db.schema.createIndex('audit_log_actor_seq').on('audit_log').columns(['actor_hsa_id', 'seq']).execute();

      await db.schema
        .createTable('audit_chain_head')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('seq', bigint, (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await sql`insert into audit_chain_head (id, seq, hash) values (1, 0, ${GENESIS_HASH})`.execute(db);

      for (const statement of APPEND_ONLY[d.name]) {
        await sql.raw(statement).execute(db);
      }
    },
    async down(db: Kysely<unknown>) {
      await sql`drop table audit_chain_head`.execute(db);
      await sql`drop table audit_log`.execute(db);
      if (d.name === 'postgres') await sql`drop function audit_log_append_only()`.execute(db);
    },
  };
}
