import {
  IN_FORCE_STATUSES,
  isReplaceable,
  REPLACEABLE_STATUSES,
  type Certificate,
  type CertificateStatus,
  type RelatedCertificate,
  type RelationKind,
} from '@intyg/core';
import { type ExpressionBuilder, type Kysely, type Transaction } from 'kysely';
import type { AuditQueries } from './audit.js';
import {
  certificateToRow,
  decodeNullableTimestamp,
  decodeTimestamp,
  encodeJson,
  rowToCertificate,
  rowToEvent,
} from './codec.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { DialectDescriptor } from './dialect.js';
import { insertDeliveries } from './outbox.js';
import { CHANGED_COLUMNS, certificateStatements, withinScope } from './certificate-statements.js';
import { timeOrderedId } from './time-ordered-id.js';
import type { Database } from './schema.js';
import type {
  AccessScope,
  CertificateEvent,
  CertificateFilter,
  CertificatePage,
  CertificateQuery,
  CertificateSort,
  NewAuditRecord,
  NewCertificateEvent,
  NewDelivery,
  NewRelation,
} from './types.js';
import type { EventSubject } from './webhook-types.js';
import type { WebhookQueries } from './webhooks.js';
import type { RunWrite } from './write-transactions.js';

/** Statuses a draft deletion may remove; the statuses of a certificate that is not issued. */
const DELETABLE_STATUSES = ['draft', 'lockedDraft'] as const;
const DRAFT_STATUSES = DELETABLE_STATUSES;
const MAX_LIMIT = 100;
/**
 * A signed or sent certificate that a certificate in force replaces is `replaced` (core `shownStatus`): the status
 * is derived from the relation, never stored, and lists show and filter by it as a status of its own.
 */
const replacementInForce = (eb: ExpressionBuilder<Database, 'certificates'>) =>
  eb.exists(
    eb
      .selectFrom('certificate_relations as r')
      .innerJoin('certificates as replacement', 'replacement.id', 'r.from_id')
      .select('r.from_id')
      .whereRef('r.to_id', '=', 'certificates.id')
      .where('r.kind', '=', 'replaces')
      .where('replacement.status', 'in', IN_FORCE_STATUSES),
  );

const SORT_COLUMNS = {
  updated: 'updated_at',
  created: 'created_at',
  signed: 'signed_at',
  type: 'type',
} as const satisfies Record<CertificateSort, string>;

function sortValueOf(certificate: Certificate, sort: CertificateSort): string {
  switch (sort) {
    case 'updated':
      return certificate.updatedAt;
    case 'created':
      return certificate.createdAt;
    case 'signed':
      return certificate.signedAt ?? '';
    case 'type':
      return certificate.type;
  }
}

/**
 * Certificate and event queries. Every write transaction starts with its write, not a read: on SQLite a
 * transaction that read first cannot wait for another process's write lock, it fails at once.
 */
