import type { Actor } from '@intyg/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SESSION_COOKIE, type Sessions } from '../auth/sessions.js';
import { AppError } from '../errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Routes open without a session: health, docs, login. */
    public?: boolean;
  }
}

/** Every API route needs a session unless its config says `public: true`. */
export function installAuthentication(app: FastifyInstance, sessions: Sessions): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    if (request.routeOptions.config.public) return;
    const actor = await sessions.resolve(request.cookies[SESSION_COOKIE]);
    if (!actor) throw new AppError('UNAUTHENTICATED', 'Log in first.');
    request.actor = actor;
  });
}

/** The acting user of an authenticated route; routes pass it explicitly to every domain call. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED', 'Log in first.');
  return request.actor;
}
