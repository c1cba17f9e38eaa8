import { CARE_QUESTION_SUBJECTS, isValidDate, MESSAGE_SUBJECTS } from '@intyg/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../../audit/request-context.js';
import type { CertificateMessages } from '../../messages/certificate-messages.js';
import type { UnitMessages } from '../../messages/unit-messages.js';
import { actorOf } from '../authenticate.js';
import { idParams } from './schemas.js';

/** The longest text of a question or answer care writes. */
export const MAX_MESSAGE_TEXT = 10_000;

const messageParams = z.strictObject({ id: z.uuid(), messageId: z.uuid() });
const text = z.string().trim().min(1, 'Skriv ett meddelande.').max(MAX_MESSAGE_TEXT);
const askBody = z.strictObject({
  subject: z.enum(CARE_QUESTION_SUBJECTS),
  heading: z.string().trim().min(1, 'Ange en rubrik.').max(255),
  text,
});
const textBody = z.strictObject({ text });
const handledBody = z.strictObject({ handled: z.boolean() });
const day = z
  .string()
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isValidDate(value), 'Ange ett datum ÅÅÅÅ-MM-DD.');
const unitQuery = z.strictObject({
  subject: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',') : undefined))
    .pipe(z.array(z.enum(MESSAGE_SUBJECTS)).optional()),
  from: day.optional(),
  to: day.optional(),
  patientId: z.string().min(10).max(13).optional(),
  type: z.string().max(50).optional(),
  answered: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
});

/** Questions and answers with the recipient: a certificate's threads, and the unit's list. Thin calls into messages/. */
export const messageRoutes =
  (messages: CertificateMessages, unit: UnitMessages): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/certificates/:id/messages',
      { schema: { tags: ['messages'], summary: "The certificate's threads, newest first", params: idParams } },
      async (request) => ({
        items: await messages.list(actorOf(request), request.params.id, requestContext(request)),
      }),
    );

    app.post(
      '/api/certificates/:id/messages',
      {
        schema: {
          tags: ['messages'],
          summary: "A question from care to the certificate's recipient (AVSTMN, KONTKT, OVRIGT)",
          params: idParams,
          body: askBody,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await messages.ask(actorOf(request), request.params.id, request.body, requestContext(request))),
    );

    const REPLY_ROUTES = [
      ['answer', 'answer', "Answer the recipient's question (not a reminder, not a request for complement)"],
      [
        'cannot-complement',
        'cannotComplement',
        'Kan ej komplettera: answer a request for complement with a text; it becomes handled',
      ],
    ] as const;
    for (const [path, action, summary] of REPLY_ROUTES) {
      app.post(
        `/api/certificates/:id/messages/:messageId/${path}`,
        { schema: { tags: ['messages'], summary, params: messageParams, body: textBody } },
        async (request, reply) => {
          const { id, messageId } = request.params;
          const thread = await messages.reply(
            action,
            actorOf(request),
            id,
            messageId,
            request.body.text,
            requestContext(request),
          );
          return reply.status(201).send(thread);
        },
      );
    }

    app.post(
      '/api/certificates/:id/messages/:messageId/handled',
      {
        schema: {
          tags: ['messages'],
          summary: 'Mark a question handled, or not handled again',
          params: messageParams,
          body: handledBody,
        },
      },
      async (request) => {
        const { id, messageId } = request.params;
        return messages.setHandled(actorOf(request), id, messageId, request.body.handled, requestContext(request));
      },
    );

    app.get(
      '/api/messages',
      {
        schema: {
          tags: ['messages'],
          summary: "The unit's questions waiting for care, newest first (filters, paging)",
          querystring: unitQuery,
        },
      },
      async (request) => {
        const { subject, ...filter } = request.query;
        return unit.list(actorOf(request), { ...filter, subjects: subject }, requestContext(request));
      },
    );

    app.get(
      '/api/messages/count',
      { schema: { tags: ['messages'], summary: 'How many questions wait for care at the unit' } },
      async (request) => unit.count(actorOf(request)),
    );
  };
