import { sql, type Insertable, type Kysely, type Selectable, type Transaction } from 'kysely';
import { auditHash, GENESIS_HASH } from './audit-hash.js';
import { decodeInteger, decodeTimestamp } from './codec.js';
import { InvalidCursorError } from './cursor.js';
import type { DialectDescriptor } from './dialect.js';
import { timeOrderedId } from './time-ordered-id.js';
import type { AuditLogTable, Database } from './schema.js';
import {
  AUDIT_PURPOSE_CARE,
  type AuditActivity,
  type AuditPage,
  type AuditQuery,
  type AuditRecord,
  type AuditResourceType,
  type AuditVerification,
  type NewAuditRecord,
} from './types.js';
import type { RunWrite } from './write-transactions.js';
import { preparedQuery } from './prepared-query.js';

const MAX_LIMIT = 100;
/** Records read per query while verifying, so a long log is never held in memory at once. */
const VERIFY_BATCH = 1_000;

const AUDIT_COLUMNS = [
  'seq',
  'id',
  'occurred_at',
  'actor_hsa_id',
  'actor_role',
  'unit_id',
  'care_provider_id',
  'patient_id',
  'certificate_id',
  'activity',
  'resource_type',
  'purpose',
  'remote_address',
  'prev_hash',
  'hash',
] as const satisfies readonly (keyof AuditLogTable)[];
// A column added to the table but not here would never be written: this fails to compile then.
type UnlistedAuditColumn = Exclude<keyof AuditLogTable, (typeof AUDIT_COLUMNS)[number]>;
const _everyAuditColumnListed: [UnlistedAuditColumn] extends [never] ? true : UnlistedAuditColumn = true;
/** The statements of every audited read and write, prepared once per store (see preparedQuery). */
function auditStatements() {
  return {
    lockChainHead: preparedQuery(0, (db) =>
      db
        .updateTable('audit_chain_head')
        .set({ seq: sql`seq` })
        .where('id', '=', 1)
        .returning(['seq', 'hash']),
    ),
    moveChainHead: preparedQuery(2, (db, seq: number, hash: string) =>
      db.updateTable('audit_chain_head').set({ seq, hash }).where('id', '=', 1),
    ),
    insertAuditRow: preparedQuery(AUDIT_COLUMNS.length, (db, ...values: unknown[]) =>
      db
        .insertInto('audit_log')
        .values(
          Object.fromEntries(
            AUDIT_COLUMNS.map((column, index) => [column, values[index]]),
          ) as Insertable<AuditLogTable>,
        ),
    ),
  };
}

/**
 * The PDL audit log: one hash chain over all records. Appenders first update the one chain-head row: on
 * PostgreSQL that row lock serialises them (a waiting UPDATE sees the committed head), on SQLite the
 * statement takes the database's write lock. Either way seq and prevHash come from the head as it is
 * when the record commits, so concurrent writers never fork the chain.
 */
