import { STATUS_CODE_LIST } from '@intyg/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/authenticate.js';
import { idParams } from '../http/routes/schemas.js';
import type { WebhookRegistration } from './webhook-registration.js';

const registerBody = z.strictObject({
  url: z.string().min(1).max(2000),
  /** The status codes to be sent; every event when absent. */
  events: z.array(z.enum(STATUS_CODE_LIST)).min(1).max(STATUS_CODE_LIST.length).optional(),
});

/** The status webhooks of the user's own unit: where its EHR is told of its certificates' events. */
export const webhookRoutes =
  (registration: WebhookRegistration): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/webhooks',
      { schema: { tags: ['webhooks'], summary: "The unit's status webhooks (without their secrets)" } },
      async (request) => ({ items: await registration.list(actorOf(request)) }),
    );

    app.post(
      '/api/webhooks',
      {
        schema: {
          tags: ['webhooks'],
          summary: 'Register a status webhook for the unit; the answer shows its signing secret, once',
          body: registerBody,
        },
      },
      async (request, reply) => reply.status(201).send(await registration.register(actorOf(request), request.body)),
    );

    app.delete(
      '/api/webhooks/:id',
      {
        schema: {
          tags: ['webhooks'],
          summary: 'Remove a status webhook: nothing more is sent to it',
          params: idParams,
        },
      },
      async (request, reply) => {
        await registration.remove(actorOf(request), request.params.id);
        return reply.status(204).send();
      },
    );
  };
