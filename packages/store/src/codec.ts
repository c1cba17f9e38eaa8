import type {
  Answers,
  Certificate,
  CertificateStatus,
  IssuerRef,
  PatientRef,
  Registration,
  Revocation,
  Sending,
  UnitRef,
} from '@intyg/core';
import type { Insertable, Selectable } from 'kysely';
import type { DialectDescriptor } from './dialect.js';
import type { CertificateEventsTable, CertificatesTable } from './schema.js';
import type { CertificateEvent } from './types.js';

/**
 * The one place where rows become API values and back: JSON text, 0/1 booleans, Date vs text instants and
 * bigint-as-string all end here.
 */

/** What the `document` column holds beside the indexed columns. */
interface CertificateDocument {
  readonly answers: Answers;
  readonly patient: PatientRef;
  readonly unit: UnitRef;
  readonly createdBy: IssuerRef;
  readonly signedBy: IssuerRef | null;
  readonly registration?: Registration;
  readonly sending?: Sending;
  readonly revocation?: Revocation;
}

/** Any instant either driver returns, as `Date.prototype.toISOString()` gives it. */
export function decodeTimestamp(value: string | Date): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export function decodeNullableTimestamp(value: string | Date | null): string | null {
  return value === null ? null : decodeTimestamp(value);
}

export function decodeBoolean(value: boolean | number): boolean {
  return value === true || value === 1;
}

/** seq and count(*) are bigint on PostgreSQL, which pg returns as a string. */
export function decodeInteger(value: number | string | bigint): number {
  return Number(value);
}

export function decodeJsonObject<T = Record<string, unknown>>(descriptor: DialectDescriptor, value: unknown): T {
  return descriptor.decodeJson(value) as T;
}

export function encodeJson(value: unknown): string {
  return JSON.stringify(value);
}

export function certificateToRow(d: DialectDescriptor, c: Certificate): Insertable<CertificatesTable> {
  const document: CertificateDocument = {
    answers: c.answers,
    patient: c.patient,
    unit: c.unit,
    createdBy: c.createdBy,
    signedBy: c.signedBy,
    ...(c.registration === undefined ? {} : { registration: c.registration }),
    ...(c.sending === undefined ? {} : { sending: c.sending }),
    ...(c.revocation === undefined ? {} : { revocation: c.revocation }),
  };
  return {
    id: c.id,
    type: c.type,
    version: c.version,
    status: c.status,
    complete: d.encodeBoolean(c.complete),
    ready_for_sign: d.encodeBoolean(c.readyForSign),
    revision: c.revision,
    patient_id: c.patient.personId,
    unit_id: c.unit.unitId,
    care_provider_id: c.unit.careProviderId,
    created_by: c.createdBy.userId,
    signed_by: c.signedBy?.userId ?? null,
    created_at: d.encodeTimestamp(c.createdAt),
    updated_at: d.encodeTimestamp(c.updatedAt),
    signed_at: c.signedAt === null ? null : d.encodeTimestamp(c.signedAt),
    document: encodeJson(document),
    signature: c.signature,
  };
}

export function rowToCertificate(d: DialectDescriptor, row: Selectable<CertificatesTable>): Certificate {
  const document = decodeJsonObject<CertificateDocument>(d, row.document);
  return {
    id: row.id,
    type: row.type,
    version: row.version,
    status: row.status as CertificateStatus,
    complete: decodeBoolean(row.complete),
    readyForSign: decodeBoolean(row.ready_for_sign),
    revision: row.revision,
    patient: document.patient,
    unit: document.unit,
    createdBy: document.createdBy,
    signedBy: document.signedBy,
    answers: document.answers,
    createdAt: decodeTimestamp(row.created_at),
    updatedAt: decodeTimestamp(row.updated_at),
    signedAt: decodeNullableTimestamp(row.signed_at),
    signature: row.signature,
    ...(document.registration === undefined ? {} : { registration: document.registration }),
    ...(document.sending === undefined ? {} : { sending: document.sending }),
    ...(document.revocation === undefined ? {} : { revocation: document.revocation }),
  };
}

export function rowToEvent(d: DialectDescriptor, row: Selectable<CertificateEventsTable>): CertificateEvent {
  return {
    seq: decodeInteger(row.seq),
    id: row.id,
    certificateId: row.certificate_id,
    type: row.type,
    occurredAt: decodeTimestamp(row.occurred_at),
    actorId: row.actor_id,
    payload: decodeJsonObject(d, row.payload),
  };
}
