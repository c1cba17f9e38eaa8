import type { JsonWebKey } from 'node:crypto';
import type { Certificate, CertificateStatus } from '@intyg/core';
import type { DialectName } from './dialect.js';

export interface NewCertificateEvent {
  /** e.g. 'created', 'updated', 'signed', 'deleted'. */
  readonly type: string;
  readonly actorId: string | null;
  readonly payload?: Record<string, unknown>;
  /** ISO 8601 with offset. */
  readonly occurredAt: string;
  /**
   * Event id (a UUID). Generated with `crypto.randomUUID()` when absent; give one only when the caller
   * already owns an idempotency key. Ids are unique: a repeated id fails the whole write.
   */
  readonly id?: string;
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

export interface CertificateQuery {
  readonly unitId: string;
  readonly patientId?: string;
  /** Absent or empty: any status. */
  readonly statuses?: readonly CertificateStatus[];
  readonly type?: string;
  /** 1–100; anything else throws a RangeError. */
  readonly limit: number;
  /** `nextCursor` of the previous page; malformed ones throw `InvalidCursorError`. */
  readonly cursor?: string;
}

export interface CertificatePage {
  /** Newest change first (updatedAt desc, id desc). */
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

export interface Store {
  readonly dialect: DialectName;
  /** Inserts the certificate and its first event in one transaction; a duplicate id throws. */
  insertCertificate(certificate: Certificate, event: NewCertificateEvent): Promise<void>;
  getCertificate(id: string): Promise<Certificate | undefined>;
  /**
   * Writes `next` only if the stored revision equals `expectedRevision`, together with the event, in one
   * transaction. `next.revision` must be greater than `expectedRevision`. A certificate's identity (type,
   * version, patient, unit, care provider, creator, creation time) is fixed at insert and not updated.
   */
  updateCertificate(
    next: Certificate,
    expectedRevision: number,
    event?: NewCertificateEvent,
  ): Promise<'updated' | 'conflict' | 'notFound'>;
  /** Deletes a draft or locked draft at `expectedRevision` and appends the event; anything else is a conflict. */
  deleteDraft(
    id: string,
    expectedRevision: number,
    event: NewCertificateEvent,
  ): Promise<'deleted' | 'conflict' | 'notFound'>;
  listCertificates(query: CertificateQuery): Promise<CertificatePage>;
  /** In `seq` order. Events outlive a deleted draft. */
  listEvents(certificateId: string): Promise<CertificateEvent[]>;
  createSession(session: NewSession): Promise<void>;
  /** Undefined when missing or expired at `now` (default: the current instant). */
  getSession(id: string, now?: string): Promise<StoredSession | undefined>;
  deleteSession(id: string): Promise<void>;
  /** Deletes sessions that expired at or before `now`; returns how many. */
  deleteExpiredSessions(now: string): Promise<number>;
  /**
   * The newest stored key, or the one `create()` gives once stored. When processes race, every caller
   * gets the same key and only one is stored (a losing `create()` result is discarded).
   */
  getOrCreateSigningKey(create: () => Promise<StoredSigningKey>): Promise<StoredSigningKey>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
