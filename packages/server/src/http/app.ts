import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { installAuditLog } from '../audit/audit-log.js';
import { auditRoutes } from '../audit/audit-routes.js';
import { CertificateAccess } from '../certificates/certificate-access.js';
import { CertificateLifecycle } from '../certificates/certificate-lifecycle.js';
import { CertificateSending } from '../certificates/certificate-sending.js';
import { CertificateService } from '../certificates/certificate-service.js';
import { DeliveryWorker } from '../outbox/delivery-worker.js';
import { REGISTER_CERTIFICATE_KIND, registerCertificateHandler } from '../outbox/register-certificate-delivery.js';
import { REVOKE_CERTIFICATE_KIND, revokeCertificateHandler } from '../outbox/revoke-certificate-delivery.js';
import { MESSAGE_TO_RECIPIENT_KIND, messageToRecipientHandler } from '../outbox/message-to-recipient-delivery.js';
import { CertificateMessages } from '../messages/certificate-messages.js';
import { MessageEffects } from '../messages/message-effects.js';
import { MessageReception } from '../messages/message-reception.js';
import { UnitMessages } from '../messages/unit-messages.js';
import type { System } from '../system.js';
import { STATUS_WEBHOOK_KIND, statusWebhookHandler } from '../webhooks/status-webhook-delivery.js';
import { WebhookRegistration } from '../webhooks/webhook-registration.js';
import { webhookRoutes } from '../webhooks/webhook-routes.js';
import { installAuthentication } from './authenticate.js';
import { installCsrfProtection } from './csrf.js';
import { installErrorHandler } from './error-handler.js';
import { requestSerializer } from './logging.js';
import { installSecurityHeaders } from './security-headers.js';
import { certificatePdfRoutes } from '../print/certificate-pdf-routes.js';
import { verificationRoutes } from '../print/verification-routes.js';
import { certificateXmlRoutes } from '../riv/certificate-xml-routes.js';
import { CertificateRegistration } from '../riv/registration.js';
import { rivRoutes } from '../riv/riv-routes.js';
import { certificateRoutes } from './routes/certificates.js';
import { referenceRoutes } from './routes/reference-routes.js';
import { decisionSupportRoutes } from './routes/decision-support-routes.js';
import { lifecycleRoutes } from './routes/lifecycle-routes.js';
import { messageRoutes } from './routes/message-routes.js';
import { sendingRoutes } from './routes/sending-routes.js';
import { sessionRoutes } from './routes/session-routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The outbox worker: main.ts starts it once the server listens; tests drive it with runOnce(). */
    deliveryWorker: DeliveryWorker;
  }
}

export interface AppOptions {
  /** Fastify's logger; off in tests. */
  readonly logger?: boolean;
}

