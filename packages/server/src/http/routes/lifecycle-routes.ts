import { REVOCATION_REASONS } from '@intyg/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../../audit/request-context.js';
import type { CertificateLifecycle } from '../../certificates/certificate-lifecycle.js';
import type { CertificateService } from '../../certificates/certificate-service.js';
import { actorOf } from '../authenticate.js';
import { toResponse } from './certificate-response.js';
import { idParams } from './schemas.js';

const revokeBody = z.strictObject({
  revision: z.number().int().min(1),
  reason: z.enum(REVOCATION_REASONS),
  message: z.string().trim().min(1, 'Ange en anledning till att intyget makuleras.').max(4000),
});
const createDraftBody = z.strictObject({ type: z.string().min(1).max(50) });

/** Renew, replace, complement, copy, create from, and revoke: each a thin call into CertificateLifecycle. */
export const lifecycleRoutes =
  (lifecycle: CertificateLifecycle, service: CertificateService): FastifyPluginAsyncZod =>
  async (app) => {
    const NEW_DRAFT_ROUTES = [
      ['renew', 'Renew (förnya): a new draft with the answers the model marks'],
      ['replace', 'Replace (ersätt): a new draft with every answer, replacing this one once signed'],
      ['complement', "Complement (komplettera) in answer to the recipient's request"],
      ['copy', 'Copy a locked draft into a new draft'],
    ] as const;
    for (const [action, summary] of NEW_DRAFT_ROUTES) {
      app.post(
        `/api/certificates/:id/${action}`,
        { schema: { tags: ['lifecycle'], summary, params: idParams } },
        async (request, reply) => {
          const view = await lifecycle[action](actorOf(request), request.params.id, requestContext(request));
          return reply.status(201).send(toResponse(view));
        },
      );
    }

    app.post(
      '/api/certificates/:id/create-draft',
      {
        schema: {
          tags: ['lifecycle'],
          summary: 'A draft of another type from this signed certificate (e.g. AG7804 from FK7804)',
          params: idParams,
          body: createDraftBody,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            toResponse(
              await lifecycle.createDraftFrom(
                actorOf(request),
                request.params.id,
                request.body.type,
                requestContext(request),
              ),
            ),
          ),
    );

    app.post(
      '/api/certificates/:id/revoke',
      {
        schema: {
          tags: ['lifecycle'],
          summary: 'Revoke (makulera) a signed certificate with a reason; its recipient is told',
          params: idParams,
          body: revokeBody,
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const { certificate, patient } = await lifecycle.revoke(
          actor,
          request.params.id,
          request.body,
          requestContext(request),
        );
        return toResponse(await service.present(actor, certificate, patient));
      },
    );
  };
