import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  REGISTER_CERTIFICATE,
  resultResponseXml,
  REVOKE_CERTIFICATE,
  SEND_MESSAGE_TO_RECIPIENT,
  type RivContract,
  type RivResult,
} from '@intyg/riv';

export interface ReceivedRequest {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** What the fake answers one request with: a RIV result, or a bare HTTP status. */
export type FakeAnswer = { readonly result: RivResult } | { readonly status: number };

export interface FakeRecipient {
  /** Base URL of recipient `id`, e.g. `${url}/FKASSA`. */
  readonly url: string;
  readonly requests: ReceivedRequest[];
  /** Answers for the next requests, in order; afterwards every request gets OK. */
  answerNext(...answers: FakeAnswer[]): void;
  close(): Promise<void>;
}

/**
 * A real HTTP listener on a free port standing in for a recipient (the real simulated one is
 * packages/recipients): it records every request and answers it, in the contract its path names
 * (RegisterCertificate, RevokeCertificate, SendMessageToRecipient), as scripted.
 */
export async function startFakeRecipient(): Promise<FakeRecipient> {
  const requests: ReceivedRequest[] = [];
  const queue: FakeAnswer[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString() });
      const answer = queue.shift() ?? { result: { resultCode: 'OK' } };
      if ('status' in answer) {
        response.writeHead(answer.status).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
      response.end(resultResponseXml(contractOf(request.url ?? ''), answer.result));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answerNext: (...answers) => queue.push(...answers),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function contractOf(path: string): RivContract {
  if (path.endsWith('/SendMessageToRecipient/2')) return SEND_MESSAGE_TO_RECIPIENT;
  if (path.endsWith('/RevokeCertificate/2')) return REVOKE_CERTIFICATE;
  return REGISTER_CERTIFICATE;
}

/** A test app's environment that points its outbox at the fake, with retries a second apart. */
export function fakeRecipientEnv(recipient: FakeRecipient): Record<string, string> {
  return {
    INTYG_RECIPIENTS_URL: recipient.url,
    INTYG_DELIVERY_RETRY_BASE_MS: '1000',
    INTYG_DELIVERY_RETRY_MAX_MS: '1000',
  };
}