/** Builds the HTTP application over a wired system. Listening is the caller's business. */
export async function buildApp(system: System, options: AppOptions = {}): Promise<FastifyInstance> {
  const { config, store, models, patients, signer, clock, sessions } = system;
  const app = Fastify({
    bodyLimit: config.bodyLimit,
    logger: options.logger ? { level: config.logLevel, serializers: { req: requestSerializer } } : false,
    // Ids are UUIDs and numbers; a long URL is a mistake or an attack.
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  // The API speaks JSON only; any other body is refused with 415 rather than half-understood.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  installSecurityHeaders(app);
  installCsrfProtection(app, config.publicUrl);
  await app.register(fastifyCookie);
  // Only the login and the public verification routes opt in (config.rateLimit); no other route pays for counting.
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Intyg API',
        description: 'Digital medical certificates: drafts, validation, signing.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  installAuthentication(app, sessions);

  app.get('/health', { config: { public: true }, schema: { tags: ['health'], summary: 'Liveness' } }, async () => ({
    status: 'ok',
    database: store.dialect,
  }));
  app.get(
    '/.well-known/jwks.json',
    { schema: { tags: ['signing'], summary: 'Public keys that certificate signatures verify with' } },
    async () => signer.publicKeys(),
  );

  installAuditLog(app, store, clock);
  // The messages part answers the lifecycle's questions: open requests for complement, and what signing and
  // revoking do to messages.
  const complementRequests = (certificateId: string) => store.messages.countOpenComplementRequests(certificateId);
  const messageEffects = new MessageEffects({ store, clock });
  const access = () => new CertificateAccess({ store, models, patients, complementRequests });
  const service = new CertificateService({
    complementRequests,
    messageEffects,
    store,
    models,
    patients,
    signer,
    clock,
    diagnosisCodes: system.referenceData.diagnoses,
    sickLeaveRecommendations: { longest: (codes) => system.referenceData.fmb.maxSickLeave(codes) },
  });
  await app.register(
    sessionRoutes({
      sessions,
      devLogin: config.devLogin,
      secureCookies: config.secureCookies,
      loginRateLimit: config.loginRateLimit,
      directory: system.directory,
      practitioners: system.practitioners,
      relyingParty: system.relyingParty,
    }),
  );
  await app.register(referenceRoutes(models, patients, clock));
  await app.register(certificateRoutes(service));
  const deliveryWorker = new DeliveryWorker({
    store,
    clock,
    config: config.delivery,
    handlers: {
      [REGISTER_CERTIFICATE_KIND]: registerCertificateHandler({ store, clock, config: config.delivery }),
      [REVOKE_CERTIFICATE_KIND]: revokeCertificateHandler({ store, clock, config: config.delivery }),
      [MESSAGE_TO_RECIPIENT_KIND]: messageToRecipientHandler({ store, clock, config: config.delivery }),
      [STATUS_WEBHOOK_KIND]: statusWebhookHandler({ store, clock, timeoutMs: config.delivery.timeoutMs }),
    },
    log: app.log,
  });
  app.decorate('deliveryWorker', deliveryWorker);
  app.addHook('onClose', () => deliveryWorker.stop());
  const sending = new CertificateSending({
    store,
    clock,
    patients,
    access: access(),
    recipients: config.delivery.recipients,
    onQueued: () => deliveryWorker.wake(),
  });
  await app.register(sendingRoutes(sending, service, store));
  const lifecycle = new CertificateLifecycle({
    store,
    models,
    clock,
    access: access(),
    service,
    onQueued: () => deliveryWorker.wake(),
    messageEffects,
  });
  await app.register(lifecycleRoutes(lifecycle, service));
  await app.register(certificateXmlRoutes(service, models, patients));
  await app.register(certificatePdfRoutes(service, models, config.publicUrl));
  await app.register(verificationRoutes({ store, models, signer, rateLimit: config.verifyRateLimit }));
  const recipients = config.delivery.recipients;
  await app.register(
    rivRoutes(
      new CertificateRegistration({ store, models, clock }),
      config.rivSystems,
      new MessageReception({ store, models, clock, recipients }),
    ),
  );
  await app.register(
    messageRoutes(
      new CertificateMessages({ store, clock, access: access(), recipients, onQueued: () => deliveryWorker.wake() }),
      new UnitMessages({ store, clock, access: access() }),
    ),
  );
  await app.register(decisionSupportRoutes(system.referenceData));
  await app.register(auditRoutes(store));
  await app.register(
    webhookRoutes(new WebhookRegistration({ store, clock, production: config.nodeEnv === 'production' })),
  );

  await serveWebApp(app, config.webDist);
  return app;
}

/**
 * The built React app at /, with client-side routes falling back to index.html; anything
 * else unknown is a JSON 404.
 */
async function serveWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  const hasWebApp = existsSync(path.join(webDist, 'index.html'));
  // wildcard: files are looked up per request, so a rebuilt web app is served without a restart. preCompressed:
  // the build's .br and .gz beside each file are sent to browsers that take them. Files under /assets/ have
  // their content's hash in their name and never change; index.html is asked again every time.
  if (hasWebApp) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: true,
      index: ['index.html'],
      preCompressed: true,
      setHeaders: (reply, filePath) => {
        const immutable = path.relative(webDist, path.resolve(webDist, filePath)).startsWith(`assets${path.sep}`);
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    const isPage = request.method === 'GET' && !pathname.startsWith('/api/') && !path.extname(pathname);
    if (hasWebApp && isPage) return reply.type('text/html').sendFile('index.html');
    return reply.status(404).send({ code: 'NOT_FOUND', message: `No route ${request.method} ${pathname}` });
  });
}
