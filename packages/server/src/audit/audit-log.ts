import type { Clock } from '@intyg/core';
import type { NewAuditRecord, Store } from '@intyg/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorOf } from '../http/authenticate.js';
import { auditRecord } from './audit-records.js';
import { requestContext } from './request-context.js';

/** What a route outside the certificate service needs to log a read: the acting user's request and what was read. */
export interface AuditLog {
  /** Appends one record for the request's user and origin, now; resolves once it is stored. */
  record(
    request: FastifyRequest,
    what: Pick<NewAuditRecord, 'activity' | 'resourceType' | 'patientId' | 'certificateId'>,
  ): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The PDL audit log, for routes that read patient data without the certificate service. */
    auditLog: AuditLog;
  }
}

export function installAuditLog(app: FastifyInstance, store: Store, clock: Clock): void {
  const auditLog: AuditLog = {
    record: (request, what) =>
      store.appendAudit(auditRecord(actorOf(request), requestContext(request), { ...what, occurredAt: clock.now() })),
  };
  app.decorate('auditLog', auditLog);
}
