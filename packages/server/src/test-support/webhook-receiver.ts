import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StatusWebhookBody } from '../webhooks/status-webhook-delivery.js';
import { verifyWebhookSignature } from '../webhooks/webhook-signature.js';

export interface ReceivedNotification {
  /** The path it was posted to: one per webhook in a test. */
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: StatusWebhookBody;
}

export interface WebhookReceiver {
  /** Base URL; a test registers `${url}/<name>` for each of its webhooks. */
  readonly url: string;
  /** Notifications whose signature held, in arrival order. */
  readonly received: ReceivedNotification[];
  /** How many requests were refused with 401 for a missing or wrong signature. */
  rejected: number;
  /** The secret the registration returned for the webhook at `path` (e.g. `/all`). */
  trust(path: string, secret: string): void;
  /** Statuses for the next verified requests, in order; afterwards every one gets 204. */
  answerNext(...statuses: number[]): void;
  close(): Promise<void>;
}

/**
 * An EHR's receiving end on a free port: it checks every request's signature exactly as README.md tells EHR
 * vendors to (HMAC-SHA256 of `timestamp.body` with the webhook's secret), refuses a request that fails the check
 * with 401, and records the ones that pass.
 */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const secrets = new Map<string, string>();
  const queue: number[] = [];
  const receiver: Omit<WebhookReceiver, 'url'> = {
    received: [],
    rejected: 0,
    trust: (path, secret) => secrets.set(path, secret),
    answerNext: (...statuses) => queue.push(...statuses),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      const body = Buffer.concat(chunks).toString('utf8');
      const secret = secrets.get(path);
      const timestamp = request.headers['x-intyg-timestamp'];
      const signature = request.headers['x-intyg-signature'];
      const valid =
        secret !== undefined &&
        typeof timestamp === 'string' &&
        typeof signature === 'string' &&
        verifyWebhookSignature(secret, timestamp, body, signature);
      if (!valid) {
        receiver.rejected += 1;
        response.writeHead(401).end();
        return;
      }
      receiver.received.push({ path, headers: request.headers, body: JSON.parse(body) as StatusWebhookBody });
      response.writeHead(queue.shift() ?? 204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, { url: `http://127.0.0.1:${port}` });
}
