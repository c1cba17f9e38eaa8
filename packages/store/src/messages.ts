import { isQuestionSubject, MESSAGE_SUBJECTS, type Certificate, type Message, type PatientRef } from '@intyg/core';
import type { ExpressionBuilder, Kysely, Selectable, Transaction } from 'kysely';
import type { AuditQueries } from './audit.js';
import type { CertificateQueries } from './certificates.js';
import { decodeInteger, decodeJsonObject, rowToCertificate } from './codec.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { DialectDescriptor } from './dialect.js';
import { messageToRow, rowToMessage } from './message-codec.js';
import type {
  MessageEffect,
  MessageEventOf,
  MessageStore,
  OutgoingMessage,
  UnitMessagePage,
  UnitMessageQuery,
} from './message-types.js';
import { insertDeliveries } from './outbox.js';
import type { Database, MessagesTable } from './schema.js';
import type { AccessScope, NewCertificateEvent } from './types.js';
import type { RunWrite } from './write-transactions.js';

const QUESTION_SUBJECTS = MESSAGE_SUBJECTS.filter(isQuestionSubject);
const DRAFT_STATUSES = ['draft', 'lockedDraft'] as const;
const MAX_LIMIT = 100;

/** Thrown inside a write to roll it back: the question was answered meanwhile. */
class AlreadyAnswered extends Error {}

type Messages = ExpressionBuilder<Database, 'messages'>;

/** The message's certificate unit within the caller's scope; an empty unit list is a programming error. */
function withinScope(eb: Messages, scope: AccessScope) {
  if ('careProviderId' in scope) return eb('messages.care_provider_id', '=', scope.careProviderId);
  if (scope.unitIds.length === 0) throw new RangeError('An access scope needs at least one unit id.');
  return eb('messages.unit_id', 'in', scope.unitIds);
}

/** A question waiting for care: not handled, and from the recipient or answered by it. */
function waitingForCare(eb: Messages) {
  return eb.and([
    eb('messages.subject', 'in', QUESTION_SUBJECTS),
    eb('messages.handled_at', 'is', null),
    eb.or([eb('messages.direction', '=', 'fromRecipient'), eb('messages.answered_at', 'is not', null)]),
  ]);
}

/** Questions and answers between care and the recipient (`MessageStore` in message-types.ts). */
/** The one order of the unit's message list: newest first. */
const MESSAGE_ORDER = 'received-desc';

