import type { Kysely, Selectable, Transaction } from 'kysely';
import { decodeNullableTimestamp, decodeTimestamp, encodeJson } from './codec.js';
import type { CertificateQueries } from './certificates.js';
import type { DialectDescriptor } from './dialect.js';
import type { Database, DeliveriesTable } from './schema.js';
import { timeOrderedId } from './time-ordered-id.js';
import type {
  Delivery,
  DeliveryHistory,
  DeliveryOutcome,
  DeliveryStatus,
  FinishedDelivery,
  NewDelivery,
} from './types.js';
import type { RunWrite } from './write-transactions.js';

/** Thrown inside a finish transaction to roll it back when the certificate changed meanwhile. */
class CertificateChanged extends Error {}

/** Inserts deliveries inside a write transaction: the outbox rows of the change being written. */
export async function insertDeliveries(
  trx: Transaction<Database>,
  d: DialectDescriptor,
  deliveries: readonly NewDelivery[],
): Promise<void> {
  if (deliveries.length === 0) return;
  await trx
    .insertInto('deliveries')
    .values(
      deliveries.map((delivery) => ({
        id: timeOrderedId(),
        kind: delivery.kind,
        target: delivery.target,
        certificate_id: delivery.certificateId ?? null,
        payload: encodeJson(delivery.payload),
        status: 'pending',
        attempts: 0,
        next_attempt_at: d.encodeTimestamp(delivery.createdAt),
        lease_owner: null,
        lease_until: null,
        last_error: null,
        created_at: d.encodeTimestamp(delivery.createdAt),
        completed_at: null,
      })),
    )
    .execute();
}

/** The outbox: claiming due deliveries with a lease, and finishing them with their outcome. */
export class OutboxQueries {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly d: DialectDescriptor,
    private readonly write: RunWrite,
    private readonly certificates: CertificateQueries,
  ) {}

  async claim(claim: {
    owner: string;
    now: string;
    leaseUntil: string;
    limit: number;
    kinds?: readonly string[];
  }): Promise<Delivery[]> {
    if (claim.kinds?.length === 0) return [];
    const now = this.d.encodeTimestamp(claim.now);
    return this.write(async (trx) => {
      let due = trx
        .selectFrom('deliveries')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
        .orderBy('next_attempt_at')
        .limit(claim.limit);
      if (claim.kinds !== undefined) due = due.where('kind', 'in', claim.kinds);
      // SQLite has one writer: the UPDATE below is atomic by itself. PostgreSQL claimers skip each other's rows.
      const dueIds = this.d.name === 'postgres' ? due.forUpdate().skipLocked() : due;
      const rows = await trx
        .updateTable('deliveries')
        .set({ lease_owner: claim.owner, lease_until: this.d.encodeTimestamp(claim.leaseUntil) })
        .where('id', 'in', dueIds)
        .returningAll()
        .execute();
      return rows.map((row) => this.toDelivery(row)).sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt));
    });
  }

  async finish(finished: FinishedDelivery): Promise<'finished' | 'leaseLost' | 'conflict'> {
    const { attempt } = finished;
    const status: DeliveryStatus = STATUS_AFTER[attempt.outcome];
    if (attempt.outcome === 'retry' && finished.nextAttemptAt === undefined) {
      throw new RangeError('A retry needs nextAttemptAt.');
    }
    try {
      return await this.write(async (trx) => {
        const row = await trx
          .updateTable('deliveries')
          .set((eb) => ({
            status,
            attempts: eb('attempts', '+', 1),
            lease_owner: null,
            lease_until: null,
            last_error: attempt.outcome === 'delivered' ? null : attempt.detail,
            completed_at: status === 'pending' ? null : this.d.encodeTimestamp(attempt.finishedAt),
            ...(finished.nextAttemptAt === undefined
              ? {}
              : { next_attempt_at: this.d.encodeTimestamp(finished.nextAttemptAt) }),
          }))
          .where('id', '=', finished.id)
          .where('lease_owner', '=', finished.owner)
          .where('status', '=', 'pending')
          .returning('attempts')
          .executeTakeFirst();
        if (row === undefined) return 'leaseLost' as const;
        await trx
          .insertInto('delivery_attempts')
          .values({
            delivery_id: finished.id,
            attempt: row.attempts,
            worker: finished.owner,
            started_at: this.d.encodeTimestamp(attempt.startedAt),
            finished_at: this.d.encodeTimestamp(attempt.finishedAt),
            outcome: attempt.outcome,
            detail: attempt.detail,
          })
          .execute();
        if (finished.certificate !== undefined) {
          const { next, expectedRevision, event } = finished.certificate;
          const updated = await this.certificates.updateIn(trx, next, expectedRevision, event);
          if (!updated) throw new CertificateChanged();
        }
        return 'finished' as const;
      });
    } catch (error) {
      if (error instanceof CertificateChanged) return 'conflict';
      throw error;
    }
  }

  async list(certificateId: string): Promise<DeliveryHistory[]> {
    const rows = await this.db
      .selectFrom('deliveries')
      .selectAll()
      .where('certificate_id', '=', certificateId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    if (rows.length === 0) return [];
    const attempts = await this.db
      .selectFrom('delivery_attempts')
      .selectAll()
      .where(
        'delivery_id',
        'in',
        rows.map((row) => row.id),
      )
      .orderBy('delivery_id')
      .orderBy('attempt')
      .execute();
    return rows.map((row) => ({
      delivery: this.toDelivery(row),
      attempts: attempts
        .filter((a) => a.delivery_id === row.id)
        .map((a) => ({
          attempt: a.attempt,
          worker: a.worker,
          startedAt: decodeTimestamp(a.started_at),
          finishedAt: decodeTimestamp(a.finished_at),
          outcome: a.outcome as DeliveryOutcome,
          detail: a.detail,
        })),
    }));
  }

  async count(kind?: string): Promise<Record<DeliveryStatus, number>> {
    let query = this.db
      .selectFrom('deliveries')
      .select((eb) => ['status', eb.fn.countAll<number | string>().as('n')])
      .groupBy('status');
    if (kind !== undefined) query = query.where('kind', '=', kind);
    const counts: Record<DeliveryStatus, number> = { pending: 0, delivered: 0, failed: 0 };
    for (const row of await query.execute()) counts[row.status as DeliveryStatus] = Number(row.n);
    return counts;
  }

  private toDelivery(row: Selectable<DeliveriesTable>): Delivery {
    return {
      id: row.id,
      kind: row.kind,
      target: row.target,
      certificateId: row.certificate_id,
      payload: this.d.decodeJson(row.payload) as Record<string, unknown>,
      status: row.status as DeliveryStatus,
      attempts: row.attempts,
      nextAttemptAt: decodeTimestamp(row.next_attempt_at),
      lastError: row.last_error,
      createdAt: decodeTimestamp(row.created_at),
      completedAt: decodeNullableTimestamp(row.completed_at),
    };
  }
}

const STATUS_AFTER: Record<DeliveryOutcome, DeliveryStatus> = {
  delivered: 'delivered',
  retry: 'pending',
  failed: 'failed',
};
