/**
 * The recipients process wired: the SQLite file, the contract routes per recipient, the JSON routes, the page,
 * and the loop that delivers messages to care. `startRecipients` listens (port 0 picks a free one) and gives
 * the address; `close` stops the loop, the server and the database, in that order.
 */
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { CareSender } from './care/care-sender.js';
import type { RecipientsConfig } from './config.js';
import { openDatabase } from './database.js';
import { apiRoutes } from './http/api-routes.js';
import { toErrorResponse } from './http/errors.js';
import { pageRoutes } from './page/page-routes.js';
import { rivRoutes } from './riv/riv-routes.js';
import { CertificateStore } from './store/certificate-store.js';
import { MessageStore } from './store/message-store.js';

export interface StartOptions {
  /** Fastify's logger; off in tests. */
  readonly logger?: boolean;
  /** The clock; tests may fix it. */
  readonly now?: () => Date;
}

export interface RunningRecipients {
  readonly app: FastifyInstance;
  /** The port it listens on (the real one when the configuration said 0). */
  readonly port: number;
  /** `http://localhost:<port>`. */
  readonly url: string;
  readonly sender: CareSender;
  close(): Promise<void>;
}

/** A run of 10–12 digits (a personal identity number) in a URL never reaches the log. */
const PERSON_ID = /\d{6,8}(?:[-+]|%2[bB])?\d{4}/g;
const requestSerializer = (request: FastifyRequest) => ({
  method: request.method,
  url: request.url.replace(PERSON_ID, '************'),
});

export async function startRecipients(
  config: RecipientsConfig,
  options: StartOptions = {},
): Promise<RunningRecipients> {
  const now = options.now ?? (() => new Date());
  const db = openDatabase(config.sqlitePath);
  const certificates = new CertificateStore(db);
  const messages = new MessageStore(db);
  const app = Fastify({
    logger: options.logger ? { level: config.logLevel, serializers: { req: requestSerializer } } : false,
    routerOptions: { maxParamLength: 200 },
  });
  const sender = new CareSender({
    messages,
    recipients: config.recipients,
    careUrl: config.careUrl,
    retry: config.retry,
    now,
    log: app.log,
  });
  // JSON routes and the page: errors as { code, message } (the contract routes answer SOAP faults instead).
  app.setErrorHandler((error, request, reply) => {
    const { status, code, message } = toErrorResponse(error);
    if (status >= 500) request.log.error(error);
    return reply.status(status).send({ code, message });
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send({ code: 'NOT_FOUND', message: 'There is nothing at this address.' }),
  );
  await app.register(rivRoutes({ db, certificates, messages, now }, config.recipients, config.inboundKey));
  await app.register(apiRoutes(certificates, messages));
  await app.register(pageRoutes({ recipients: config.recipients, certificates, messages, sender, now }));

  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close();
    db.close();
    throw error;
  }
  sender.start();
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  return {
    app,
    port,
    url: `http://localhost:${port}`,
    sender,
    async close() {
      await sender.stop();
      await app.close();
      db.close();
    },
  };
}
