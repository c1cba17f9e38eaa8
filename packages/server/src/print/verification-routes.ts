/**
 * The public verification of a printout, without login: `GET /verify/{id}` is the page the QR code
 * opens, `GET /api/verify/{id}` the same as JSON. Rate-limited per client address, as the login routes
 * are, so the open routes cannot be used to probe ids at speed. Nothing here reads or shows personal data,
 * so nothing is audit-logged.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { idParams } from '../http/routes/schemas.js';
import { unknownCertificatePage, verificationPage } from './verification-page.js';
import { verifyCertificate, type VerificationDeps } from './verification.js';

export interface VerificationRouteOptions extends VerificationDeps {
  /** Requests per minute and client address on each of the two routes. */
  readonly rateLimit: number;
}

const verificationBody = z.object({
  type: z.string(),
  typeName: z.string(),
  signedDate: z.string(),
  signatureValid: z.boolean(),
  revoked: z.boolean(),
});

/** Whether the page's id is one (the JSON route's `idParams` refuses other ids with 400; the page says "not found"). */
const isId = (id: string) => idParams.shape.id.safeParse(id).success;

export const verificationRoutes =
  (options: VerificationRouteOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const config = { public: true, rateLimit: { max: options.rateLimit, timeWindow: 60_000 } };

    app.get(
      '/api/verify/:id',
      {
        config,
        schema: {
          tags: ['verification'],
          summary: 'Public check of a printed certificate: type, signing day, signature validity (no personal data)',
          params: idParams,
          response: { 200: verificationBody },
        },
      },
      async (request) => {
        const verification = await verifyCertificate(options, request.params.id);
        // A draft is not issued: as unknown as an id that does not exist, so its existence is not revealed.
        if (verification === undefined)
          throw new AppError('CERTIFICATE_NOT_FOUND', 'No issued certificate with that id.');
        return verification;
      },
    );

    app.get(
      '/verify/:id',
      {
        config,
        schema: {
          tags: ['verification'],
          summary: 'The page a printout’s QR code opens (HTML, Swedish)',
          params: z.strictObject({ id: z.string().max(100) }),
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const verification = isId(id) ? await verifyCertificate(options, id) : undefined;
        return reply
          .status(verification === undefined ? 404 : 200)
          .type('text/html; charset=utf-8')
          .header('cache-control', 'no-store')
          .send(verification === undefined ? unknownCertificatePage() : verificationPage(verification));
      },
    );
  };
