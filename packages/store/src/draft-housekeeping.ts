import type { Kysely } from 'kysely';
import type { CertificateQueries } from './certificates.js';
import type { DialectDescriptor } from './dialect.js';
import type { Database } from './schema.js';
import type { RunWrite } from './write-transactions.js';

/**
 * The scheduled care of drafts (domain.md §2.3): drafts left unsigned are locked, and unsigned drafts past the
 * retention are removed. Each is one conditional statement per batch, so several server processes may run it
 * at once: a row changes once, and only the process whose statement changed it appends its event.
 */
export class DraftHousekeepingQueries {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly d: DialectDescriptor,
    private readonly write: RunWrite,
    private readonly certificates: CertificateQueries,
  ) {}

  /** Locks up to `limit` drafts created before `createdBefore`; returns how many it locked. */
  async lock(input: { createdBefore: string; at: string; limit: number }): Promise<number> {
    const at = this.d.encodeTimestamp(input.at);
    return this.write(async (trx) => {
      const due = trx
        .selectFrom('certificates')
        .select('id')
        .where('status', '=', 'draft')
        .where('created_at', '<', this.d.encodeTimestamp(input.createdBefore))
        .limit(input.limit);
      const locked = await trx
        .updateTable('certificates')
        .set((eb) => ({ status: 'lockedDraft', revision: eb('revision', '+', 1), updated_at: at }))
        .where('id', 'in', due)
        // Again here: on PostgreSQL a row another process locked meanwhile is re-checked after its commit.
        .where('status', '=', 'draft')
        .returning('id')
        .execute();
      for (const { id } of locked) {
        await this.certificates.appendEvent(trx, id, { type: 'locked', actorId: null, occurredAt: input.at });
      }
      return locked.length;
    });
  }

  /** Deletes up to `limit` unsigned drafts (locked or not) created before `createdBefore`; returns how many. */
  async dispose(input: { createdBefore: string; at: string; limit: number }): Promise<number> {
    return this.write(async (trx) => {
      const due = trx
        .selectFrom('certificates')
        .select('id')
        .where('status', 'in', ['draft', 'lockedDraft'])
        .where('created_at', '<', this.d.encodeTimestamp(input.createdBefore))
        .limit(input.limit);
      const deleted = await trx
        .deleteFrom('certificates')
        .where('id', 'in', due)
        .where('status', 'in', ['draft', 'lockedDraft'])
        .returning(['id', 'unit_id', 'type', 'version'])
        .execute();
      if (deleted.length === 0) return 0;
      const ids = deleted.map((row) => row.id);
      await trx.deleteFrom('certificate_relations').where('from_id', 'in', ids).execute();
      for (const row of deleted) {
        // The draft is gone: its unit, type and version go with the event (its status notification names them).
        await this.certificates.appendEvent(
          trx,
          row.id,
          { type: 'deleted', actorId: null, occurredAt: input.at, payload: { reason: 'retention' } },
          { unitId: row.unit_id, type: row.type, version: row.version },
        );
      }
      return ids.length;
    });
  }
}
