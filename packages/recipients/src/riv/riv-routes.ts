/**
 * The contracts each simulated recipient answers, under its id: `POST /{recipientId}/RegisterCertificate/3`,
 * `/RevokeCertificate/2`, `/SendMessageToRecipient/2` (a SOAP envelope or the bare element, text/xml). Care
 * authenticates with `Authorization: Bearer <INTYG_RECIPIENTS_INBOUND_KEY>` and names its delivery in
 * `Idempotency-Key`. Answers are the contracts' responses (HTTP 200, also for ERROR); a request refused
 * before it is read (bad key, unknown recipient, wrong content type, too large) gets a SOAP Fault with the
 * HTTP status saying why.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import {
  MAX_MESSAGE_BYTES,
  REGISTER_CERTIFICATE,
  resultResponseXml,
  REVOKE_CERTIFICATE,
  SEND_MESSAGE_TO_RECIPIENT,
  soapFaultXml,
  type RivContract,
  type RivResult,
} from '@intyg/riv';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SimulatedRecipient } from '../config.js';
import { HttpError, toErrorResponse } from '../http/errors.js';
import type { ContractRequest, ReceiverDeps } from './receiver.js';
import { registerCertificate } from './register-certificate.js';
import { revokeCertificate } from './revoke-certificate.js';
import { sendMessageToRecipient } from './send-message-to-recipient.js';

const XML_CONTENT_TYPES = ['text/xml', 'application/xml', 'application/soap+xml'];
/** A UUID or another sender's id: printable, bounded. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

const CONTRACTS: readonly {
  readonly path: string;
  readonly contract: RivContract;
  readonly handle: (deps: ReceiverDeps, request: ContractRequest) => RivResult;
}[] = [
  { path: 'RegisterCertificate/3', contract: REGISTER_CERTIFICATE, handle: registerCertificate },
  { path: 'RevokeCertificate/2', contract: REVOKE_CERTIFICATE, handle: revokeCertificate },
  { path: 'SendMessageToRecipient/2', contract: SEND_MESSAGE_TO_RECIPIENT, handle: sendMessageToRecipient },
];

export function rivRoutes(deps: ReceiverDeps, recipients: readonly SimulatedRecipient[], inboundKey: string) {
  const expected = digest(inboundKey);
  const authenticate = (request: FastifyRequest) => {
    const match = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '');
    // Digests of equal length, compared in constant time: timing tells nothing about the key.
    if (match === null || !timingSafeEqual(digest(match[1] as string), expected)) {
      throw new HttpError(401, 'UNAUTHENTICATED', 'Send the recipients key as Authorization: Bearer <key>.');
    }
  };

  return async (app: FastifyInstance) => {
    app.removeAllContentTypeParsers();
    // Bytes of UTF-8 the message reader takes, and a little for a SOAP envelope around them.
    const bodyLimit = MAX_MESSAGE_BYTES + 64 * 1024;
    app.addContentTypeParser(XML_CONTENT_TYPES, { parseAs: 'string', bodyLimit }, (_request, body, done) =>
      done(null, body),
    );
    app.setErrorHandler((error, request, reply) => {
      const { status, code, message } = toErrorResponse(error);
      if (status >= 500) request.log.error(error);
      return reply
        .status(status)
        .type('text/xml; charset=utf-8')
        .send(soapFaultXml(status >= 500 ? 'Server' : 'Client', `${code}: ${message}`));
    });
    app.addHook('onRequest', async (request) => authenticate(request));

    for (const { path, contract, handle } of CONTRACTS) {
      app.post<{ Params: { recipientId: string } }>(`/:recipientId/${path}`, { bodyLimit }, async (request, reply) => {
        const recipient = recipients.find((candidate) => candidate.id === request.params.recipientId);
        if (recipient === undefined) {
          throw new HttpError(404, 'RECIPIENT_NOT_FOUND', `No recipient '${request.params.recipientId}' here.`);
        }
        const key = request.headers['idempotency-key'];
        const result = handle(deps, {
          recipient,
          xml: typeof request.body === 'string' ? request.body : '',
          idempotencyKey: typeof key === 'string' && IDEMPOTENCY_KEY.test(key) ? key : null,
        });
        return reply.type('text/xml; charset=utf-8').send(resultResponseXml(contract, result));
      });
    }
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
