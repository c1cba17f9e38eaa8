import { randomUUID } from 'node:crypto';
import type { Certificate } from '@intyg/core';
import type { NewAuditRecord, NewCertificateEvent } from '../types.js';

/** A unit id of its own, so tests sharing a store never see each other's certificates in lists. */
export function uniqueUnitId(): string {
  return `SE2321000016-${randomUUID().slice(0, 8)}`;
}

/** A draft with Swedish characters and nested answers; override anything. */
export function makeCertificate(overrides: Partial<Certificate> = {}): Certificate {
  return {
    id: randomUUID(),
    type: 'lisjp',
    version: '2.0',
    status: 'draft',
    complete: false,
    readyForSign: false,
    revision: 1,
    patient: { personId: '191212121212', name: 'Tolvan Tolvansson Åström' },
    unit: {
      unitId: uniqueUnitId(),
      unitName: 'Vårdcentralen Väster, Örebro',
      careProviderId: 'SE2321000016-CP01',
      careProviderName: 'Region Örebro län',
    },
    createdBy: { userId: 'user-ajla', hsaId: 'TSTNMT2321000156-1079', name: 'Ajla Doktor' },
    signedBy: null,
    answers: {
      '1.1': 'Patienten har ont i ryggen; kan inte lyfta. Ärligt talt: "svårt".',
      '27.1': true,
      '4': ['NUVARANDE_ARBETE', 'STUDIER'],
      '6': [{ code: 'M54', description: 'Ryggvärk', system: 'ICD_10_SE' }],
      '32': [{ code: 'HALFTEN', from: '2024-03-01', to: '2024-03-14' }],
      '40': 3,
    },
    createdAt: '2024-03-01T08:00:00.000Z',
    updatedAt: '2024-03-01T08:00:00.000Z',
    signedAt: null,
    signature: null,
    ...overrides,
  };
}

export function makeEvent(type: string, overrides: Partial<NewCertificateEvent> = {}): NewCertificateEvent {
  return { type, actorId: 'user-ajla', occurredAt: '2024-03-01T08:00:00.000Z', ...overrides };
}

/** The certificate as the next revision, signed. */
export function signed(certificate: Certificate, at: string): Certificate {
  return {
    ...certificate,
    status: 'signed',
    revision: certificate.revision + 1,
    signedBy: certificate.createdBy,
    signedAt: at,
    updatedAt: at,
    signature: 'eyJhbGciOiJFUzI1NiJ9..c2lnbmF0dXJl',
  };
}

/** A read of a certificate by a doctor; override anything. */
export function makeAuditRecord(overrides: Partial<NewAuditRecord> = {}): NewAuditRecord {
  return {
    occurredAt: '2024-03-01T08:00:00.000Z',
    actorHsaId: 'TSTNMT2321000156-DRAA',
    actorRole: 'doctor',
    unitId: 'TSTNMT2321000156-ALVC',
    careProviderId: 'TSTNMT2321000156-ALFA',
    patientId: '191212121212',
    certificateId: randomUUID(),
    activity: 'read',
    resourceType: 'Intyg',
    remoteAddress: '192.0.2.10',
    ...overrides,
  };
}

/** The care provider every `makeCertificate` is issued under: a scope that reaches all fixture certificates. */
export const FIXTURE_SCOPE = { careProviderId: 'SE2321000016-CP01' } as const;
