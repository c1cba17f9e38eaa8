import { createHash } from 'node:crypto';
import type { AuditRecord } from './types.js';

/** `prevHash` of the first record. */
export const GENESIS_HASH = '0'.repeat(64);

/** A record's hashed content: everything except its own hash. */
export type HashedAuditFields = Omit<AuditRecord, 'hash'>;

/**
 * The canonical serialisation: a JSON array of the fields in this fixed order (JSON gives one spelling
 * of each string and null). Instants are in `toISOString()` form, as the store returns them. Changing
 * this order or set invalidates every stored chain: add a new version, never edit this one.
 */
export function canonicalAuditFields(r: Omit<HashedAuditFields, 'prevHash'>): string {
  return JSON.stringify([
    r.seq,
    r.id,
    r.occurredAt,
    r.actorHsaId,
    r.actorRole,
    r.unitId,
    r.careProviderId,
    r.patientId,
    r.certificateId,
    r.activity,
    r.resourceType,
    r.purpose,
    r.remoteAddress,
  ]);
}

/** SHA-256 (hex) over the previous record's hash, a newline and the canonical serialisation. */
export function auditHash(fields: HashedAuditFields): string {
  return createHash('sha256')
    .update(`${fields.prevHash}\n${canonicalAuditFields(fields)}`, 'utf8')
    .digest('hex');
}