export class MessageQueries implements MessageStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly d: DialectDescriptor,
    private readonly write: RunWrite,
    private readonly audit: AuditQueries,
    private readonly certificates: CertificateQueries,
  ) {}

  async getCertificateSentTo(certificateId: string, recipientId: string): Promise<Certificate | undefined> {
    const row = await this.db
      .selectFrom('certificates')
      .selectAll()
      .where('id', '=', certificateId)
      .where('status', 'not in', DRAFT_STATUSES)
      .executeTakeFirst();
    const certificate = row === undefined ? undefined : rowToCertificate(this.d, row);
    const sending = certificate?.sending;
    return sending?.recipientId === recipientId && sending.state === 'delivered' ? certificate : undefined;
  }

  async findByTransportId(direction: Message['direction'], transportId: string): Promise<Message | undefined> {
    const row = await this.db
      .selectFrom('messages')
      .selectAll()
      .where('direction', '=', direction)
      .where('transport_id', '=', transportId)
      .executeTakeFirst();
    return row === undefined ? undefined : rowToMessage(this.d, row);
  }

  async receive(message: Message, event: NewCertificateEvent): Promise<'inserted' | 'duplicate' | 'alreadyAnswered'> {
    return this.rollingBackAnswered(async (trx) => {
      const inserted = await trx
        .insertInto('messages')
        .values(messageToRow(this.d, message))
        .onConflict((oc) => oc.columns(['direction', 'transport_id']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted === undefined) return 'duplicate' as const;
      if (message.subject === 'SVAR' && message.inReplyTo !== null) {
        await this.markAnswered(trx, message.inReplyTo, message.createdAt);
      }
      await this.certificates.appendEvent(trx, message.certificateId, event);
      return 'inserted' as const;
    });
  }

  async send({ message, actorId, delivery, events, audit }: OutgoingMessage): Promise<'inserted' | 'alreadyAnswered'> {
    return this.rollingBackAnswered(async (trx) => {
      await trx.insertInto('messages').values(messageToRow(this.d, message)).execute();
      if (message.subject === 'SVAR' && message.inReplyTo !== null) {
        await this.markAnswered(trx, message.inReplyTo, message.createdAt, actorId);
      }
      await insertDeliveries(trx, this.d, [delivery]);
      for (const event of events) await this.certificates.appendEvent(trx, message.certificateId, event);
      await this.audit.appendIn(trx, [audit]);
      return 'inserted' as const;
    });
  }

  async get(id: string, scope: AccessScope): Promise<Message | undefined> {
    const row = await this.db
      .selectFrom('messages')
      .selectAll()
      .where('id', '=', id)
      .where((eb) => withinScope(eb, scope))
      .executeTakeFirst();
    return row === undefined ? undefined : rowToMessage(this.d, row);
  }

  async listForCertificate(certificateId: string, scope: AccessScope): Promise<Message[]> {
    const rows = await this.db
      .selectFrom('messages')
      .selectAll()
      .where('certificate_id', '=', certificateId)
      .where((eb) => withinScope(eb, scope))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((row) => rowToMessage(this.d, row));
  }

  async setHandled(change: Parameters<MessageStore['setHandled']>[0]): Promise<'updated' | 'unchanged' | 'notFound'> {
    const at = this.d.encodeTimestamp(change.at);
    return this.write(async (trx) => {
      const updated = await trx
        .updateTable('messages')
        .set(
          change.handled
            ? { handled_at: at, handled_by: change.by, updated_at: at }
            : { handled_at: null, handled_by: null, updated_at: at },
        )
        .where('id', '=', change.id)
        .where((eb) => withinScope(eb, change.scope))
        .where('handled_at', change.handled ? 'is' : 'is not', null)
        .returning('certificate_id')
        .executeTakeFirst();
      if (updated === undefined) {
        const exists = await trx
          .selectFrom('messages')
          .select('id')
          .where('id', '=', change.id)
          .where((eb) => withinScope(eb, change.scope))
          .executeTakeFirst();
        return exists === undefined ? 'notFound' : 'unchanged';
      }
      await this.certificates.appendEvent(trx, updated.certificate_id, change.event);
      await this.audit.appendIn(trx, [change.audit]);
      return 'updated';
    });
  }

  async recordDelivery(id: string, outcome: 'sent' | 'failed', at: string): Promise<void> {
    const instant = this.d.encodeTimestamp(at);
    await this.write((trx) =>
      trx
        .updateTable('messages')
        .set({ send_state: outcome, sent_at: outcome === 'sent' ? instant : null, updated_at: instant })
        .where('id', '=', id)
        .where('send_state', '=', 'pending')
        .execute(),
    );
  }

  async countOpenComplementRequests(certificateId: string): Promise<number> {
    const row = await this.db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('certificate_id', '=', certificateId)
      .where('subject', '=', 'KOMPLT')
      .where('direction', '=', 'fromRecipient')
      .where('answered_at', 'is', null)
      .where('handled_at', 'is', null)
      .executeTakeFirstOrThrow();
    return decodeInteger(row.n);
  }

  closeComplementRequests(certificateId: string, complementId: string, at: string, eventOf: MessageEventOf) {
    return this.write((trx) =>
      this.applyIn(trx, { kind: 'closeComplementRequests', certificateId, complementId, at, eventOf }),
    );
  }

  reopenComplementRequests(complementId: string, at: string, eventOf: MessageEventOf) {
    return this.write((trx) => this.applyIn(trx, { kind: 'reopenComplementRequests', complementId, at, eventOf }));
  }

  handleAllOf(certificateId: string, at: string, eventOf: MessageEventOf) {
    return this.write((trx) => this.applyIn(trx, { kind: 'handleAllOf', certificateId, at, eventOf }));
  }

  /**
   * Writes a message effect of a certificate's state change inside the caller's transaction (the certificate's
   * own, `Store.updateCertificate`): the changed messages, each with its event. Returns them as changed.
   */
  async applyIn(trx: Transaction<Database>, effect: MessageEffect): Promise<Message[]> {
    const instant = this.d.encodeTimestamp(effect.at);
    const update = trx.updateTable('messages');
    let rows: Selectable<MessagesTable>[];
    switch (effect.kind) {
      case 'closeComplementRequests':
        rows = await update
          .set({
            answered_at: instant,
            handled_at: instant,
            handled_by: null,
            complemented_by: effect.complementId,
            updated_at: instant,
          })
          .where('certificate_id', '=', effect.certificateId)
          .where('subject', '=', 'KOMPLT')
          .where('direction', '=', 'fromRecipient')
          .where('answered_at', 'is', null)
          .where('handled_at', 'is', null)
          .returningAll()
          .execute();
        break;
      case 'reopenComplementRequests':
        rows = await update
          .set({ answered_at: null, handled_at: null, handled_by: null, complemented_by: null, updated_at: instant })
          .where('complemented_by', '=', effect.complementId)
          .returningAll()
          .execute();
        break;
      case 'handleAllOf':
        rows = await update
          .set({ handled_at: instant, handled_by: null, updated_at: instant })
          .where('certificate_id', '=', effect.certificateId)
          .where('subject', 'in', QUESTION_SUBJECTS)
          .where('handled_at', 'is', null)
          .returningAll()
          .execute();
        break;
    }
    const changed = rows.map((row) => rowToMessage(this.d, row));
    for (const message of changed) {
      await this.certificates.appendEvent(trx, message.certificateId, effect.eventOf(message));
    }
    return changed;
  }

  async listWaiting(query: UnitMessageQuery): Promise<UnitMessagePage> {
    const { limit } = query;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      throw new RangeError(`limit must be an integer from 1 to ${MAX_LIMIT}, got ${limit}.`);
    }
    let select = this.db
      .selectFrom('messages')
      .innerJoin('certificates', 'certificates.id', 'messages.certificate_id')
      .selectAll('messages')
      .select((eb) => [
        'certificates.type as certificate_type',
        'certificates.version as certificate_version',
        'certificates.status as certificate_status',
        'certificates.document as certificate_document',
        eb
          .selectFrom('messages as reminder')
          .select((inner) => inner.fn.countAll<number | string>().as('n'))
          .whereRef('reminder.reminder_of', '=', 'messages.id')
          .as('reminders'),
      ])
      .where((eb) => withinScope(eb, query.scope))
      .where(waitingForCare);
    if (query.subjects !== undefined && query.subjects.length > 0) {
      select = select.where('messages.subject', 'in', query.subjects);
    }
    if (query.receivedFrom !== undefined) {
      select = select.where('messages.created_at', '>=', this.d.encodeTimestamp(query.receivedFrom));
    }
    if (query.receivedBefore !== undefined) {
      select = select.where('messages.created_at', '<', this.d.encodeTimestamp(query.receivedBefore));
    }
    if (query.patientId !== undefined) select = select.where('certificates.patient_id', '=', query.patientId);
    if (query.certificateType !== undefined) select = select.where('certificates.type', '=', query.certificateType);
    if (query.answered !== undefined) {
      select = select.where('messages.answered_at', query.answered ? 'is not' : 'is', null);
    }
    if (query.cursor !== undefined) {
      const after = decodeCursor(query.cursor, MESSAGE_ORDER, true);
      const createdAt = this.d.encodeTimestamp(after.value);
      select = select.where((eb) =>
        eb.or([
          eb('messages.created_at', '<', createdAt),
          eb.and([eb('messages.created_at', '=', createdAt), eb('messages.id', '<', after.id)]),
        ]),
      );
    }
    const rows = await select
      .orderBy('messages.created_at', 'desc')
      .orderBy('messages.id', 'desc')
      .limit(limit + 1)
      .execute();
    const items = rows.slice(0, limit).map((row) => ({
      message: rowToMessage(this.d, row),
      certificate: {
        id: row.certificate_id,
        type: row.certificate_type,
        version: row.certificate_version,
        status: row.certificate_status as Certificate['status'],
        patient: decodeJsonObject<{ patient: PatientRef }>(this.d, row.certificate_document).patient,
      },
      reminders: decodeInteger(row.reminders ?? 0),
    }));
    const last = items.at(-1)?.message;
    const nextCursor =
      rows.length > limit && last !== undefined
        ? encodeCursor({ sort: MESSAGE_ORDER, value: last.createdAt, id: last.id })
        : null;
    return { items, nextCursor };
  }

  async countWaiting(scope: AccessScope): Promise<number> {
    const row = await this.db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where((eb) => withinScope(eb, scope))
      .where(waitingForCare)
      .executeTakeFirstOrThrow();
    return decodeInteger(row.n);
  }

  /** Marks a question answered (and, by care, handled) inside the write; rolls it back if it already was. */
  private async markAnswered(trx: Transaction<Database>, questionId: string, at: string, handledBy?: string) {
    const instant = this.d.encodeTimestamp(at);
    const answered = await trx
      .updateTable('messages')
      .set({
        answered_at: instant,
        updated_at: instant,
        ...(handledBy === undefined ? {} : { handled_at: instant, handled_by: handledBy }),
      })
      .where('id', '=', questionId)
      .where('answered_at', 'is', null)
      .executeTakeFirst();
    if (answered.numUpdatedRows === 0n) throw new AlreadyAnswered();
  }

  private async rollingBackAnswered<T>(
    body: (trx: Transaction<Database>) => Promise<T>,
  ): Promise<T | 'alreadyAnswered'> {
    try {
      return await this.write(body);
    } catch (error) {
      if (error instanceof AlreadyAnswered) return 'alreadyAnswered';
      throw error;
    }
  }
}
