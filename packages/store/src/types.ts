import type { JsonWebKey } from 'node:crypto';
import type { Certificate, CertificateStatus, RelatedCertificate, RelationKind } from '@intyg/core';
import type { DialectName } from './dialect.js';
import type { MessageEffect, MessageStore } from './message-types.js';
import type { WebhookStore } from './webhook-types.js';

export interface NewCertificateEvent {
  /** e.g. 'created', 'updated', 'signed', 'deleted'. */
  readonly type: string;
  readonly actorId: string | null;
  readonly payload?: Record<string, unknown>;
  /** ISO 8601 with offset. */
  readonly occurredAt: string;
  /**
   * Event id (a UUID). Generated as a time-ordered UUID (v7) when absent; give one only when the caller
   * already owns an idempotency key. Ids are unique: a repeated id fails the whole write.
   */
  readonly id?: string;
}

/** The certificate being inserted renews, replaces… `toId`. */
export interface NewRelation {
  readonly toId: string;
  readonly kind: RelationKind;
}

/** A delivery to another system, to be written with the change that causes it (the outbox). */
export interface NewDelivery {
  /** What to deliver, e.g. 'registerCertificate'; the worker picks its handler by it. */
  readonly kind: string;
  /** Whom to, e.g. a recipient id. */
  readonly target: string;
  readonly certificateId?: string;
  /** What the handler needs; kept as JSON. */
  readonly payload: Readonly<Record<string, unknown>>;
  /** ISO 8601 with offset; also when the delivery is first due. */
  readonly createdAt: string;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface Delivery {
  /** A time-ordered UUID; receivers see it as the idempotency key. */
  readonly id: string;
  readonly kind: string;
  readonly target: string;
  readonly certificateId: string | null;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly status: DeliveryStatus;
  /** Attempts finished so far. */
  readonly attempts: number;
  readonly nextAttemptAt: string;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly completedAt: string | null;
}

export type DeliveryOutcome = 'delivered' | 'retry' | 'failed';

export interface DeliveryAttempt {
  readonly attempt: number;
  /** The worker (server process) that made it. */
  readonly worker: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly outcome: DeliveryOutcome;
  /** What the receiver answered or what went wrong; never personal data. */
  readonly detail: string | null;
}

export interface DeliveryHistory {
  readonly delivery: Delivery;
  /** In order. */
  readonly attempts: readonly DeliveryAttempt[];
}

/** A finished attempt of a claimed delivery, and what changes with it in the same transaction. */
export interface FinishedDelivery {
  readonly id: string;
  /** The lease owner that claimed it: a worker whose lease has passed to another finishes nothing. */
  readonly owner: string;
  readonly attempt: Omit<DeliveryAttempt, 'attempt' | 'worker'>;
  /** For `retry`: when the next attempt is due. */
  readonly nextAttemptAt?: string;
  /** A certificate change that belongs to the outcome (sent, or sending failed), with its event. */
  readonly certificate?: {
    readonly next: Certificate;
    readonly expectedRevision: number;
    readonly event: NewCertificateEvent;
  };
}

export interface CertificateEvent {
  /** Monotonically increasing over all certificates: the outbox order. */
  readonly seq: number;
  readonly id: string;
  readonly certificateId: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly actorId: string | null;
  readonly payload: Record<string, unknown>;
}

/**
 * Which certificates a caller may reach: those issued at one of the units (a care unit and its
 * sub-units), or, where the rules allow reading across units, any unit of the care provider. Every
 * certificate read and write takes one and applies it in its WHERE clause: outside it, a certificate is
 * not found. An empty `unitIds` is a programming error (RangeError).
 */
export type AccessScope = { readonly unitIds: readonly string[] } | { readonly careProviderId: string };

/** How a certificate list is ordered; every order ends with the id, so pages never overlap. */
export const CERTIFICATE_SORTS = ['updated', 'created', 'signed', 'type'] as const;
export type CertificateSort = (typeof CERTIFICATE_SORTS)[number];

/** Which certificates a list or count covers. Instants are ISO 8601; `…From` inclusive, `…To` exclusive. */
export interface CertificateFilter {
  readonly scope: AccessScope;
  readonly patientId?: string;
  /**
   * Absent or empty: any status. `replaced` is derived (a signed or sent certificate that one in force replaces):
   * such a certificate matches `replaced`, not `signed` or `sent`, and is listed with status `replaced`.
   */
  readonly statuses?: readonly CertificateStatus[];
  readonly type?: string;
  /** User id of the creator. */
  readonly createdBy?: string;
  /** User id of the signer. */
  readonly signedBy?: string;
  readonly readyForSign?: boolean;
  readonly updatedFrom?: string;
  readonly updatedTo?: string;
  readonly signedFrom?: string;
  readonly signedTo?: string;
}

export interface CertificateQuery extends CertificateFilter {
  /** Default: `updated`, newest first. Sorting by `signed` lists signed certificates only. */
  readonly sort?: CertificateSort;
  readonly order?: 'asc' | 'desc';
  /** 1–100; anything else throws a RangeError. */
  readonly limit: number;
  /** `nextCursor` of the previous page (in the same order); malformed ones throw `InvalidCursorError`. */
  readonly cursor?: string;
}

/** A person who created or signed certificates, as the unit lists' filters name them. */
export interface CertificateIssuer {
  readonly userId: string;
  readonly name: string;
}

/** Who created and who signed the certificates in a scope, each sorted by name. */
export interface CertificateIssuers {
  readonly creators: readonly CertificateIssuer[];
  readonly signers: readonly CertificateIssuer[];
}

export interface CertificatePage {
  /** In the query's order (by default the newest change first). */
  readonly items: Certificate[];
  readonly nextCursor: string | null;
}

export interface NewSession {
  readonly id: string;
  readonly userId: string;
  readonly data: Record<string, unknown>;
  /** ISO 8601 with offset. */
  readonly expiresAt: string;
  /** ISO 8601 with offset; now when absent. */
  readonly createdAt?: string;
}

export interface StoredSession {
  readonly id: string;
  readonly userId: string;
  readonly data: Record<string, unknown>;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export interface StoredSigningKey {
  /** Key id, as in the JWS header. */
  readonly kid: string;
  /** JWS algorithm, e.g. 'ES256'. */
  readonly algorithm: string;
  readonly privateJwk: JsonWebKey;
  readonly publicJwk: JsonWebKey;
  readonly createdAt: string;
}

export interface StoreCounts {
  readonly certificates: number;
  readonly events: number;
  readonly sessions: number;
}

export interface Store extends WebhookStore {
  readonly dialect: DialectName;
  /**
   * Inserts the certificate and its first event (and its relation to the certificate it renews, replaces…) in
   * one transaction; a duplicate id throws.
   */
  insertCertificate(
    certificate: Certificate,
    event: NewCertificateEvent,
    audit?: NewAuditRecord,
    relation?: NewRelation,
  ): Promise<void>;
  /** The certificates this one relates to, both ways, oldest first (`RelatedCertificate.direction`). */
  listRelations(certificateId: string): Promise<RelatedCertificate[]>;
  /**
   * Stores a certificate signed elsewhere (RIV-TA RegisterCertificate) with its first event, unless one with
   * the same id exists anywhere: then nothing changes and the answer is 'duplicate'.
   */
  registerCertificate(certificate: Certificate, event: NewCertificateEvent): Promise<'inserted' | 'duplicate'>;
  /** Undefined when unknown or outside `scope`. */
  getCertificate(id: string, scope: AccessScope): Promise<Certificate | undefined>;
  /**
   * An issued (signed, sent, replaced or revoked) certificate by id, at any unit; undefined for a draft or an
   * unknown id. The one read without an access scope: only for the public verification of a printout's QR
   * code, whose answer carries no patient or health data (server/src/print/verification.ts).
   */
  getIssuedCertificateForVerification(id: string): Promise<Certificate | undefined>;
  /**
   * Writes `next` only if the stored revision equals `expectedRevision`, together with the event, in one
   * transaction. `next.revision` must be greater than `expectedRevision`. A certificate's identity (type,
   * version, patient, unit, care provider, creator, creation time) is fixed at insert and not updated.
   * A certificate outside `scope` is 'notFound'. `messageEffects` change its messages in the same transaction.
   */
  updateCertificate(
    next: Certificate,
    expectedRevision: number,
    scope: AccessScope,
    event?: NewCertificateEvent,
    audit?: NewAuditRecord,
    deliveries?: readonly NewDelivery[],
    messageEffects?: readonly MessageEffect[],
  ): Promise<'updated' | 'conflict' | 'notFound'>;
  /**
   * Deletes a draft or locked draft at `expectedRevision` and appends the event; anything else is a conflict.
   * A certificate outside `scope` is 'notFound'.
   */
  deleteDraft(
    id: string,
    expectedRevision: number,
    scope: AccessScope,
    event: NewCertificateEvent,
    audit?: NewAuditRecord,
  ): Promise<'deleted' | 'conflict' | 'notFound'>;
  listCertificates(query: CertificateQuery): Promise<CertificatePage>;
  /** How many certificates the filter covers (the navigation's counts). */
  countCertificates(filter: CertificateFilter): Promise<number>;
  /** Each person who created, and each who signed, a certificate in `scope` (the lists' author and signer filters). */
  listCertificateIssuers(scope: AccessScope): Promise<CertificateIssuers>;
  /**
   * In `seq` order; empty when the certificate is unknown or outside `scope`. Events outlive a deleted
   * draft in the database (the outbox), but are listed only while the certificate exists in scope.
   */
  listEvents(certificateId: string, scope: AccessScope): Promise<CertificateEvent[]>;
  createSession(session: NewSession): Promise<void>;
  /** Undefined when missing or expired at `now` (default: the current instant). */
  getSession(id: string, now?: string): Promise<StoredSession | undefined>;
  /**
   * Moves a live session's `expiresAt` later (idle timeout: activity extends it). Does nothing, and returns
   * false, when the session is missing, expired at `now`, or already expires at or after `expiresAt`: an
   * expired session is never revived and a deadline never moves earlier.
   */
  extendSession(id: string, expiresAt: string, now: string): Promise<boolean>;
  deleteSession(id: string): Promise<void>;
  /** Deletes sessions that expired at or before `now`; returns how many. */
  deleteExpiredSessions(now: string): Promise<number>;
  /**
   * The newest stored key, or the one `create()` gives once stored. When processes race, every caller
   * gets the same key and only one is stored (a losing `create()` result is discarded).
   */
  getOrCreateSigningKey(create: () => Promise<StoredSigningKey>): Promise<StoredSigningKey>;
  /**
   * Leases up to `limit` pending deliveries due at `now` (and not leased by a live lease) to `owner` until
   * `leaseUntil`, the earliest due first. On PostgreSQL concurrent claimers skip each other's rows (FOR UPDATE
   * SKIP LOCKED), so several server processes share the work and no delivery is claimed twice at once.
   */
  claimDeliveries(claim: {
    readonly owner: string;
    readonly now: string;
    readonly leaseUntil: string;
    readonly limit: number;
    /** Only deliveries of these kinds; all kinds when absent. */
    readonly kinds?: readonly string[];
  }): Promise<Delivery[]>;
  /**
   * Records an attempt of a delivery `owner` still holds, ends the lease and sets the delivery's status
   * (delivered, failed, or pending again from `nextAttemptAt`), with the certificate change if any, in one
   * transaction. 'leaseLost' when the lease passed to another worker (nothing is written); 'conflict' when the
   * certificate changed meanwhile (nothing is written: read it again and retry).
   */
  finishDelivery(finished: FinishedDelivery): Promise<'finished' | 'leaseLost' | 'conflict'>;
  /** A certificate's deliveries, oldest first, each with its attempts. */
  listDeliveries(certificateId: string): Promise<DeliveryHistory[]>;
  /**
   * Locks up to `limit` drafts created before `createdBefore` (status lockedDraft, event `locked`); returns how
   * many. Safe when several processes run it at once: each draft is locked, and its event written, once.
   */
  lockDrafts(input: { readonly createdBefore: string; readonly at: string; readonly limit: number }): Promise<number>;
  /**
   * Deletes up to `limit` unsigned drafts (locked or not) created before `createdBefore`, each with a `deleted`
   * event; returns how many. Safe when several processes run it at once.
   */
  disposeDrafts(input: {
    readonly createdBefore: string;
    readonly at: string;
    readonly limit: number;
  }): Promise<number>;
  /** How many deliveries have each status, optionally of one kind. */
  countDeliveries(kind?: string): Promise<Record<DeliveryStatus, number>>;
  /** Questions and answers between care and the recipients (message-types.ts). */
  readonly messages: MessageStore;
  counts(): Promise<StoreCounts>;
  /**
   * Appends audit records (in order, in one transaction) to the one hash chain; used for reads, whose
   * record must be stored before the answer is sent. Writes pass their record to the write itself
   * (`audit` of insert/update/delete), so it commits or rolls back with the change: a conflict or
   * missing certificate stores no record.
   */
  appendAudit(records: NewAuditRecord | readonly NewAuditRecord[]): Promise<void>;
  listAudit(query: AuditQuery): Promise<AuditPage>;
  /** Recomputes the whole chain from the first record and names the first broken one. */
  verifyAudit(): Promise<AuditVerification>;
  close(): Promise<void>;
}

/** PDL activity types (domain.md §5.5); the Swedish activity names are in `AUDIT_ACTIVITY_NAMES`. */
export type AuditActivity = 'read' | 'create' | 'update' | 'sign' | 'delete' | 'print' | 'send' | 'revoke';

/** What was accessed: one certificate, the patient's registry data, or a list of certificates. */
export type AuditResourceType = 'Intyg' | 'Patient' | 'Lista';

/** The one purpose that gives access to patient data (a commission "Vård och behandling"). */
export const AUDIT_PURPOSE_CARE = 'Vård och behandling';

/** One access to patient data, as the caller gives it. Names are never logged (INTYG-8349, INTYG-4647). */
export interface NewAuditRecord {
  /** A UUID; generated when absent. */
  readonly id?: string;
  /** ISO 8601 with offset. */
  readonly occurredAt: string;
  readonly actorHsaId: string;
  readonly actorRole: string;
  /** The care unit the user works in, and its care provider. */
  readonly unitId: string;
  readonly careProviderId: string;
  /** 12 digits, no dash. */
  readonly patientId: string;
  readonly certificateId: string | null;
  readonly activity: AuditActivity;
  readonly resourceType: AuditResourceType;
  /** `AUDIT_PURPOSE_CARE` when absent. */
  readonly purpose?: string;
  /** The client's IP address; null for work the system does on its own (e.g. demo data). */
  readonly remoteAddress: string | null;
}

export interface AuditRecord extends Required<NewAuditRecord> {
  /** 1, 2, 3… without gaps: the position in the one chain. */
  readonly seq: number;
  /** `hash` of the record before, or 64 zeros for the first. */
  readonly prevHash: string;
  /** SHA-256 (hex) over `prevHash` and the record's canonical serialisation (`audit-hash.ts`). */
  readonly hash: string;
}

export interface AuditQuery {
  readonly patientId?: string;
  readonly actorHsaId?: string;
  /** 1–100; anything else throws a RangeError. */
  readonly limit: number;
  /** `nextCursor` of the previous page; malformed ones throw `InvalidCursorError`. */
  readonly cursor?: string;
}

export interface AuditPage {
  /** Newest first (seq desc). */
  readonly items: AuditRecord[];
  readonly nextCursor: string | null;
}

/** Why verification stopped at a record; see `verifyAudit`. */
export type AuditBreakReason =
  /** The record's fields no longer hash to its stored hash: it was changed. */
  | 'hashMismatch'
  /** Its prevHash is not the hash of the record before: the record before was replaced or re-hashed. */
  | 'prevHashMismatch'
  /** No record has this seq though later ones (or the chain head) say it existed: it was deleted. */
  | 'missing'
  /** The chain head names another newest record: this one was added around the appender or replaced. */
  | 'headMismatch';

export type AuditVerification =
  | { readonly ok: true; readonly checked: number }
  | {
      readonly ok: false;
      /** Records checked and found intact before the break. */
      readonly checked: number;
      /** `id` is null when the record is missing. */
      readonly firstBroken: { readonly seq: number; readonly id: string | null; readonly reason: AuditBreakReason };
    };
