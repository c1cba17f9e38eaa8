import type { ColumnType, Generated } from 'kysely';

/**
 * The tables as Kysely sees them, written once for both dialects. Select types are what either driver may
 * return (SQLite text/integers, pg Date/boolean/bigint-as-string); `codec.ts` turns them into API values.
 */

/** ISO 8601 text on SQLite; `timestamptz` on PostgreSQL, which pg returns as a Date. */
export type TimestampColumn = ColumnType<string | Date, string, string>;
export type NullableTimestampColumn = ColumnType<string | Date | null, string | null, string | null>;
/** Written as JSON text; SQLite returns the text, pg returns the parsed jsonb. */
export type JsonColumn = ColumnType<unknown, string, string>;
/** 0/1 on SQLite, boolean on PostgreSQL. */
export type BooleanColumn = ColumnType<boolean | number, boolean | number, boolean | number>;

export interface CertificatesTable {
  id: string;
  type: string;
  version: string;
  status: string;
  complete: BooleanColumn;
  ready_for_sign: BooleanColumn;
  revision: number;
  patient_id: string;
  unit_id: string;
  care_provider_id: string;
  /** User id of the creator. */
  created_by: string;
  /** User id of the signer, once signed. */
  signed_by: string | null;
  created_at: TimestampColumn;
  updated_at: TimestampColumn;
  signed_at: NullableTimestampColumn;
  /** `CertificateDocument`: answers and the patient, unit and issuer references. */
  document: JsonColumn;
  signature: string | null;
}

export interface CertificateEventsTable {
  /** Monotonic order of appends; bigint on PostgreSQL (returned as a string by pg). */
  seq: Generated<number | string>;
  id: string;
  certificate_id: string;
  type: string;
  occurred_at: TimestampColumn;
  actor_id: string | null;
  payload: JsonColumn;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  data: JsonColumn;
  created_at: TimestampColumn;
  expires_at: TimestampColumn;
}

export interface SigningKeysTable {
  kid: string;
  /**
   * 1 for the first key, +1 per rotation; unique, so two processes creating the first key at once
   * collide here and only one key is kept.
   */
  generation: number;
  algorithm: string;
  /** JWK as JSON text. */
  private_jwk: string;
  /** JWK as JSON text. */
  public_jwk: string;
  created_at: TimestampColumn;
}

/** The PDL audit log: append-only (triggers refuse UPDATE and DELETE), one hash chain ordered by seq. */
export interface AuditLogTable {
  /** 1, 2, 3… assigned by the appender from the chain head, so a deleted record leaves a visible gap. */
  seq: number | string;
  id: string;
  occurred_at: TimestampColumn;
  actor_hsa_id: string;
  actor_role: string;
  unit_id: string;
  care_provider_id: string;
  patient_id: string;
  certificate_id: string | null;
  activity: string;
  resource_type: string;
  purpose: string;
  remote_address: string | null;
  prev_hash: string;
  hash: string;
}

/**
 * One row (id 1): the seq and hash of the newest audit record. Appenders lock it, so concurrent writers
 * keep one chain; verification compares it with the log's end, so deleting the newest records shows.
 */
export interface AuditChainHeadTable {
  id: number;
  seq: number | string;
  hash: string;
}

/**
 * A delivery to another system, written in the transaction of the change that causes it. The id is the
 * idempotency key the receiver sees. A worker claims due pending deliveries with a lease; a process that dies
 * mid-delivery leaves the lease to expire and another worker delivers again (at least once; receivers
 * deduplicate).
 */
export interface DeliveriesTable {
  id: string;
  /** What to deliver: registerCertificate, revokeCertificate, messageToRecipient, statusWebhook… */
  kind: string;
  /** Whom to: a recipient id or a webhook id. */
  target: string;
  certificate_id: string | null;
  payload: JsonColumn;
  /** pending → delivered, or failed when the receiver refused it for good. */
  status: string;
  attempts: number;
  next_attempt_at: TimestampColumn;
  lease_owner: string | null;
  lease_until: NullableTimestampColumn;
  last_error: string | null;
  created_at: TimestampColumn;
  completed_at: NullableTimestampColumn;
}

/** Every attempt at a delivery, with its outcome: the record of what was tried when. */
export interface DeliveryAttemptsTable {
  delivery_id: string;
  attempt: number;
  worker: string;
  started_at: TimestampColumn;
  finished_at: TimestampColumn;
  /** delivered, retry or failed. */
  outcome: string;
  detail: string | null;
}

/** `from_id` renews, replaces, complements, copies or was created from `to_id`. */
export interface CertificateRelationsTable {
  from_id: string;
  to_id: string;
  kind: string;
  created_at: TimestampColumn;
}

/**
 * A unit's status webhook: its EHR is told of the events of the unit's certificates (deliveries of kind
 * `statusWebhook`, target = the webhook's id). Removing one deactivates it; the row stays for its deliveries.
 */
export interface WebhooksTable {
  id: string;
  unit_id: string;
  url: string;
  /** The HMAC key the deliveries are signed with; never shown again after registration. */
  secret: string;
  /** JSON array of status codes; null: every event. */
  events: ColumnType<unknown, string | null, string | null>;
  created_by: string;
  created_at: TimestampColumn;
  active: BooleanColumn;
  deactivated_by: string | null;
  deactivated_at: NullableTimestampColumn;
}

/**
 * A question, answer or reminder between care and a certificate's recipient (`Message` in core). Direction
 * `fromRecipient` or `fromCare`; `transport_id` is the meddelande-id, unique per direction. A question's
 * `answered_at` and `handled_at` are null while it is open; `complemented_by` names the certificate that
 * answered a KOMPLT.
 */
export interface MessagesTable {
  id: string;
  certificate_id: string;
  unit_id: string;
  care_provider_id: string;
  direction: string;
  subject: string;
  heading: string | null;
  text: string;
  transport_id: string;
  reference_id: string | null;
  reminder_of: string | null;
  in_reply_to: string | null;
  /** `ComplementQuestion[]` as JSON. */
  complement_questions: JsonColumn;
  /** YYYY-MM-DD. */
  last_reply_date: string | null;
  sent_at: NullableTimestampColumn;
  /** The recipient's party code, or the HSA id of the person in care. */
  sender_id: string;
  sender_name: string | null;
  /** `string[]` as JSON. */
  sender_contact_info: JsonColumn;
  /** Care's messages: pending, sent or failed. */
  send_state: string | null;
  answered_at: NullableTimestampColumn;
  handled_at: NullableTimestampColumn;
  handled_by: string | null;
  complemented_by: string | null;
  created_at: TimestampColumn;
  updated_at: TimestampColumn;
}

export interface Database {
  certificates: CertificatesTable;
  certificate_events: CertificateEventsTable;
  sessions: SessionsTable;
  signing_keys: SigningKeysTable;
  audit_log: AuditLogTable;
  audit_chain_head: AuditChainHeadTable;
  deliveries: DeliveriesTable;
  delivery_attempts: DeliveryAttemptsTable;
  certificate_relations: CertificateRelationsTable;
  webhooks: WebhooksTable;
  messages: MessagesTable;
}
