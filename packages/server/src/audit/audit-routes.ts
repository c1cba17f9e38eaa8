import type { Actor } from '@intyg/core';
import type { AuditRecord, Store } from '@intyg/store';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { actorOf } from '../http/authenticate.js';
import { normalisePersonId } from '../patients/patient-registry.js';
import { PDL_ACTIVITY_NAMES } from './audit-records.js';

const auditQuery = z.strictObject({
  patientId: z.string().min(10).max(13).optional(),
  actorHsaId: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
});

/** Only a log reviewer (Actor.auditor) reads or verifies the audit log; anyone else gets 403. */
function requireAuditor(actor: Actor): void {
  if (actor.auditor !== true) {
    throw new AppError('ACTION_NOT_ALLOWED', 'Only a log reviewer (logggranskare) may read the audit log.');
  }
}

const recordView = (record: AuditRecord) => ({ ...record, activityName: PDL_ACTIVITY_NAMES[record.activity] });

/** The administrator's view of the PDL audit log: list by patient or user, and verify the chain. */
export const auditRoutes =
  (store: Store): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/admin/audit',
      {
        schema: {
          tags: ['audit'],
          summary: 'The audit log, newest first, by patient and/or user (log reviewers only)',
          querystring: auditQuery,
        },
      },
      async (request) => {
        requireAuditor(actorOf(request));
        const { patientId, actorHsaId, limit, cursor } = request.query;
        const personId = patientId === undefined ? undefined : normalisePersonId(patientId);
        if (patientId !== undefined && personId === undefined) {
          throw new AppError('INVALID_PERSON_ID', 'The personal identity number or coordination number is not valid.');
        }
        const page = await store.listAudit({
          limit,
          ...(personId === undefined ? {} : { patientId: personId }),
          ...(actorHsaId === undefined ? {} : { actorHsaId }),
          ...(cursor === undefined ? {} : { cursor }),
        });
        return { items: page.items.map(recordView), nextCursor: page.nextCursor };
      },
    );

    app.get(
      '/api/admin/audit/verify',
      {
        schema: {
          tags: ['audit'],
          summary: 'Recompute the hash chain; names the first broken record (log reviewers only)',
        },
      },
      async (request) => {
        requireAuditor(actorOf(request));
        return store.verifyAudit();
      },
    );
  };
