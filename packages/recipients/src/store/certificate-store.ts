/**
 * Certificates that arrived and the receipts of every contract request. A certificate is stored once per
 * (recipient, certificate id): a second post of it changes nothing but adds a receipt, which is how a test
 * sees that at-least-once delivery had exactly one effect.
 */
import type { Db } from '../database.js';
import { whereEquals } from './where.js';

export interface StoredCertificate {
  readonly recipientId: string;
  readonly certificateId: string;
  /** The model's type and version, e.g. lisjp / 2.0. */
  readonly type: string;
  readonly version: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly issuerName: string;
  readonly patientPersonId: string;
  /** `signeringstidpunkt` as sent (Stockholm local time). */
  readonly signedAt: string;
  /** ISO 8601 instants (UTC). */
  readonly receivedAt: string;
  readonly revokedAt: string | null;
  readonly revokeReason: string | null;
}

export type Interaction = 'RegisterCertificate' | 'RevokeCertificate' | 'SendMessageToRecipient';

export interface Receipt {
  readonly recipientId: string;
  readonly interaction: Interaction;
  /** The certificate the request named; null when it could not be read. */
  readonly certificateId: string | null;
  /** The sender's `Idempotency-Key` header (its delivery id), when it sent one. */
  readonly idempotencyKey: string | null;
  readonly receivedAt: string;
  /** Our answer: OK, INFO or ERROR. */
  readonly resultCode: string;
}

export interface CertificateFilter {
  readonly recipientId?: string | undefined;
  readonly certificateId?: string | undefined;
}

const CERTIFICATE_COLUMNS = `recipient_id AS recipientId, certificate_id AS certificateId, type, version,
  unit_id AS unitId, unit_name AS unitName, issuer_name AS issuerName, patient_person_id AS patientPersonId,
  signed_at AS signedAt, received_at AS receivedAt, revoked_at AS revokedAt, revoke_reason AS revokeReason`;

const whereOf = (filter: CertificateFilter) =>
  whereEquals({ recipient_id: filter.recipientId, certificate_id: filter.certificateId });

export class CertificateStore {
  constructor(private readonly db: Db) {}

  /** Stores the certificate unless this recipient has it already. */
  insert(certificate: Omit<StoredCertificate, 'revokedAt' | 'revokeReason'>, xml: string): 'stored' | 'duplicate' {
    const { changes } = this.db
      .prepare(
        `INSERT INTO certificates (recipient_id, certificate_id, type, version, unit_id, unit_name, issuer_name,
           patient_person_id, signed_at, received_at, xml)
         VALUES (@recipientId, @certificateId, @type, @version, @unitId, @unitName, @issuerName,
           @patientPersonId, @signedAt, @receivedAt, @xml)
         ON CONFLICT (recipient_id, certificate_id) DO NOTHING`,
      )
      .run({ ...certificate, xml });
    return changes === 1 ? 'stored' : 'duplicate';
  }

  get(recipientId: string, certificateId: string): StoredCertificate | undefined {
    return this.db
      .prepare(`SELECT ${CERTIFICATE_COLUMNS} FROM certificates WHERE recipient_id = ? AND certificate_id = ?`)
      .get(recipientId, certificateId) as StoredCertificate | undefined;
  }

  /** Marks it revoked, keeping the first revocation's time and reason. */
  revoke(recipientId: string, certificateId: string, revokedAt: string, reason: string | null) {
    const existing = this.get(recipientId, certificateId);
    if (existing === undefined) return 'unknown';
    if (existing.revokedAt !== null) return 'alreadyRevoked';
    this.db
      .prepare(
        `UPDATE certificates SET revoked_at = ?, revoke_reason = ?
         WHERE recipient_id = ? AND certificate_id = ? AND revoked_at IS NULL`,
      )
      .run(revokedAt, reason, recipientId, certificateId);
    return 'revoked';
  }

  /** Newest first, with how many RegisterCertificate requests named each. */
  list(filter: CertificateFilter, limit = 1000): (StoredCertificate & { readonly receipts: number })[] {
    const { sql, params } = whereOf(filter);
    return this.db
      .prepare(
        `SELECT ${CERTIFICATE_COLUMNS},
           (SELECT COUNT(*) FROM receipts r WHERE r.recipient_id = certificates.recipient_id
              AND r.certificate_id = certificates.certificate_id AND r.interaction = 'RegisterCertificate') AS receipts
         FROM certificates ${sql} ORDER BY received_at DESC, certificate_id LIMIT @limit`,
      )
      .all({ ...params, limit }) as (StoredCertificate & { receipts: number })[];
  }

  /** How many certificates a recipient holds (the page says when it shows fewer). */
  count(recipientId: string): number {
    const row = this.db.prepare('SELECT COUNT(*) AS n FROM certificates WHERE recipient_id = ?').get(recipientId);
    return (row as { n: number }).n;
  }

  recordReceipt(receipt: Receipt): void {
    this.db
      .prepare(
        `INSERT INTO receipts (recipient_id, interaction, certificate_id, idempotency_key, received_at, result_code)
         VALUES (@recipientId, @interaction, @certificateId, @idempotencyKey, @receivedAt, @resultCode)`,
      )
      .run(receipt);
  }

  /** Oldest first. */
  receipts(filter: CertificateFilter): Receipt[] {
    const { sql, params } = whereOf(filter);
    return this.db
      .prepare(
        `SELECT recipient_id AS recipientId, interaction, certificate_id AS certificateId,
           idempotency_key AS idempotencyKey, received_at AS receivedAt, result_code AS resultCode
         FROM receipts ${sql} ORDER BY id`,
      )
      .all(params) as Receipt[];
  }
}
