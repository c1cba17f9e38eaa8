/**
 * The national SOAP contracts under /riv/ (DESIGN.md decision 11). Callers are systems, not people: each
 * authenticates with `Authorization: Bearer <key>` from configuration (INTYG_RIV_API_KEYS). Answers are
 * SOAP envelopes; a refused or broken request gets a SOAP Fault with the catalogue's HTTP status.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { registerCertificateResponseXml, sendMessageToCareResponseXml } from '@intyg/riv';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RivSystem } from '../config.js';
import { AppError } from '../errors.js';
import { toErrorResponse } from '../http/error-handler.js';
import type { MessageReception } from '../messages/message-reception.js';
import type { CertificateRegistration } from './registration.js';

/** Largest accepted SOAP request; a certificate with every answer at its limit is far below. */
export const RIV_BODY_LIMIT = 2 * 1024 * 1024;

const XML_CONTENT_TYPES = ['text/xml', 'application/xml', 'application/soap+xml'];

declare module 'fastify' {
  interface FastifyRequest {
    /** The system a /riv/ request authenticated as. */
    rivSystem: RivSystem | null;
  }
}

export function rivRoutes(
  registration: CertificateRegistration,
  systems: readonly RivSystem[],
  reception: MessageReception,
) {
  const keyed = systems.map((system) => ({ system, digest: digest(system.apiKey) }));
  const authenticate = (request: FastifyRequest): RivSystem => {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer (\S+)$/.exec(header);
    if (!match) throw new AppError('UNAUTHENTICATED', 'Send the system key as Authorization: Bearer <key>.');
    const presented = digest(match[1] as string);
    // Compare digests in constant time, against every key, so timing reveals neither key nor system.
    let found: RivSystem | undefined;
    for (const { system, digest: expected } of keyed) {
      if (timingSafeEqual(presented, expected)) found = system;
    }
    if (!found) throw new AppError('UNAUTHENTICATED', 'Unknown system key.');
    return found;
  };

  return async (app: FastifyInstance) => {
    app.decorateRequest('rivSystem', null);
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(XML_CONTENT_TYPES, { parseAs: 'string', bodyLimit: RIV_BODY_LIMIT }, (_req, body, done) =>
      done(null, body),
    );
    app.setErrorHandler((error: FastifyError, _request, reply) => soapFault(reply, error));
    app.addHook('onRequest', async (request) => {
      request.rivSystem = authenticate(request);
    });

    app.post(
      '/riv/RegisterCertificate/3',
      {
        bodyLimit: RIV_BODY_LIMIT,
        schema: {
          tags: ['national contracts'],
          summary: 'RIV-TA RegisterCertificate v3: register a certificate signed by another system',
          description:
            'SOAP 1.1/1.2 envelope or bare RegisterCertificate element (text/xml). Answers OK, INFO (already ' +
            'registered) or ERROR with VALIDATION_ERROR naming each failed rule. Authorization: Bearer <system key>.',
        },
      },
      async (request, reply) => {
        const system = request.rivSystem as RivSystem;
        const body = typeof request.body === 'string' ? request.body : '';
        const result = await registration.register(body, system.id);
        return reply.type('text/xml; charset=utf-8').send(
          registerCertificateResponseXml({
            resultCode: result.resultCode,
            ...(result.errorId === undefined ? {} : { errorId: result.errorId }),
            ...(result.resultText === undefined ? {} : { resultText: result.resultText }),
          }),
        );
      },
    );

    app.post(
      '/riv/SendMessageToCare/2',
      {
        bodyLimit: RIV_BODY_LIMIT,
        schema: {
          tags: ['national contracts'],
          summary: "RIV-TA SendMessageToCare v2: a recipient's question, request for complement, reminder or answer",
          description:
            'SOAP envelope or bare SendMessageToCare element (text/xml), from a configured recipient (its system ' +
            'key) about a certificate sent to it. Answers OK, INFO (already received: same meddelande-id) or ' +
            'ERROR with VALIDATION_ERROR naming each failed rule; nothing is stored unless OK.',
        },
      },
      async (request, reply) => {
        const system = request.rivSystem as RivSystem;
        const body = typeof request.body === 'string' ? request.body : '';
        const result = await reception.receive(body, system.id);
        return reply.type('text/xml; charset=utf-8').send(sendMessageToCareResponseXml(result));
      },
    );
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A SOAP 1.1 Fault carrying the catalogue's code and message, with the catalogue's HTTP status. */
function soapFault(reply: FastifyReply, error: unknown): FastifyReply {
  const { status, body } = toErrorResponse(error);
  const faultCode = status >= 500 ? 'soap:Server' : 'soap:Client';
  return reply
    .status(status)
    .type('text/xml; charset=utf-8')
    .send(
      '<?xml version="1.0" encoding="UTF-8"?>' +
        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>' +
        `<faultcode>${faultCode}</faultcode><faultstring>${escapeXml(`${body.code}: ${body.message}`)}</faultstring>` +
        '</soap:Fault></soap:Body></soap:Envelope>',
    );
}
