/**
 * Messages between a recipient and care, both ways, once per (recipient, meddelande-id). A message to care is
 * stored `pending` with its XML before anything is sent, and stays so until care acknowledges it: `sent` (OK,
 * or INFO: care had it already) or `rejected` (care's VALIDATION_ERROR or APPLICATION_ERROR). Its XML is
 * sent unchanged on every attempt, so care can deduplicate by the meddelande-id.
 */
import type { Db } from '../database.js';
import { whereEquals } from './where.js';

export type MessageDirection = 'toCare' | 'fromCare';
export type MessageStatus = 'received' | 'pending' | 'sent' | 'rejected';

export interface StoredComplement {
  readonly questionId: string;
  readonly instance?: number;
  readonly text: string;
}

export interface StoredMessage {
  readonly recipientId: string;
  readonly messageId: string;
  readonly certificateId: string;
  readonly direction: MessageDirection;
  /** KOMPLT, PAMINN, KONTKT, OVRIGT, AVSTMN or SVAR. */
  readonly subject: string;
  readonly heading: string | null;
  readonly text: string;
  readonly reminderOf: string | null;
  /** The meddelande-id this one answers. */
  readonly inReplyTo: string | null;
  readonly lastReplyDate: string | null;
  readonly complements: readonly StoredComplement[];
  /** Who sent it, for people: the care professional and unit, or the recipient. */
  readonly sentBy: string;
  /** ISO 8601 instants (UTC). */
  readonly createdAt: string;
  readonly status: MessageStatus;
  /** Attempts to deliver a message to care so far. */
  readonly attempts: number;
  readonly nextAttemptAt: string | null;
  readonly lastError: string | null;
  readonly sentAt: string | null;
}

export type NewMessage = Omit<StoredMessage, 'status' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'sentAt'>;

export interface MessageFilter {
  readonly recipientId?: string | undefined;
  readonly certificateId?: string | undefined;
  readonly direction?: MessageDirection | undefined;
}

/** A message to care that is due for an attempt. */
export interface DueMessage {
  readonly recipientId: string;
  readonly messageId: string;
  readonly xml: string;
  readonly attempts: number;
}

const COLUMNS = `recipient_id AS recipientId, message_id AS messageId, certificate_id AS certificateId, direction,
  subject, heading, text, reminder_of AS reminderOf, in_reply_to AS inReplyTo, last_reply_date AS lastReplyDate,
  complements, sent_by AS sentBy, created_at AS createdAt, status, attempts, next_attempt_at AS nextAttemptAt,
  last_error AS lastError, sent_at AS sentAt`;

export class MessageStore {
  constructor(private readonly db: Db) {}

  /**
   * Stores a message from care as `received`, or a message to care as `pending` and due at once; nothing
   * when this recipient has a message with this id already.
   */
  insert(message: NewMessage, xml: string): 'stored' | 'duplicate' {
    const toCare = message.direction === 'toCare';
    const { changes } = this.db
      .prepare(
        `INSERT INTO messages (recipient_id, message_id, certificate_id, direction, subject, heading, text,
           reminder_of, in_reply_to, last_reply_date, complements, sent_by, created_at, xml, status, next_attempt_at)
         VALUES (@recipientId, @messageId, @certificateId, @direction, @subject, @heading, @text, @reminderOf,
           @inReplyTo, @lastReplyDate, @complements, @sentBy, @createdAt, @xml, @status, @nextAttemptAt)
         ON CONFLICT (recipient_id, message_id) DO NOTHING`,
      )
      .run({
        ...message,
        complements: JSON.stringify(message.complements),
        xml,
        status: toCare ? 'pending' : 'received',
        nextAttemptAt: toCare ? message.createdAt : null,
      });
    return changes === 1 ? 'stored' : 'duplicate';
  }

  /** Oldest first, or the newest `limit` newest first. */
  list(filter: MessageFilter, options: { limit?: number; newestFirst?: boolean } = {}): StoredMessage[] {
    const { sql, params } = whereEquals({
      recipient_id: filter.recipientId,
      certificate_id: filter.certificateId,
      direction: filter.direction,
    });
    const order = options.newestFirst === true ? 'DESC' : 'ASC';
    const rows = this.db
      .prepare(`SELECT ${COLUMNS} FROM messages ${sql} ORDER BY created_at ${order}, message_id ${order} LIMIT @limit`)
      .all({ ...params, limit: options.limit ?? 1000 }) as (Omit<StoredMessage, 'complements'> & {
      complements: string;
    })[];
    return rows.map((row) => ({ ...row, complements: JSON.parse(row.complements) as StoredComplement[] }));
  }

  /** Messages to care due at `now` (ISO), the longest waiting first. */
  due(now: string, limit: number): DueMessage[] {
    return this.db
      .prepare(
        `SELECT recipient_id AS recipientId, message_id AS messageId, xml, attempts FROM messages
         WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?`,
      )
      .all(now, limit) as DueMessage[];
  }

  /** When the next pending message is due (ISO), if any is. */
  nextDueAt(): string | undefined {
    const row = this.db.prepare(`SELECT MIN(next_attempt_at) AS at FROM messages WHERE status = 'pending'`).get();
    return (row as { at: string | null }).at ?? undefined;
  }

  /** The outcome of one attempt: `sent` and `rejected` are final; `pending` waits for `nextAttemptAt`. */
  recordAttempt(
    message: { recipientId: string; messageId: string },
    attempt: { status: 'sent' | 'rejected' | 'pending'; at: string; nextAttemptAt?: string; error?: string },
  ): void {
    this.db
      .prepare(
        `UPDATE messages SET attempts = attempts + 1, status = @status, next_attempt_at = @nextAttemptAt,
           last_error = @error, sent_at = CASE WHEN @status = 'sent' THEN @at ELSE sent_at END
         WHERE recipient_id = @recipientId AND message_id = @messageId AND status = 'pending'`,
      )
      .run({
        ...message,
        status: attempt.status,
        at: attempt.at,
        nextAttemptAt: attempt.nextAttemptAt ?? null,
        error: attempt.error ?? null,
      });
  }
}
