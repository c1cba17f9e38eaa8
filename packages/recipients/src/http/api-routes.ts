/**
 * What arrived, as JSON, for tests and the crash test: no login, it is a test double. The patient's
 * identity number is left out; the web page (the recipient's own system) shows it.
 *
 * - `GET /api/received?recipient=&certificateId=`: `{ items: [{ certificateId, recipientId, type, version,
 *   receivedAt, receipts, revokedAt }] }`, newest first; `receipts` counts the RegisterCertificate posts.
 * - `GET /api/receipts?recipient=&certificateId=`: every contract request, oldest first, with the sender's
 *   idempotency key and our result code.
 * - `GET /api/messages?recipient=&certificateId=&direction=toCare|fromCare`: messages both ways, oldest first.
 * - `GET /health`: `{ status: 'ok' }`.
 */
import type { FastifyInstance } from 'fastify';
import type { CertificateStore } from '../store/certificate-store.js';
import type { MessageDirection, MessageStore } from '../store/message-store.js';

const ID = { type: 'string', minLength: 1, maxLength: 200 } as const;
const FILTER = {
  type: 'object',
  additionalProperties: false,
  properties: { recipient: ID, certificateId: ID, direction: { type: 'string', enum: ['toCare', 'fromCare'] } },
} as const;

interface Filter {
  readonly recipient?: string;
  readonly certificateId?: string;
  readonly direction?: MessageDirection;
}

export function apiRoutes(certificates: CertificateStore, messages: MessageStore) {
  return async (app: FastifyInstance) => {
    app.get('/health', async () => ({ status: 'ok' }));

    app.get<{ Querystring: Filter }>('/api/received', { schema: { querystring: FILTER } }, async (request) => {
      const { recipient, certificateId } = request.query;
      const items = certificates.list({ recipientId: recipient, certificateId }).map((stored) => ({
        certificateId: stored.certificateId,
        recipientId: stored.recipientId,
        type: stored.type,
        version: stored.version,
        receivedAt: stored.receivedAt,
        receipts: stored.receipts,
        revokedAt: stored.revokedAt,
      }));
      return { items };
    });

    app.get<{ Querystring: Filter }>('/api/receipts', { schema: { querystring: FILTER } }, async (request) => {
      const { recipient, certificateId } = request.query;
      return { items: certificates.receipts({ recipientId: recipient, certificateId }) };
    });

    app.get<{ Querystring: Filter }>('/api/messages', { schema: { querystring: FILTER } }, async (request) => {
      const { recipient, certificateId, direction } = request.query;
      return { items: messages.list({ recipientId: recipient, certificateId, direction }) };
    });
  };
}
