import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../../audit/request-context.js';
import type { CertificateSending } from '../../certificates/certificate-sending.js';
import type { CertificateService } from '../../certificates/certificate-service.js';
import type { Store } from '@intyg/store';
import { actorOf } from '../authenticate.js';
import { toResponse } from './certificate-response.js';
import { idParams } from './schemas.js';

/** Sending asks the user to confirm that the patient agrees: `patientConsent` must be `true`. */
const sendBody = z.strictObject({
  revision: z.number().int().min(1),
  patientConsent: z.literal(true, { error: 'Bekräfta att patienten vill att intyget skickas (patientConsent: true).' }),
});

/** Sending a certificate to its recipient, and what became of it. */
export const sendingRoutes =
  (sending: CertificateSending, service: CertificateService, store: Store): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/certificates/:id/send',
      {
        schema: {
          tags: ['sending'],
          summary: 'The recipient and the notes to read before sending',
          params: idParams,
        },
      },
      async (request) => sending.confirmation(actorOf(request), request.params.id),
    );

    app.post(
      '/api/certificates/:id/send',
      {
        schema: {
          tags: ['sending'],
          summary: 'Send a signed certificate to its recipient (delivered by the outbox; `sent` once acknowledged)',
          params: idParams,
          body: sendBody,
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const { certificate, patient } = await sending.send(
          actor,
          request.params.id,
          request.body,
          requestContext(request),
        );
        return reply.status(202).send(toResponse(await service.present(actor, certificate, patient)));
      },
    );

    app.get(
      '/api/certificates/:id/sending',
      {
        schema: {
          tags: ['sending'],
          summary:
            "How the certificate's sending stands: its revision, status and delivery state, without its content " +
            '(not a logged PDL read; read the certificate once the revision moves)',
          params: idParams,
        },
      },
      async (request) => sending.progress(actorOf(request), request.params.id),
    );

    app.get(
      '/api/certificates/:id/deliveries',
      {
        schema: { tags: ['sending'], summary: "A certificate's deliveries and every attempt", params: idParams },
      },
      async (request) => {
        // Reading the certificate checks access (and logs the read) before its deliveries are shown.
        await service.get(actorOf(request), request.params.id, requestContext(request));
        const history = await store.listDeliveries(request.params.id);
        return {
          items: history.map(({ delivery, attempts }) => ({
            id: delivery.id,
            kind: delivery.kind,
            target: delivery.target,
            status: delivery.status,
            createdAt: delivery.createdAt,
            completedAt: delivery.completedAt,
            nextAttemptAt: delivery.status === 'pending' ? delivery.nextAttemptAt : null,
            lastError: delivery.lastError,
            attempts,
          })),
        };
      },
    );
  };
