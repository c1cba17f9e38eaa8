import { statusCodeOf, type StatusCode } from '@intyg/core';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { decodeBoolean, decodeNullableTimestamp, decodeTimestamp, encodeJson } from './codec.js';
import type { DialectDescriptor } from './dialect.js';
import { insertDeliveries } from './outbox.js';
import type { Database, WebhooksTable } from './schema.js';
import {
  STATUS_WEBHOOK_KIND,
  type EventSubject,
  type NewWebhook,
  type StatusNotification,
  type Webhook,
  type WebhookTarget,
} from './webhook-types.js';
import type { RunWrite } from './write-transactions.js';
import { preparedQuery } from './prepared-query.js';

/** An event as it is being appended, with its id. */
export interface AppendedEvent {
  readonly id: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly payload?: Record<string, unknown>;
}

const MESSAGE_CODES: readonly StatusCode[] = ['NYFRFM', 'NYSVFM', 'NYFRFV', 'HANFRFV', 'HANFRFM'];

/**
 * Units' status webhooks, and the fan-out of certificate events to them: `notify` runs in the transaction of
 * every appended event, so a notification is stored exactly when its change commits.
 */
export class WebhookQueries {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly d: DialectDescriptor,
    private readonly write: RunWrite,
  ) {}

  /** Run with every appended event; prepared once per store (see preparedQuery). */
  private readonly selectActiveWebhooks = preparedQuery(2, (db, unitId: string, active: number | boolean) =>
    db
      .selectFrom('webhooks')
      .select(['id', 'events'])
      .where('unit_id', '=', unitId)
      .where('active', '=', active)
      .orderBy('created_at')
      .orderBy('id'),
  );

  async register(webhook: NewWebhook): Promise<void> {
    await this.write(async (trx) => {
      await trx
        .insertInto('webhooks')
        .values({
          id: webhook.id,
          unit_id: webhook.unitId,
          url: webhook.url,
          secret: webhook.secret,
          events: webhook.events === null ? null : encodeJson(webhook.events),
          created_by: webhook.createdBy,
          created_at: this.d.encodeTimestamp(webhook.createdAt),
          active: this.d.encodeBoolean(true),
          deactivated_by: null,
          deactivated_at: null,
        })
        .execute();
    });
  }

  async list(unitId: string): Promise<Webhook[]> {
    const rows = await this.db
      .selectFrom('webhooks')
      .selectAll()
      .where('unit_id', '=', unitId)
      .where('active', '=', this.d.encodeBoolean(true))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((row) => this.toWebhook(row));
  }

  async deactivate(input: { id: string; unitId: string; by: string; at: string }): Promise<boolean> {
    return this.write(async (trx) => {
      const result = await trx
        .updateTable('webhooks')
        .set({
          active: this.d.encodeBoolean(false),
          deactivated_by: input.by,
          deactivated_at: this.d.encodeTimestamp(input.at),
        })
        .where('id', '=', input.id)
        .where('unit_id', '=', input.unitId)
        .where('active', '=', this.d.encodeBoolean(true))
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    });
  }

  async target(id: string): Promise<WebhookTarget | undefined> {
    const row = await this.db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : { ...this.toWebhook(row), secret: row.secret };
  }

  /**
   * Stores one `statusWebhook` delivery per active webhook of the certificate's unit that wants the event's status
   * code, inside the event's transaction. An event without a status code costs nothing; one at a unit without
   * webhooks costs one indexed lookup. `subject` is read from the certificate when not given (it must exist then).
   */
  async notify(
    trx: Transaction<Database>,
    certificateId: string,
    event: AppendedEvent,
    subject: EventSubject | undefined,
  ): Promise<void> {
    const code = statusCodeOf(event.type);
    if (code === undefined) return;
    const about = subject ?? (await this.subjectOf(trx, certificateId));
    const { rows: webhooks } = await this.selectActiveWebhooks(trx, about.unitId, this.d.encodeBoolean(true));
    let targets = webhooks.filter((webhook) => this.wants(webhook.events, code)).map((webhook) => webhook.id);
    if (targets.length === 0) return;
    if (code === 'ANDRAT') targets = await this.withoutUnsentChange(trx, certificateId, targets);
    const subjectOfMessage = event.payload?.['subject'];
    const notification: StatusNotification = {
      eventId: event.id,
      code,
      occurredAt: event.occurredAt,
      certificateId,
      certificateType: about.type,
      certificateVersion: about.version,
      unitId: about.unitId,
      ...(MESSAGE_CODES.includes(code) && typeof subjectOfMessage === 'string' ? { subject: subjectOfMessage } : {}),
    };
    await insertDeliveries(
      trx,
      this.d,
      targets.map((target) => ({
        kind: STATUS_WEBHOOK_KIND,
        target,
        certificateId,
        payload: { ...notification },
        createdAt: event.occurredAt,
      })),
    );
  }

  /**
   * Autosave changes a draft every few seconds while someone types; like Webcert's aggregation of ANDRAT, a
   * webhook whose newest pending notification of the certificate is an ANDRAT not being attempted right now
   * gets no second one (the receiver reads the certificate anyway). Locked on PostgreSQL, so a worker cannot claim
   * it between this look and the commit.
   */
  private async withoutUnsentChange(
    trx: Transaction<Database>,
    certificateId: string,
    targets: readonly string[],
  ): Promise<string[]> {
    let query = trx
      .selectFrom('deliveries')
      .select(['target', 'payload', 'lease_until'])
      .where('certificate_id', '=', certificateId)
      .where('kind', '=', STATUS_WEBHOOK_KIND)
      .where('status', '=', 'pending')
      .where('target', 'in', targets)
      .orderBy('created_at')
      .orderBy('id');
    if (this.d.name === 'postgres') query = query.forUpdate();
    const newest = new Map<string, { payload: unknown; lease_until: unknown }>();
    for (const row of await query.execute()) newest.set(row.target, row);
    return targets.filter((target) => {
      const pending = newest.get(target);
      if (pending === undefined || pending.lease_until !== null) return true;
      return (this.d.decodeJson(pending.payload) as Partial<StatusNotification>).code !== 'ANDRAT';
    });
  }

  private async subjectOf(trx: Transaction<Database>, certificateId: string): Promise<EventSubject> {
    const row = await trx
      .selectFrom('certificates')
      .select(['unit_id', 'type', 'version'])
      .where('id', '=', certificateId)
      .executeTakeFirst();
    if (row === undefined) {
      throw new RangeError(`No certificate ${certificateId}: pass the event's subject when the certificate is gone.`);
    }
    return { unitId: row.unit_id, type: row.type, version: row.version };
  }

  private wants(events: unknown, code: StatusCode): boolean {
    return events === null || (this.d.decodeJson(events) as string[]).includes(code);
  }

  private toWebhook(row: Selectable<WebhooksTable>): Webhook {
    return {
      id: row.id,
      unitId: row.unit_id,
      url: row.url,
      events: row.events === null ? null : (this.d.decodeJson(row.events) as StatusCode[]),
      createdBy: row.created_by,
      createdAt: decodeTimestamp(row.created_at),
      active: decodeBoolean(row.active),
      deactivatedBy: row.deactivated_by,
      deactivatedAt: decodeNullableTimestamp(row.deactivated_at),
    };
  }
}
