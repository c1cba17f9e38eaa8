import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CertificateService } from '../../certificates/certificate-service.js';
import { toResponse } from './certificate-response.js';
import { requestContext } from '../../audit/request-context.js';
import { actorOf } from '../authenticate.js';
import {
  createCertificateBody,
  deleteQuery,
  idParams,
  countQuery,
  listQuery,
  revisionBody,
  updateCertificateBody,
  validateBody,
} from './schemas.js';

/** Thin routes: parse, call the service with the acting user, shape the answer. */
export const certificateRoutes =
  (service: CertificateService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/certificates',
      { schema: { tags: ['certificates'], summary: 'Create a draft', body: createCertificateBody } },
      async (request, reply) => {
        const view = await service.create(actorOf(request), request.body, requestContext(request));
        return reply.status(201).send(toResponse(view));
      },
    );

    app.get(
      '/api/certificates',
      { schema: { tags: ['certificates'], summary: "List the unit's certificates", querystring: listQuery } },
      async (request) => {
        const { status, ...rest } = request.query;
        return service.list(actorOf(request), { ...rest, statuses: status }, requestContext(request));
      },
    );

    app.get(
      '/api/certificates/count',
      {
        schema: {
          tags: ['certificates'],
          summary: "How many of the unit's certificates a filter covers (navigation counts)",
          querystring: countQuery,
        },
      },
      async (request) => {
        const { status, ...rest } = request.query;
        return { count: await service.count(actorOf(request), { ...rest, statuses: status }) };
      },
    );

    app.get(
      '/api/certificates/issuers',
      {
        schema: {
          tags: ['certificates'],
          summary: "Who created and who signed the unit's certificates (the lists' author and signer filters)",
        },
      },
      async (request) => service.issuers(actorOf(request)),
    );

    app.get(
      '/api/certificates/:id',
      { schema: { tags: ['certificates'], summary: 'Read a certificate', params: idParams } },
      async (request) => toResponse(await service.get(actorOf(request), request.params.id, requestContext(request))),
    );

    app.get(
      '/api/certificates/:id/model',
      {
        schema: {
          tags: ['certificates'],
          summary: 'The model (type and version) the certificate is written in, as GET /api/certificate-types gives it',
          params: idParams,
        },
      },
      async (request, reply) => {
        const model = await service.model(actorOf(request), request.params.id);
        // A certificate keeps the version it was created in: its model never changes.
        return reply.header('cache-control', 'private, max-age=86400').send(model);
      },
    );

    app.put(
      '/api/certificates/:id',
      {
        schema: {
          tags: ['certificates'],
          summary: 'Save the answers of a draft (autosave)',
          params: idParams,
          body: updateCertificateBody,
        },
      },
      async (request) =>
        toResponse(await service.update(actorOf(request), request.params.id, request.body, requestContext(request))),
    );

    app.post(
      '/api/certificates/:id/validate',
      {
        schema: {
          tags: ['certificates'],
          summary: 'Validate the stored answers, or the answers sent',
          params: idParams,
          body: validateBody,
        },
      },
      async (request) => {
        const errors = await service.validateAnswers(
          actorOf(request),
          request.params.id,
          request.body?.answers,
          requestContext(request),
        );
        return { valid: errors.length === 0, errors };
      },
    );

    app.post(
      '/api/certificates/:id/sign',
      { schema: { tags: ['certificates'], summary: 'Sign a draft', params: idParams, body: revisionBody } },
      async (request) =>
        toResponse(await service.sign(actorOf(request), request.params.id, request.body, requestContext(request))),
    );

    app.post(
      '/api/certificates/:id/ready-for-sign',
      {
        schema: {
          tags: ['certificates'],
          summary: 'Mark a draft ready for a doctor to sign',
          params: idParams,
          body: revisionBody,
        },
      },
      async (request) =>
        toResponse(
          await service.markReadyForSign(actorOf(request), request.params.id, request.body, requestContext(request)),
        ),
    );

    app.delete(
      '/api/certificates/:id',
      {
        schema: { tags: ['certificates'], summary: 'Delete a draft', params: idParams, querystring: deleteQuery },
      },
      async (request, reply) => {
        await service.deleteDraft(actorOf(request), request.params.id, request.query, requestContext(request));
        return reply.status(204).send();
      },
    );

    app.get(
      '/api/certificates/:id/events',
      { schema: { tags: ['certificates'], summary: "A certificate's events", params: idParams } },
      async (request) => ({
        items: await service.events(actorOf(request), request.params.id, requestContext(request)),
      }),
    );

    app.get(
      '/api/certificates/:id/signature',
      { schema: { tags: ['certificates'], summary: "Check a certificate's signature", params: idParams } },
      async (request) => service.verifySignature(actorOf(request), request.params.id, requestContext(request)),
    );
  };