export class CertificateQueries {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly d: DialectDescriptor,
    private readonly audit: AuditQueries,
    private readonly write: RunWrite,
    private readonly webhooks: WebhookQueries,
  ) {}

  private readonly statements = certificateStatements();

  async insert(
    certificate: Certificate,
    event: NewCertificateEvent,
    audit?: NewAuditRecord,
    relation?: NewRelation,
  ): Promise<void> {
    const row = certificateToRow(this.d, certificate);
    await this.write(async (trx) => {
      await trx.insertInto('certificates').values(row).execute();
      await this.appendEvent(trx, certificate.id, event, subjectOf(certificate));
      if (relation !== undefined) {
        await trx
          .insertInto('certificate_relations')
          .values({
            from_id: certificate.id,
            to_id: relation.toId,
            kind: relation.kind,
            created_at: this.d.encodeTimestamp(certificate.createdAt),
          })
          .execute();
      }
      if (audit !== undefined) await this.audit.appendIn(trx, [audit]);
    });
  }

  /** Both ways: what the certificate renews, replaces… and what renews, replaces… it, oldest first. */
  async relations(certificateId: string): Promise<RelatedCertificate[]> {
    // One query for both ways (read with every certificate): the relation's other end joined by primary key.
    const { rows } = await this.statements.selectRelations(this.db, certificateId);
    return rows
      .map((row): RelatedCertificate => ({
        kind: row.kind as RelationKind,
        direction: row.from_id === certificateId ? 'parent' : 'child',
        certificateId: row.id,
        type: row.type,
        status: row.status as CertificateStatus,
        createdAt: decodeTimestamp(row.created_at),
        signedAt: decodeNullableTimestamp(row.signed_at),
      }))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /**
   * Inserts unless a certificate with the id exists (any unit, any state): the national store answers a
   * second registration of the same certificate with INFO and changes nothing. Atomic under concurrency:
   * the primary key decides, and only the winner appends its event.
   */
  async register(certificate: Certificate, event: NewCertificateEvent): Promise<'inserted' | 'duplicate'> {
    const row = certificateToRow(this.d, certificate);
    return this.write(async (trx) => {
      const inserted = await trx
        .insertInto('certificates')
        .values(row)
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted === undefined) return 'duplicate';
      await this.appendEvent(trx, certificate.id, event, subjectOf(certificate));
      return 'inserted';
    });
  }

  async get(id: string, scope: AccessScope): Promise<Certificate | undefined> {
    const [row] = (await this.statements.selectCertificate(this.db, scope, id)).rows;
    return row === undefined ? undefined : rowToCertificate(this.d, row);
  }

  /** Unscoped, for the public signature check only: issued certificates, never drafts. */
  async getIssued(id: string): Promise<Certificate | undefined> {
    const row = await this.db
      .selectFrom('certificates')
      .selectAll()
      .where('id', '=', id)
      .where('status', 'not in', DRAFT_STATUSES)
      .executeTakeFirst();
    return row === undefined ? undefined : rowToCertificate(this.d, row);
  }

  /** `alsoIn` writes what must commit with the update (its message effects), after the update succeeded. */
  async update(
    next: Certificate,
    expectedRevision: number,
    scope: AccessScope,
    event: NewCertificateEvent | undefined,
    audit?: NewAuditRecord,
    deliveries: readonly NewDelivery[] = [],
    alsoIn?: (trx: Transaction<Database>) => Promise<void>,
  ): Promise<'updated' | 'conflict' | 'notFound'> {
    return this.write(async (trx) => {
      if (!(await this.updateIn(trx, next, expectedRevision, event, scope))) {
        return (await this.exists(trx, next.id, scope)) ? 'conflict' : 'notFound';
      }
      if (audit !== undefined) await this.audit.appendIn(trx, [audit]);
      await insertDeliveries(trx, this.d, deliveries);
      await alsoIn?.(trx);
      return 'updated';
    });
  }

  /**
   * Writes `next` inside a transaction if the stored revision is `expectedRevision` (and, with `scope`, the
   * certificate is within it), with its event; false when nothing was written. Without a scope it is the
   * system's own change (the outbox worker recording a delivery).
   */
  async updateIn(
    trx: Transaction<Database>,
    next: Certificate,
    expectedRevision: number,
    event: NewCertificateEvent | undefined,
    scope?: AccessScope,
  ): Promise<boolean> {
    if (!(next.revision > expectedRevision)) {
      throw new RangeError(`next.revision (${next.revision}) must be greater than ${expectedRevision}.`);
    }
    // Who, what and where of a certificate never change after it is created; leaving those columns out
    // of the SET spares SQLite and PostgreSQL from rewriting their indexes on every autosave.
    const row = certificateToRow(this.d, next);
    const id = row.id;
    const changes = CHANGED_COLUMNS.map((column) => row[column]);
    const result = await this.statements.updateCertificate(trx, scope, id, expectedRevision, ...changes);
    if (result.numAffectedRows === 0n) return false;
    // The certificate's identity is not updated (above): `next` names the stored unit, type and version.
    if (event !== undefined) await this.appendEvent(trx, id, event, subjectOf(next));
    return true;
  }

  async deleteDraft(
    id: string,
    expectedRevision: number,
    scope: AccessScope,
    event: NewCertificateEvent,
    audit?: NewAuditRecord,
  ): Promise<'deleted' | 'conflict' | 'notFound'> {
    return this.write(async (trx) => {
      const deleted = await trx
        .deleteFrom('certificates')
        .where('id', '=', id)
        .where('revision', '=', expectedRevision)
        .where('status', 'in', DELETABLE_STATUSES)
        .where((eb) => withinScope(eb, scope))
        .returning(['unit_id', 'type', 'version'])
        .executeTakeFirst();
      if (deleted === undefined) {
        return (await this.exists(trx, id, scope)) ? 'conflict' : 'notFound';
      }
      // A deleted draft renews or replaces nothing any more; the other certificate no longer shows it.
      await trx.deleteFrom('certificate_relations').where('from_id', '=', id).execute();
      await this.appendEvent(trx, id, event, { unitId: deleted.unit_id, type: deleted.type, version: deleted.version });
      if (audit !== undefined) await this.audit.appendIn(trx, [audit]);
      return 'deleted';
    });
  }

  async list(query: CertificateQuery): Promise<CertificatePage> {
    const { limit } = query;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      throw new RangeError(`limit must be an integer from 1 to ${MAX_LIMIT}, got ${limit}.`);
    }
    const sort = query.sort ?? 'updated';
    const order = query.order ?? 'desc';
    const column = SORT_COLUMNS[sort];
    const isInstant = sort !== 'type';
    const sortName = `${sort}-${order}`;
    let select = this.filtered(query)
      .selectAll()
      .select((eb) =>
        eb
          .and([eb('status', 'in', REPLACEABLE_STATUSES), replacementInForce(eb)])
          .$castTo<boolean | number>()
          .as('replaced'),
      );
    if (sort === 'signed') select = select.where('signed_at', 'is not', null);
    if (query.cursor !== undefined) {
      const after = decodeCursor(query.cursor, sortName, isInstant);
      const value = isInstant ? this.d.encodeTimestamp(after.value) : after.value;
      const beyond = order === 'desc' ? '<' : '>';
      select = select.where((eb) =>
        eb.or([eb(column, beyond, value), eb.and([eb(column, '=', value), eb('id', beyond, after.id)])]),
      );
    }
    const rows = await select
      .orderBy(column, order)
      .orderBy('id', order)
      .limit(limit + 1)
      .execute();
    const items = rows.slice(0, limit).map((row): Certificate => {
      const certificate = rowToCertificate(this.d, row);
      return row.replaced ? { ...certificate, status: 'replaced' } : certificate;
    });
    const last = items.at(-1);
    const nextCursor =
      rows.length > limit && last !== undefined
        ? encodeCursor({ sort: sortName, value: sortValueOf(last, sort), id: last.id })
        : null;
    return { items, nextCursor };
  }

  async count(filter: CertificateFilter): Promise<number> {
    const row = await this.filtered(filter)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** The certificates a filter covers, before ordering and paging. */
  private filtered(filter: CertificateFilter) {
    const ts = (iso: string) => this.d.encodeTimestamp(iso);
    let select = this.db.selectFrom('certificates').where((eb) => withinScope(eb, filter.scope));
    if (filter.patientId !== undefined) select = select.where('patient_id', '=', filter.patientId);
    if (filter.statuses !== undefined && filter.statuses.length > 0) {
      const statuses = filter.statuses;
      select = select.where((eb) => {
        const stored = statuses.filter((status) => status !== 'replaced' && !isReplaceable(status));
        const replaceable = statuses.filter(isReplaceable);
        return eb.or([
          ...(stored.length > 0 ? [eb('status', 'in', stored)] : []),
          ...(replaceable.length > 0
            ? [eb.and([eb('status', 'in', replaceable), eb.not(replacementInForce(eb))])]
            : []),
          ...(statuses.includes('replaced')
            ? [eb.and([eb('status', 'in', REPLACEABLE_STATUSES), replacementInForce(eb)])]
            : []),
        ]);
      });
    }
    if (filter.type !== undefined) select = select.where('type', '=', filter.type);
    if (filter.createdBy !== undefined) select = select.where('created_by', '=', filter.createdBy);
    if (filter.signedBy !== undefined) select = select.where('signed_by', '=', filter.signedBy);
    if (filter.readyForSign !== undefined) {
      select = select.where('ready_for_sign', '=', this.d.encodeBoolean(filter.readyForSign));
    }
    if (filter.updatedFrom !== undefined) select = select.where('updated_at', '>=', ts(filter.updatedFrom));
    if (filter.updatedTo !== undefined) select = select.where('updated_at', '<', ts(filter.updatedTo));
    if (filter.signedFrom !== undefined) select = select.where('signed_at', '>=', ts(filter.signedFrom));
    if (filter.signedTo !== undefined) select = select.where('signed_at', '<', ts(filter.signedTo));
    return select;
  }

  /** Events of a certificate in scope; a deleted draft's events stay stored but are no longer listed here. */
  async listEvents(certificateId: string, scope: AccessScope): Promise<CertificateEvent[]> {
    const rows = await this.db
      .selectFrom('certificate_events')
      .selectAll()
      .where('certificate_id', '=', certificateId)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('certificates')
            .select('certificates.id')
            .where('certificates.id', '=', certificateId)
            .where((inner) => withinScope(inner, scope)),
        ),
      )
      .orderBy('seq', 'asc')
      .execute();
    return rows.map((row) => rowToEvent(this.d, row));
  }

  private async exists(trx: Transaction<Database>, id: string, scope: AccessScope): Promise<boolean> {
    const row = await trx
      .selectFrom('certificates')
      .select('id')
      .where('id', '=', id)
      .where((eb) => withinScope(eb, scope))
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Appends a certificate's event inside a write transaction: every state change goes through here, and so does
   * its status notification to the unit's webhooks (`WebhookQueries.notify`), stored in the same transaction.
   * `subject` is the certificate's unit, type and version; when absent it is read from the certificate, so a
   * caller appending the event of a certificate it just deleted must give it.
   */
  async appendEvent(
    trx: Transaction<Database>,
    certificateId: string,
    event: NewCertificateEvent,
    subject?: EventSubject,
  ) {
    const id = event.id ?? timeOrderedId();
    await this.statements.insertEvent(
      trx,
      id,
      certificateId,
      event.type,
      this.d.encodeTimestamp(event.occurredAt),
      event.actorId,
      encodeJson(event.payload ?? {}),
    );
    await this.webhooks.notify(trx, certificateId, { ...event, id }, subject);
  }
}

const subjectOf = (certificate: Certificate): EventSubject => ({
  unitId: certificate.unit.unitId,
  type: certificate.type,
  version: certificate.version,
});