export class AuditQueries {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly d: DialectDescriptor,
    private readonly write: RunWrite,
  ) {}

  private readonly statements = auditStatements();

  async append(records: readonly NewAuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.write((trx) => this.appendIn(trx, records));
  }

  /** Appends inside the caller's transaction: the records commit or roll back with it. */
  async appendIn(trx: Transaction<Database>, records: readonly NewAuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    const [head] = (await this.statements.lockChainHead(trx)).rows;
    if (head === undefined) throw new Error('The audit chain head is missing.');
    let seq = decodeInteger(head.seq);
    let prevHash = head.hash;
    const rows = records.map((input) => {
      seq += 1;
      const fields = {
        seq,
        id: input.id ?? timeOrderedId(),
        occurredAt: new Date(input.occurredAt).toISOString(),
        actorHsaId: input.actorHsaId,
        actorRole: input.actorRole,
        unitId: input.unitId,
        careProviderId: input.careProviderId,
        patientId: input.patientId,
        certificateId: input.certificateId,
        activity: input.activity,
        resourceType: input.resourceType,
        purpose: input.purpose ?? AUDIT_PURPOSE_CARE,
        remoteAddress: input.remoteAddress,
        prevHash,
      };
      if (Number.isNaN(Date.parse(fields.occurredAt))) throw new RangeError('occurredAt is not an instant.');
      const hash = auditHash(fields);
      prevHash = hash;
      return this.toRow({ ...fields, hash });
    });
    // One prepared single-row insert per record: the same statement for any batch size.
    for (const row of rows) await this.statements.insertAuditRow(trx, ...AUDIT_COLUMNS.map((column) => row[column]));
    await this.statements.moveChainHead(trx, seq, prevHash);
  }

  async list(query: AuditQuery): Promise<AuditPage> {
    const { limit } = query;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      throw new RangeError(`limit must be an integer from 1 to ${MAX_LIMIT}, got ${limit}.`);
    }
    let select = this.db.selectFrom('audit_log').selectAll();
    if (query.patientId !== undefined) select = select.where('patient_id', '=', query.patientId);
    if (query.actorHsaId !== undefined) select = select.where('actor_hsa_id', '=', query.actorHsaId);
    if (query.cursor !== undefined) select = select.where('seq', '<', decodeAuditCursor(query.cursor));
    const rows = await select
      .orderBy('seq', 'desc')
      .limit(limit + 1)
      .execute();
    const items = rows.slice(0, limit).map((row) => this.fromRow(row));
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last !== undefined ? encodeAuditCursor(last.seq) : null };
  }

  async verify(): Promise<AuditVerification> {
    let checked = 0;
    let last: AuditRecord | undefined;
    for (;;) {
      const rows = await this.db
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', '>', last?.seq ?? 0)
        .orderBy('seq', 'asc')
        .limit(VERIFY_BATCH)
        .execute();
      for (const row of rows) {
        const record = this.fromRow(row);
        const expectedSeq = (last?.seq ?? 0) + 1;
        if (record.seq !== expectedSeq) {
          return { ok: false, checked, firstBroken: { seq: expectedSeq, id: null, reason: 'missing' } };
        }
        const broken = (reason: 'hashMismatch' | 'prevHashMismatch'): AuditVerification => ({
          ok: false,
          checked,
          firstBroken: { seq: record.seq, id: record.id, reason },
        });
        if (auditHash(record) !== record.hash) return broken('hashMismatch');
        if (record.prevHash !== (last?.hash ?? GENESIS_HASH)) return broken('prevHashMismatch');
        checked += 1;
        last = record;
      }
      if (rows.length < VERIFY_BATCH) break;
    }
    const head = await this.db.selectFrom('audit_chain_head').selectAll().where('id', '=', 1).executeTakeFirst();
    const headSeq = head === undefined ? -1 : decodeInteger(head.seq);
    const lastSeq = last?.seq ?? 0;
    if (headSeq > lastSeq) {
      return { ok: false, checked, firstBroken: { seq: lastSeq + 1, id: null, reason: 'missing' } };
    }
    if (headSeq !== lastSeq || head?.hash !== (last?.hash ?? GENESIS_HASH)) {
      return {
        ok: false,
        checked: Math.max(0, checked - 1),
        firstBroken: { seq: lastSeq, id: last?.id ?? null, reason: 'headMismatch' },
      };
    }
    return { ok: true, checked };
  }

  private toRow(r: AuditRecord) {
    return {
      seq: r.seq,
      id: r.id,
      occurred_at: this.d.encodeTimestamp(r.occurredAt),
      actor_hsa_id: r.actorHsaId,
      actor_role: r.actorRole,
      unit_id: r.unitId,
      care_provider_id: r.careProviderId,
      patient_id: r.patientId,
      certificate_id: r.certificateId,
      activity: r.activity,
      resource_type: r.resourceType,
      purpose: r.purpose,
      remote_address: r.remoteAddress,
      prev_hash: r.prevHash,
      hash: r.hash,
    };
  }

  private fromRow(row: Selectable<AuditLogTable>): AuditRecord {
    return {
      seq: decodeInteger(row.seq),
      id: row.id,
      occurredAt: decodeTimestamp(row.occurred_at),
      actorHsaId: row.actor_hsa_id,
      actorRole: row.actor_role,
      unitId: row.unit_id,
      careProviderId: row.care_provider_id,
      patientId: row.patient_id,
      certificateId: row.certificate_id,
      activity: row.activity as AuditActivity,
      resourceType: row.resource_type as AuditResourceType,
      purpose: row.purpose,
      remoteAddress: row.remote_address,
      prevHash: row.prev_hash,
      hash: row.hash,
    };
  }
}

/** Opaque to clients: base64url of the last seq of the page. */
function encodeAuditCursor(seq: number): string {
  return Buffer.from(`audit:${seq}`, 'utf8').toString('base64url');
}

function decodeAuditCursor(cursor: string): number {
  const match = /^audit:([1-9]\d{0,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (match === null) throw new InvalidCursorError();
  return Number(match[1]);
}
