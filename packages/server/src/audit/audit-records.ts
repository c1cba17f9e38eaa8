import type { Actor, Certificate } from '@intyg/core';
import type { AuditActivity, NewAuditRecord } from '@intyg/store';

/** Where a request came from, for the audit log; routes build it with `requestContext`. */
export interface RequestContext {
  /** The client's IP address; null for work the system does itself (demo data, scripts). */
  readonly remoteAddress: string | null;
}

/** The context of work no HTTP request asked for. */
export const SYSTEM_CONTEXT: RequestContext = { remoteAddress: null };

/** PDL activity types in Swedish (domain.md §5.5), for exports and the administrator's view. */
export const PDL_ACTIVITY_NAMES: Readonly<Record<AuditActivity, string>> = {
  read: 'Läsa',
  create: 'Skriva',
  update: 'Skriva',
  sign: 'Signera',
  delete: 'Radera',
  print: 'Utskrift',
  send: 'Utskrift',
  revoke: 'Radera',
};

/**
 * One access by the actor, at the unit they work in now. Names of user and patient are never logged
 * (INTYG-8349, INTYG-4647): HSA id and personal identity number identify them.
 */
export function auditRecord(
  actor: Actor,
  context: RequestContext,
  what: Pick<NewAuditRecord, 'activity' | 'resourceType' | 'patientId' | 'certificateId' | 'occurredAt'>,
): NewAuditRecord {
  return {
    ...what,
    actorHsaId: actor.hsaId,
    actorRole: actor.role,
    unitId: actor.unitId,
    careProviderId: actor.careProviderId,
    remoteAddress: context.remoteAddress,
  };
}

/** An access to one certificate. */
export function certificateAudit(
  actor: Actor,
  context: RequestContext,
  certificate: Certificate,
  activity: AuditActivity,
  occurredAt: string,
): NewAuditRecord {
  return auditRecord(actor, context, {
    activity,
    resourceType: 'Intyg',
    patientId: certificate.patient.personId,
    certificateId: certificate.id,
    occurredAt,
  });
}

/** A list shown to the user: one 'read' of resource 'Lista' per distinct patient on the page. */
export function listAudit(
  actor: Actor,
  context: RequestContext,
  certificates: readonly Pick<Certificate, 'patient'>[],
  occurredAt: string,
): NewAuditRecord[] {
  const patientIds = [...new Set(certificates.map((certificate) => certificate.patient.personId))];
  return patientIds.map((patientId) =>
    auditRecord(actor, context, {
      activity: 'read',
      resourceType: 'Lista',
      patientId,
      certificateId: null,
      occurredAt,
    }),
  );
}
